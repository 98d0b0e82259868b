// Demo simulator: issues and processes tickets at a lively pace so someone trying the
// portal locally sees the numbers move. It drives the same store and change notifications
// as the HTTP endpoints, so what the island shows is exactly what a real MPP would serve.
import type { Priority } from '../lib/queue/contract.ts';
import { hashToken } from './auth.ts';
import type { ServerContext } from './context.ts';
import { ApiFailure } from './errors.ts';

/** Token of the demo's staff device, printed at start so staff endpoints can be tried with curl. */
export const DEMO_TOKEN = 'demo-token-jangan-dipakai-di-produksi';

/** A configuration that works with no file: five typical gerai, open all day, portal dev origins allowed. */
export const DEMO_CONFIG: Record<string, unknown> = {
  dataDir: './.data/demo',
  timeZone: 'Asia/Jakarta',
  dailyQuota: 2000,
  refreshSeconds: 5,
  gerai: [
    { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3, defaultServiceMinutes: 8 },
    { id: 'imigrasi', name: 'Imigrasi', prefix: 'B', counters: 2, defaultServiceMinutes: 12 },
    { id: 'bpjs-kesehatan', name: 'BPJS Kesehatan', prefix: 'C', counters: 2, defaultServiceMinutes: 10 },
    { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 2, defaultServiceMinutes: 7 },
    { id: 'perizinan', name: 'Perizinan Berusaha', prefix: 'E', counters: 1, defaultServiceMinutes: 15 },
  ],
  cors: { allowedOrigins: ['http://localhost:4321', 'http://127.0.0.1:4321'] },
  devices: [demoDevice(['dukcapil', 'imigrasi', 'bpjs-kesehatan', 'samsat', 'perizinan'])],
};

/** The demo's one staff device: every role on every gerai, so each endpoint can be tried with curl. Never do this in production. */
export function demoDevice(gerai: string[]) {
  return { id: 'demo', name: 'Perangkat demo', tokenHash: hashToken(DEMO_TOKEN), gerai, roles: ['kiosk', 'counter', 'supervisor'] };
}

interface CounterSim {
  geraiId: string;
  counter: number;
  ticketId: string | null;
  phase: 'idle' | 'called' | 'serving';
  /** Demo-clock ms when the next step happens. */
  dueAt: number;
}

/** Starts the simulator; returns a function that stops it. `random` is injectable for repeatable runs. */
export function startDemo(ctx: ServerContext, random: () => number = Math.random): () => void {
  const between = (min: number, max: number) => min + random() * (max - min);
  const counters: CounterSim[] = ctx.config.gerai.flatMap((g) =>
    Array.from({ length: Math.max(1, g.counters) }, (_, i) => ({
      geraiId: g.id,
      counter: i + 1,
      ticketId: null,
      phase: 'idle' as const,
      dueAt: 0,
    })),
  );
  const started = Date.now();
  let nextArrival = 0;

  const attempt = (work: () => void) => {
    try {
      work();
    } catch (error) {
      // Refusals (empty queue, quota, closed gerai) are part of a normal day; anything else is a bug.
      if (!(error instanceof ApiFailure)) console.error('Simulator demo gagal:', error);
    }
  };

  function arrive(now: number): void {
    if (now < nextArrival) return;
    // Arrivals swell and ebb over a 10-minute cycle so lines both grow and clear.
    const wave = 0.5 + 0.5 * Math.sin(((now - started) / 600_000) * 2 * Math.PI);
    nextArrival = now + between(700, 2500) / (0.4 + wave);
    const gerai = ctx.config.gerai[Math.floor(random() * ctx.config.gerai.length)];
    if (!gerai) return;
    const line = ctx.cache.get().snapshot.gerai.find((g) => g.id === gerai.id);
    if (!line?.open || line.waiting > 30) return;
    const roll = random();
    const priority: Priority | null = roll < 0.04 ? 'lansia' : roll < 0.06 ? 'disabilitas' : roll < 0.08 ? 'ibu-hamil' : null;
    const quota = ctx.config.dailyQuota;
    if (quota !== null && ctx.store.issuedOn(ctx.store.today()) >= quota) return;
    attempt(() => ctx.changed(ctx.store.issue(gerai.id, priority, 'demo').event));
  }

  function work(sim: CounterSim, now: number): void {
    if (now < sim.dueAt) return;
    if (sim.phase === 'idle') {
      attempt(() => {
        const { ticket, event } = ctx.store.callNext(sim.geraiId, sim.counter, 'demo');
        ctx.changed(event);
        sim.ticketId = ticket.id;
        sim.phase = 'called';
      });
      sim.dueAt = now + between(2_000, 6_000);
    } else if (sim.phase === 'called' && sim.ticketId) {
      const noShow = random() < 0.05;
      const id = sim.ticketId;
      attempt(() => ctx.changed(ctx.store.transition(id, noShow ? 'skip' : 'start', null, 'demo').event));
      sim.phase = noShow ? 'idle' : 'serving';
      sim.dueAt = now + (noShow ? 1_000 : between(15_000, 60_000));
    } else if (sim.phase === 'serving' && sim.ticketId) {
      const id = sim.ticketId;
      attempt(() => ctx.changed(ctx.store.transition(id, 'finish', null, 'demo').event));
      sim.phase = 'idle';
      sim.ticketId = null;
      sim.dueAt = now + between(1_000, 4_000);
    } else {
      sim.phase = 'idle';
    }
  }

  const timer = setInterval(() => {
    const now = Date.now();
    arrive(now);
    for (const sim of counters) work(sim, now);
  }, 500);
  return () => clearInterval(timer);
}
