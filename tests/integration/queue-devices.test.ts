// Device roles and quotas against the real server: a kiosk token only issues, a counter
// token only calls and serves its own gerai, a supervisor only opens and closes; no single
// device (or gerai) can use up the whole MPP's day, and a device refused again and again
// is reported in the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const KIOSK = 'kiosk-token-0123456789abcdef';
const KIOSK_2 = 'kiosk2-token-0123456789abcdef';
const KIOSK_3 = 'kiosk3-token-0123456789abcdef';
const COUNTER = 'counter-token-0123456789abcdef';
const SUPERVISOR = 'supervisor-token-0123456789abcdef';

let server: SpawnedServer;
let dir: string;

beforeAll(async () => {
  dir = makeTempDir('antrean-devices-');
  server = await spawnQueueServer({
    dataDir: dir,
    config: {
      dailyQuota: 300,
      deviceDailyQuota: 5,
      throttleAlert: { count: 3, windowSeconds: 60 },
      gerai: [
        { id: 'dukcapil', name: 'Dukcapil', prefix: 'A' },
        { id: 'samsat', name: 'Samsat', prefix: 'D', dailyQuota: 2 },
      ],
      devices: [
        testDevice('kios-lobi', KIOSK, [], ['kiosk'], { dailyQuota: 8 }),
        testDevice('kios-2', KIOSK_2, [], ['kiosk']),
        testDevice('kios-3', KIOSK_3, [], ['kiosk']),
        testDevice('loket-dukcapil', COUNTER, ['dukcapil'], ['counter']),
        testDevice('supervisor', SUPERVISOR, [], ['supervisor']),
      ],
      rateLimits: { public: null, staff: { perSecond: 1000, burst: 1000 } },
    },
  });
});
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

const issue = (token: string, geraiId = 'dukcapil') => call(server.url, '/v1/staff/tickets', { token, body: { geraiId } });

describe('device roles', () => {
  it('lets a kiosk issue but not call, cancel or close', async () => {
    const ticket = await issue(KIOSK);
    expect(ticket.status).toBe(201);
    const id = ticket.body.ticket.id as string;
    for (const [path, body] of [
      ['/v1/staff/gerai/dukcapil/call-next', {}],
      [`/v1/staff/tickets/${id}/cancel`, {}],
      ['/v1/staff/gerai/dukcapil/status', { open: false }],
    ] as const) {
      const res = await call(server.url, path, { token: KIOSK, body });
      expect(res.status, path).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(res.body.error.message).toMatch(/diperlukan peran (counter|supervisor)/);
    }
    expect((await call(server.url, '/v1/antrean')).body.gerai[0]).toMatchObject({ open: true, waiting: 1 });
  });

  it('lets a counter call and serve its own gerai only, and not issue or close', async () => {
    const called = await call(server.url, '/v1/staff/gerai/dukcapil/call-next', { token: COUNTER, body: { counter: 1 } });
    expect(called.status).toBe(200);
    const id = called.body.ticket.id as string;
    expect((await call(server.url, `/v1/staff/tickets/${id}/start`, { token: COUNTER, body: {} })).status).toBe(200);
    expect((await call(server.url, `/v1/staff/tickets/${id}/finish`, { token: COUNTER, body: {} })).status).toBe(200);
    expect((await call(server.url, '/v1/staff/gerai/samsat/call-next', { token: COUNTER, body: {} })).status).toBe(403);
    expect((await issue(COUNTER)).status).toBe(403);
    expect((await call(server.url, '/v1/staff/gerai/dukcapil/status', { token: COUNTER, body: { open: false } })).status).toBe(403);
  });

  it('lets a supervisor open and close but not issue or call', async () => {
    const closed = await call(server.url, '/v1/staff/gerai/dukcapil/status', { token: SUPERVISOR, body: { open: false } });
    expect(closed.status).toBe(200);
    expect(closed.body.gerai.open).toBe(false);
    expect((await call(server.url, '/v1/staff/gerai/dukcapil/status', { token: SUPERVISOR, body: { open: true } })).status).toBe(200);
    expect((await issue(SUPERVISOR)).status).toBe(403);
    expect((await call(server.url, '/v1/staff/gerai/dukcapil/call-next', { token: SUPERVISOR, body: {} })).status).toBe(403);
  });
});

describe('daily quotas per device and per gerai', () => {
  it('stops one kiosk at its own quota while the MPP quota is far from used, and other kiosks go on', async () => {
    // kios-lobi has its own quota of 8 and already issued 1 ticket above.
    for (let i = 0; i < 7; i++) expect((await issue(KIOSK)).status).toBe(201);
    const refused = await issue(KIOSK);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('quota_exhausted');
    expect(refused.body.error.message).toContain('Kuota harian perangkat ini sudah habis (8 tiket)');
    // kios-2 falls back to deviceDailyQuota (5).
    for (let i = 0; i < 5; i++) expect((await issue(KIOSK_2)).status).toBe(201);
    expect((await issue(KIOSK_2)).status).toBe(409);
    const snapshot = (await call(server.url, '/v1/antrean')).body;
    expect(snapshot.mpp.issuedToday).toBe(13);
    expect(snapshot.mpp.quotaLeft).toBe(287);
  });

  it('warns in the log when a device is throttled repeatedly', async () => {
    for (let i = 0; i < 3; i++) expect((await issue(KIOSK)).status).toBe(409);
    await expect
      .poll(() => server.output(), { timeout: 5_000 })
      .toMatch(/Peringatan: perangkat "kios-lobi" \(kios-lobi\) ditolak \d+ kali dalam 60 detik/);
    expect(server.output()).not.toMatch(/perangkat "kios-2"/);
  });

  it('stops a gerai at its own quota while other gerai go on', async () => {
    expect((await issue(KIOSK_3, 'samsat')).status).toBe(201);
    expect((await issue(KIOSK_3, 'samsat')).status).toBe(201);
    const refused = await issue(KIOSK_3, 'samsat');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({ code: 'quota_exhausted', message: 'Kuota harian gerai Samsat sudah habis' });
    expect((await issue(KIOSK_3, 'dukcapil')).status).toBe(201);
  });
});
