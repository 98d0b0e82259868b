// `npm run bench:queue`: measures the reference queue API on this machine, loopback only.
// 1) the public snapshot under load (full 200 responses, then 304 revalidations);
// 2) event-stream fan-out: N open SSE clients, one ticket issued, how many hear about it
//    within one second;
// 3) slow readers: N event-stream clients that never read while staff work, and the
//    server's memory (RSS) before and after;
// 4) a booking rush: 1,000 residents booking online within 10 s (bench-booking.ts).
// Starts its own server on a temporary data directory, stops it and exits on its own; a
// watchdog ends everything if a step hangs.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { formatCount } from '../lib/format.ts';
import { bookingRush } from './bench-booking.ts';
import { call, makeTempDir, pausedStream, removeDir, spawnQueueServer, testDevice } from '../queue-server/dev/harness.ts';

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const TOKEN = 'bench-token-0123456789abcdef';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const FAN_OUT = (process.env.BENCH_SSE_CLIENTS ?? '200,1000').split(',').map(Number);
const SLOW_READERS = Number(process.env.BENCH_SLOW_READERS ?? 400);
const SLOW_ACTIONS = Number(process.env.BENCH_SLOW_ACTIONS ?? 5000);
const WATCHDOG_MS = 600_000;

const fmt = (n: number) => formatCount(Math.round(n));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;

/** Opens `count` SSE clients; resolves once each has its first snapshot. */
async function openStreams(url: string, count: number) {
  const clients: { frames: number; updatedAt: number | null; close: () => void }[] = [];
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const client = { frames: 0, updatedAt: null as number | null, close: () => req.destroy() };
          const req = request(`${url}/v1/antrean/stream`, { agent: false }, (res) => {
            if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
            let buffer = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buffer += chunk;
              let end = buffer.indexOf('\n\n');
              while (end >= 0) {
                if (/^event: snapshot$/m.test(buffer.slice(0, end))) {
                  client.frames += 1;
                  if (client.frames === 1) resolve();
                  if (client.frames === 2) client.updatedAt = performance.now();
                }
                buffer = buffer.slice(end + 2);
                end = buffer.indexOf('\n\n');
              }
            });
          });
          req.on('error', (error) => (client.frames === 0 ? reject(error) : undefined));
          req.end();
          clients.push(client);
        }),
    ),
  );
  return clients;
}

/** Resident set size and its peak of a process, in MB (Linux /proc). */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

async function main(): Promise<void> {
  const dir = makeTempDir('antrean-bench-');
  const server = await spawnQueueServer({
    dataDir: dir,
    config: {
      dailyQuota: null,
      gerai: [
        { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3 },
        { id: 'imigrasi', name: 'Imigrasi', prefix: 'B', counters: 2 },
        { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 2 },
      ],
      devices: [testDevice('bench', TOKEN, ['dukcapil', 'imigrasi', 'samsat'])],
      rateLimits: { public: null, staff: null },
      stream: { maxClients: 5000 },
    },
  });
  const watchdog = setTimeout(() => {
    console.error('Benchmark melewati batas waktu; dihentikan.');
    server.child.kill('SIGKILL');
    removeDir(dir);
    process.exit(1);
  }, WATCHDOG_MS);
  try {
    for (let i = 0; i < 20; i++)
      await call(server.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId: i % 2 ? 'dukcapil' : 'samsat' } });
    const etag = (await fetch(`${server.url}/v1/antrean`)).headers.get('etag') ?? '';

    const rows: string[][] = [];
    for (const [label, headers] of [
      ['GET /v1/antrean (200)', {}],
      ['GET /v1/antrean (304, If-None-Match)', { 'If-None-Match': etag }],
    ] as const) {
      const r = await autocannon({ url: `${server.url}/v1/antrean`, connections: CONNECTIONS, duration: SECONDS, headers });
      rows.push([
        label,
        `${fmt(r.requests.average)} req/s`,
        `p50 ${r.latency.p50} ms`,
        `p99 ${r.latency.p99} ms`,
        `galat ${r.errors + r.timeouts}`,
      ]);
    }

    for (const count of FAN_OUT) {
      const clients = await openStreams(server.url, count);
      const started = performance.now();
      await call(server.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId: 'imigrasi' } });
      await new Promise((r) => setTimeout(r, 1000));
      const delays = clients.map((c) => (c.updatedAt === null ? Number.POSITIVE_INFINITY : c.updatedAt - started)).sort((a, b) => a - b);
      const inTime = delays.filter((d) => d <= 1000).length;
      rows.push([
        `SSE ${fmt(count)} klien, 1 tiket`,
        `${fmt(inTime)}/${fmt(count)} dalam 1 dtk`,
        `p50 ${pct(delays, 50).toFixed(1)} ms`,
        `p99 ${pct(delays, 99).toFixed(1)} ms`,
        `maks ${Math.max(...delays).toFixed(1)} ms`,
      ]);
      for (const c of clients) c.close();
      for (let i = 0; i < 100 && (await call(server.url, '/v1/health')).body.streamClients > 0; i++)
        await new Promise((r) => setTimeout(r, 50));
    }

    // Slow readers: streams that never read while staff keep changing the queue.
    const before = memoryOf(server.child.pid);
    const paused = await Promise.all(Array.from({ length: SLOW_READERS }, () => pausedStream(server.url)));
    const slowStarted = performance.now();
    for (let i = 0; i < SLOW_ACTIONS; i++) {
      const gerai = ['dukcapil', 'imigrasi', 'samsat'][i % 3] as string;
      if (i % 2 === 0) await call(server.url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId: gerai } });
      else await call(server.url, `/v1/staff/gerai/${gerai}/call-next`, { token: TOKEN, body: { counter: 1 } });
    }
    const slowSeconds = (performance.now() - slowStarted) / 1000;
    const health = (await call(server.url, '/v1/health')).body;
    const after = memoryOf(server.child.pid);
    rows.push([
      `SSE ${fmt(SLOW_READERS)} klien tidak membaca, ${fmt(SLOW_ACTIONS)} aksi petugas`,
      `RSS ${fmt(before.rss)} → ${fmt(after.rss)} MB (puncak ${fmt(after.peak)} MB)`,
      `tertahan ${fmt(health.streamBufferedBytes / 1024)} KB`,
      `tertinggal ${fmt(health.streamBehind)} klien`,
      `${fmt(SLOW_ACTIONS / slowSeconds)} aksi/dtk`,
    ]);
    for (const client of paused) client.socket.destroy();
    rows.push(...(await bookingRush(memoryOf)));

    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
    console.log(`\nBenchmark API antrean (loopback, ${CONNECTIONS} koneksi, ${SECONDS} dtk per uji, Node ${process.version})\n`);
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  │  '));
    console.log('');
  } finally {
    clearTimeout(watchdog);
    await server.stop();
    removeDir(dir);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('Benchmark gagal:', error);
    process.exit(1);
  },
);
