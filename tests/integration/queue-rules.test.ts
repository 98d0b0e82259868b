// Day boundaries, quota and rate limits. The server's clock is shifted with QUEUE_FAKE_NOW
// (test-only) and its process TZ set to a far-away zone, to prove the service day follows
// the MPP's timezone and nothing else.
import { afterAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const TOKEN = 'rules-token-0123456789abcdef';
const OTHER = 'other-token-0123456789abcdef';
const GERAI = [
  { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 1 },
  { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 1 },
];
const BASE = {
  gerai: GERAI,
  devices: [testDevice('kiosk', TOKEN, ['dukcapil', 'samsat']), testDevice('other', OTHER, ['dukcapil', 'samsat'])],
  rateLimits: { public: null, staff: null },
};

const dirs: string[] = [];
const running: SpawnedServer[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  for (const dir of dirs) removeDir(dir);
});

async function start(config: Record<string, unknown>, dataDir?: string, fakeNow?: string): Promise<SpawnedServer> {
  const dir = dataDir ?? makeTempDir();
  if (!dataDir) dirs.push(dir);
  const env: Record<string, string> = { TZ: 'America/Los_Angeles' };
  if (fakeNow) env.QUEUE_FAKE_NOW = fakeNow;
  const server = await spawnQueueServer({ config, dataDir: dir, env });
  running.push(server);
  return server;
}
const issue = (url: string, geraiId = 'dukcapil', token = TOKEN) => call(url, '/v1/staff/tickets', { token, body: { geraiId } });

describe('service day', () => {
  it('restarts numbering at local midnight of the MPP, not at UTC or host midnight', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    // 23:58 WIB on 10 March (host zone America/Los_Angeles: still the morning of 10 March).
    let server = await start(BASE, dir, '2025-03-10T16:58:00Z');
    expect((await issue(server.url)).body.ticket.number).toBe('A-001');
    expect((await issue(server.url)).body.ticket.number).toBe('A-002');
    expect((await call(server.url, '/v1/antrean')).body.serviceDay).toBe('2025-03-10');
    await server.stop();

    // 06:30 WIB on 11 March, still 10 March in UTC: a new service day.
    server = await start(BASE, dir, '2025-03-10T23:30:00Z');
    const fresh = await issue(server.url);
    expect(fresh.body.ticket).toMatchObject({ number: 'A-001', serviceDay: '2025-03-11' });
    const snap = (await call(server.url, '/v1/antrean')).body;
    expect(snap.serviceDay).toBe('2025-03-11');
    expect(snap.mpp.issuedToday).toBe(1);
    await server.stop();

    // 07:30 WIB on 11 March, now 11 March in UTC too: same service day, numbering continues.
    server = await start(BASE, dir, '2025-03-11T00:30:00Z');
    expect((await issue(server.url)).body.ticket.number).toBe('A-002');
    // Yesterday's tickets stay readable.
    const old = await call(server.url, '/v1/staff/tickets/1', { token: TOKEN });
    expect(old.body.ticket).toMatchObject({ number: 'A-001', serviceDay: '2025-03-10' });
  });

  it('rolls over while running when local midnight passes', async () => {
    const server = await start(BASE, undefined, '2025-06-30T16:59:57.500Z'); // 23:59:57.5 WIB
    const before = await issue(server.url, 'samsat');
    expect(before.body.ticket).toMatchObject({ number: 'D-001', serviceDay: '2025-06-30' });
    let day = '';
    for (let i = 0; i < 100 && day !== '2025-07-01'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      day = (await call(server.url, '/v1/health')).body.serviceDay;
    }
    expect(day).toBe('2025-07-01');
    const after = await issue(server.url, 'samsat');
    expect(after.body.ticket).toMatchObject({ number: 'D-001', serviceDay: '2025-07-01' });
    const snap = (await call(server.url, '/v1/antrean')).body;
    expect(snap.serviceDay).toBe('2025-07-01');
    expect(snap.mpp.issuedToday).toBe(1);
  });

  it('follows the configured timezone (WIT) as well', async () => {
    // 00:10 WIT on 2 January is still 1 January in Jakarta and in UTC.
    const server = await start({ ...BASE, timeZone: 'Asia/Jayapura' }, undefined, '2025-01-01T15:10:00Z');
    expect((await issue(server.url)).body.ticket.serviceDay).toBe('2025-01-02');
  });
});

describe('opening hours', () => {
  it('reports everything closed and refuses tickets outside the configured hours', async () => {
    const office = [{ mulai: '08.00', selesai: '15.00' }];
    const hours = { weekly: { senin: office, selasa: office, rabu: office, kamis: office, jumat: office }, rules: [] };
    // Monday 10 March 2025, 19:00 WIB.
    const server = await start({ ...BASE, hours }, undefined, '2025-03-10T12:00:00Z');
    const snap = (await call(server.url, '/v1/antrean')).body;
    expect(snap.mpp.open).toBe(false);
    expect(snap.gerai.every((g: { open: boolean; counters: number }) => !g.open && g.counters === 0)).toBe(true);
    const refused = await issue(server.url);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({ code: 'gerai_closed', message: 'MPP sedang tutup' });
  });
});

describe('daily quota', () => {
  it('refuses tickets once the MPP-wide quota is used up, counting canceled ones', async () => {
    const server = await start({ ...BASE, dailyQuota: 3 });
    const first = await issue(server.url, 'dukcapil');
    await call(server.url, `/v1/staff/tickets/${first.body.ticket.id}/cancel`, { token: TOKEN, body: {} });
    expect((await issue(server.url, 'samsat')).status).toBe(201);
    expect((await issue(server.url, 'dukcapil')).status).toBe(201);
    const refused = await issue(server.url, 'samsat');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({ code: 'quota_exhausted', message: 'Kuota harian sudah habis' });
    const snap = (await call(server.url, '/v1/antrean')).body;
    expect(snap.mpp).toMatchObject({ quota: 3, quotaLeft: 0, issuedToday: 3 });
  });
});

describe('rate limits', () => {
  it('answers bursts with 429 and Retry-After, per device and per address', async () => {
    const server = await start({ ...BASE, rateLimits: { staff: { perSecond: 1, burst: 3 }, public: { perSecond: 1, burst: 2 } } });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await issue(server.url);
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Another device has its own bucket.
    expect((await issue(server.url, 'dukcapil', OTHER)).status).toBe(201);

    // Token guessing from one address is throttled too.
    const guesses: number[] = [];
    for (let i = 0; i < 4; i++) guesses.push((await issue(server.url, 'dukcapil', `tebakan-${i}`)).status);
    expect(guesses).toEqual([401, 401, 401, 429]);

    const reads: number[] = [];
    for (let i = 0; i < 3; i++) reads.push((await call(server.url, '/v1/antrean')).status);
    expect(reads).toEqual([200, 200, 429]);
  });
});
