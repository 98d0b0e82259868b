// The booking rush of `npm run bench:queue`: 1,000 residents book within 10 seconds on
// loopback (each from its own address behind a trusted proxy, each solving the challenge),
// one in ten pressing the button twice. Reports p50/p99 of POST /v1/booking, whether the
// online quota came out exact with no double booking, and the server's memory.
import { solve } from '../queue-server/booking/pow.ts';
import { call, makeTempDir, removeDir, spawnQueueServer } from '../queue-server/dev/harness.ts';

const RESIDENTS = Number(process.env.BENCH_BOOKINGS ?? 1000);
const SPREAD_MS = Number(process.env.BENCH_BOOKING_SECONDS ?? 10) * 1000;
/** Low difficulty: the residents' work happens in this one process; the server checks one hash either way. */
const POW_BITS = 8;
const QUOTA = { dukcapil: Math.floor(RESIDENTS * 0.45), samsat: Math.ceil(RESIDENTS * 0.5) };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

/** Rows for the benchmark table; `memoryOf` reads the server's RSS (MB). */
export async function bookingRush(memoryOf: (pid: number | undefined) => { rss: number; peak: number }): Promise<string[][]> {
  const dir = makeTempDir('antrean-bench-pesan-');
  const server = await spawnQueueServer({
    dataDir: dir,
    // Monday 09.00 WIB, so today's windows are open for booking.
    env: { QUEUE_FAKE_NOW: '2025-03-10T02:00:00Z' },
    config: {
      dailyQuota: null,
      trustProxy: true,
      gerai: [
        { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3 },
        { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 2 },
      ],
      rateLimits: { public: null, staff: null },
      // The rush is residents, not a flood to slow down: no extra work, so the figures are the server's.
      booking: { onlineQuota: QUOTA, powBits: POW_BITS, powMaxBits: POW_BITS },
    },
  });
  try {
    const before = memoryOf(server.child.pid);
    const latencies: number[] = [];
    const statuses: number[] = [];
    const codes: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: RESIDENTS }, async (_, i) => {
        await new Promise((r) => setTimeout(r, (i * SPREAD_MS) / RESIDENTS));
        // Each resident from a network of its own, as residents on different phones and homes are.
        const headers = { 'X-Forwarded-For': `10.${(i >> 8) + 1}.${i & 255}.7` };
        const person = {
          name: `Warga ${'abcdefghij'[i % 10]}${'abcdefghij'[Math.floor(i / 10) % 10]}${'abcdefghij'[Math.floor(i / 100) % 10]}`,
        };
        const attempt = async () => {
          const c = await call(server.url, '/v1/booking/challenge', { method: 'POST', headers });
          const body = {
            geraiId: i % 2 ? 'samsat' : 'dukcapil',
            window: ['10.00', '10.30', '11.00', '11.30'][i % 4],
            browserId: `bench-browser-${i}-0123456789`,
            ...person,
            challenge: c.body.challenge,
            nonce: solve(c.body.challenge, c.body.bits),
          };
          const t = performance.now();
          const res = await call(server.url, '/v1/booking', { body, headers });
          latencies.push(performance.now() - t);
          statuses.push(res.status);
          if (res.status === 201) codes.push(`${res.body.serviceDay}:${res.body.code}`);
        };
        // One in ten presses twice: the second must not book again.
        await Promise.all(i % 10 === 0 ? [attempt(), attempt()] : [attempt()]);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const after = memoryOf(server.child.pid);
    const offer = (await call(server.url, '/v1/booking')).body as { gerai: { id: string; onlineLeft: number }[] };
    const booked = statuses.filter((s) => s === 201).length;
    const expected = Math.min(QUOTA.dukcapil, Math.ceil(RESIDENTS / 2)) + Math.min(QUOTA.samsat, Math.floor(RESIDENTS / 2));
    const exact = booked === expected && new Set(codes).size === booked && offer.gerai.every((g) => g.onlineLeft === 0);
    const sorted = latencies.sort((a, b) => a - b);
    const p99 = pct(sorted, 99);
    return [
      [
        `Pesan daring: ${RESIDENTS} warga dalam ${(seconds).toFixed(1)} dtk (10% menekan dua kali)`,
        `${booked} terpesan dari kuota ${QUOTA.dukcapil}+${QUOTA.samsat}: ${exact ? 'tepat, tanpa pesanan ganda' : 'TIDAK TEPAT'}`,
        `p50 ${pct(sorted, 50).toFixed(1)} ms`,
        `p99 ${p99.toFixed(1)} ms ${p99 < 300 ? '(< 300 ms)' : '(MELEBIHI 300 ms)'}`,
        `RSS ${before.rss.toFixed(0)} → ${after.rss.toFixed(0)} MB (puncak ${after.peak.toFixed(0)} MB)`,
      ],
    ];
  } finally {
    await server.stop();
    removeDir(dir);
  }
}
