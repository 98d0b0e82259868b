// Event-stream clients that stop reading must not make the server hold their data: each
// is skipped once its buffer passes a small bound, resynced with the latest snapshot when
// it reads again, and disconnected if it stays stalled. Real server, raw loopback sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  makeTempDir,
  pausedStream,
  removeDir,
  type SpawnedServer,
  spawnQueueServer,
  testDevice,
} from '../../src/queue-server/dev/harness.ts';

const KIOSK = 'kiosk-token-0123456789abcdef';
const MAX_BUFFERED = 32 * 1024;
const PAUSED = 4;
// 200 gerai make each snapshot frame about 50 KB, so a few hundred changes exceed what the
// kernel's socket buffers can absorb and the rest would pile up in the server process.
const GERAI = Array.from({ length: 200 }, (_, i) => ({ id: `gerai-${i}`, name: `Gerai nomor ${i}`, prefix: `G${i}` }));

let server: SpawnedServer;
let dir: string;

beforeAll(async () => {
  dir = makeTempDir('antrean-slow-');
  server = await spawnQueueServer({
    dataDir: dir,
    config: {
      dailyQuota: null,
      gerai: GERAI,
      devices: [testDevice('kiosk', KIOSK, [], ['kiosk'])],
      rateLimits: { public: null, staff: null },
      // stallSeconds leaves room for a slow machine to issue all tickets before the stalled are dropped.
      stream: { maxBufferedBytes: MAX_BUFFERED, heartbeatSeconds: 1, stallSeconds: 30 },
    },
  });
});
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

const health = async () => (await call(server.url, '/v1/health')).body;

describe('event-stream clients that stop reading', () => {
  it('holds at most a small bound per paused client, resyncs one that reads again, and drops the stalled', async () => {
    const clients = await Promise.all(Array.from({ length: PAUSED }, () => pausedStream(server.url)));
    expect((await health()).streamClients).toBe(PAUSED);

    const issued = 240;
    for (let i = 0; i < issued; i++) {
      const res = await call(server.url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: GERAI[i % GERAI.length]?.id } });
      expect(res.status).toBe(201);
    }
    const frameBytes = (await fetch(`${server.url}/v1/antrean`).then((r) => r.arrayBuffer())).byteLength;
    const during = await health();
    // Without the bound every paused client would hold megabytes (240 frames of ~50 KB each).
    expect(during.streamBufferedBytes).toBeLessThanOrEqual(PAUSED * (MAX_BUFFERED + frameBytes + 1024));
    expect(during.streamBehind).toBe(PAUSED);

    // A client that reads again catches up with the latest state, not with every frame it missed.
    const [reader] = clients;
    reader?.socket.resume();
    await expect.poll(() => /"issuedToday":240\b/.test(reader?.received() ?? ''), { timeout: 10_000, interval: 100 }).toBe(true);
    const snapshotFrames = (reader?.received().match(/event: snapshot/g) ?? []).length;
    expect(snapshotFrames).toBeLessThan(issued);
    await expect.poll(async () => (await health()).streamBehind, { timeout: 5_000 }).toBe(PAUSED - 1);

    // The ones that never read again are disconnected after stallSeconds.
    await expect.poll(async () => (await health()).streamClients, { timeout: 60_000, interval: 500 }).toBe(1);
    for (const c of clients) c.socket.destroy();
  }, 120_000);
});
