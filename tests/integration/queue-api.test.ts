// The reference queue API over real HTTP: ticket life cycle, priority order, refusals,
// conditional GET, CORS and the event stream, against the spawned production entry point.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/lib/queue/parse.ts';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const KIOSK = 'kiosk-token-0123456789abcdef';
const IMIGRASI = 'imigrasi-token-0123456789abcdef';
const PORTAL = 'https://mpp.example.go.id';

let server: SpawnedServer;
let dir: string;
let url: string;

beforeAll(async () => {
  dir = makeTempDir();
  server = await spawnQueueServer({
    dataDir: dir,
    config: {
      dailyQuota: 500,
      gerai: [
        { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 2, defaultServiceMinutes: 10 },
        { id: 'imigrasi', name: 'Imigrasi', prefix: 'B', counters: 1, defaultServiceMinutes: 12 },
      ],
      devices: [testDevice('kiosk', KIOSK, ['dukcapil', 'imigrasi']), testDevice('loket-imigrasi', IMIGRASI, ['imigrasi'])],
      cors: { allowedOrigins: [PORTAL] },
      rateLimits: { public: null, staff: { perSecond: 1000, burst: 1000 } },
    },
  });
  url = server.url;
});

afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

const issue = (geraiId: string, priority?: string, token = KIOSK) =>
  call(url, '/v1/staff/tickets', { token, body: priority ? { geraiId, priority } : { geraiId } });
const act = (id: string, action: string, body: unknown = {}, token = KIOSK) =>
  call(url, `/v1/staff/tickets/${id}/${action}`, { token, body });
const callNext = (geraiId: string, token = KIOSK, counter?: number) =>
  call(url, `/v1/staff/gerai/${geraiId}/call-next`, { token, body: counter ? { counter } : {} });

describe('ticket life cycle', () => {
  it('issues numbers, calls, serves and finishes with timestamps', async () => {
    const first = await issue('dukcapil');
    expect(first.status).toBe(201);
    expect(first.body.ticket).toMatchObject({ number: 'A-001', status: 'waiting', geraiId: 'dukcapil', priority: null });
    expect(first.body.waitingAhead).toBe(0);
    const second = await issue('dukcapil');
    expect(second.body.ticket.number).toBe('A-002');
    expect(second.body.waitingAhead).toBe(1);
    expect(second.body.estimatedWaitMinutes).toBe(5); // 1 ahead × 10 min ÷ 2 counters

    const called = await callNext('dukcapil', KIOSK, 2);
    expect(called.status).toBe(200);
    expect(called.body.ticket).toMatchObject({ number: 'A-001', status: 'called', counter: 2 });
    const id = called.body.ticket.id as string;
    expect((await act(id, 'recall')).body.ticket.status).toBe('called');
    const serving = await act(id, 'start');
    expect(serving.body.ticket.status).toBe('serving');
    const done = await act(id, 'finish');
    expect(done.body.ticket).toMatchObject({ status: 'finished', counter: 2 });
    for (const key of ['issuedAt', 'calledAt', 'servedAt', 'finishedAt']) {
      expect(Date.parse(done.body.ticket[key])).not.toBeNaN();
    }
    expect(done.body.ticket.canceledAt).toBeNull();

    const again = await act(id, 'finish');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    expect(again.body.error.message).toContain('selesai');

    const next = await callNext('dukcapil');
    expect(next.body.ticket.number).toBe('A-002');
    const skipped = await act(next.body.ticket.id, 'skip');
    expect(skipped.body.ticket).toMatchObject({ status: 'canceled', cancelReason: 'skipped' });
    expect((await act(next.body.ticket.id, 'start')).status).toBe(409);

    const empty = await callNext('dukcapil');
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('queue_empty');

    const fetched = await call(url, `/v1/staff/tickets/${id}`, { token: KIOSK });
    expect(fetched.body.ticket.number).toBe('A-001');

    const snap = await call(url, '/v1/antrean');
    const parsed = parseSnapshot(snap.body);
    expect(parsed.ok).toBe(true);
    const line = snap.body.gerai.find((g: { id: string }) => g.id === 'dukcapil');
    expect(line).toMatchObject({ nowServing: 'A-001', waiting: 0, open: true, counters: 2 });
    expect(snap.body.mpp).toMatchObject({ issuedToday: 2, finishedToday: 1, quota: 500, quotaLeft: 498 });
  });

  it('cancels a waiting ticket but not a finished one', async () => {
    const t = await issue('dukcapil');
    const canceled = await act(t.body.ticket.id, 'cancel');
    expect(canceled.body.ticket).toMatchObject({ status: 'canceled', cancelReason: 'canceled' });
    expect((await act(t.body.ticket.id, 'cancel')).status).toBe(409);
  });

  it('calls priority tickets first, then first come first served', async () => {
    const order = [
      await issue('imigrasi'),
      await issue('imigrasi', 'lansia'),
      await issue('imigrasi'),
      await issue('imigrasi', 'disabilitas'),
    ];
    expect(order.map((r) => r.body.ticket.number)).toEqual(['B-001', 'B-002', 'B-003', 'B-004']);
    expect(order[3]?.body.waitingAhead).toBe(1); // only the other priority ticket is ahead
    const calls: string[] = [];
    for (let i = 0; i < 4; i++) calls.push((await callNext('imigrasi', IMIGRASI)).body.ticket.number);
    expect(calls).toEqual(['B-002', 'B-004', 'B-001', 'B-003']);
  });

  it('lets staff close a gerai and refuses tickets for it', async () => {
    const closed = await call(url, '/v1/staff/gerai/imigrasi/status', { token: IMIGRASI, body: { open: false } });
    expect(closed.status).toBe(200);
    expect(closed.body.gerai).toMatchObject({ open: false, counters: 0, estimatedWaitMinutes: null });
    const refused = await issue('imigrasi');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('gerai_closed');
    await call(url, '/v1/staff/gerai/imigrasi/status', { token: IMIGRASI, body: { open: true, counters: 3 } });
    expect((await issue('imigrasi')).status).toBe(201);
  });
});

describe('refusals', () => {
  it('401 without or with a wrong token', async () => {
    const none = await call(url, '/v1/staff/tickets', { body: { geraiId: 'dukcapil' } });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body.error.message).toMatch(/token/i);
    expect((await issue('dukcapil', undefined, 'salah')).status).toBe(401);
  });

  it('403 when a device acts outside its gerai', async () => {
    const res = await issue('dukcapil', undefined, IMIGRASI);
    expect(res.status).toBe(403);
  });

  it('400 with an Indonesian message for malformed input', async () => {
    const missing = await call(url, '/v1/staff/tickets', { token: KIOSK, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe('Kolom geraiId wajib diisi');
    const priority = await issue('dukcapil', 'vip');
    expect(priority.status).toBe(400);
    expect(priority.body.error.message).toContain('Prioritas');
    const broken = await call(url, '/v1/staff/tickets', {
      token: KIOSK,
      raw: '{"geraiId":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe('Isi permintaan bukan JSON yang valid');
    const array = await call(url, '/v1/staff/tickets', { token: KIOSK, body: ['dukcapil'] });
    expect(array.status).toBe(400);
    const counter = await callNext('dukcapil', KIOSK, -1);
    expect(counter.status).toBe(400);
  });

  it('rejects non-JSON and oversized bodies', async () => {
    const text = await call(url, '/v1/staff/tickets', { token: KIOSK, raw: 'geraiId=dukcapil', headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    const big = await call(url, '/v1/staff/tickets', { token: KIOSK, body: { geraiId: 'dukcapil', pad: 'x'.repeat(9000) } });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toContain('8 KB');
  });

  it('404 for unknown gerai, ticket and path', async () => {
    expect((await issue('pajak')).status).toBe(404);
    expect((await act('999999', 'finish')).status).toBe(404);
    expect((await act('abc', 'finish')).status).toBe(404);
    expect((await act('%E0%A4%A', 'finish')).status).toBe(404); // malformed escape: still a clean 404
    expect((await callNext('pajak')).status).toBe(404);
    const path = await call(url, '/v1/staff/entah', { token: KIOSK });
    expect(path.status).toBe(404);
    expect((await call(url, '/v2/antrean')).status).toBe(404);
  });

  it('405 for a wrong method', async () => {
    expect((await call(url, '/v1/antrean', { method: 'POST', raw: '' })).status).toBe(405);
  });
});

describe('public read endpoint', () => {
  it('serves a strong ETag and answers 304 until the data changes', async () => {
    const first = await call(url, '/v1/antrean');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=5');
    expect(first.headers.get('vary')).toContain('Origin');
    const same = await fetch(`${url}/v1/antrean`, { headers: { 'If-None-Match': etag } });
    expect(same.status).toBe(304);
    expect(same.headers.get('etag')).toBe(etag);
    expect(await same.text()).toBe('');
    await issue('dukcapil');
    const changed = await fetch(`${url}/v1/antrean`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('sends CORS headers only to allowed origins', async () => {
    const allowed = await fetch(`${url}/v1/antrean`, { headers: { Origin: PORTAL } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag');
    const refused = await fetch(`${url}/v1/antrean`, { headers: { Origin: 'https://jahat.example' } });
    expect(refused.status).toBe(200);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('vary')).toContain('Origin');

    const preflight = await fetch(`${url}/v1/antrean`, {
      method: 'OPTIONS',
      headers: { Origin: PORTAL, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    const badPreflight = await fetch(`${url}/v1/antrean`, { method: 'OPTIONS', headers: { Origin: 'https://jahat.example' } });
    expect(badPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports health', async () => {
    const res = await call(url, '/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', version: 1 });
  });
});

describe('event stream', () => {
  it('pushes a new snapshot on change and forgets closed clients', async () => {
    const controller = new AbortController();
    const res = await fetch(`${url}/v1/antrean/stream`, { signal: controller.signal, headers: { Origin: PORTAL } });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('access-control-allow-origin')).toBe(PORTAL);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextSnapshot = async () => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame);
          if (/^event: snapshot$/m.test(frame) && data) return JSON.parse(data[1] as string);
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    const initial = await nextSnapshot();
    expect(parseSnapshot(initial).ok).toBe(true);
    const before = initial.gerai.find((g: { id: string }) => g.id === 'dukcapil').waiting as number;
    expect((await call(url, '/v1/health')).body.streamClients).toBe(1);

    const started = Date.now();
    await issue('dukcapil');
    const pushed = await nextSnapshot();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(pushed.gerai.find((g: { id: string }) => g.id === 'dukcapil').waiting).toBe(before + 1);

    controller.abort();
    await reader.cancel().catch(() => {});
    let clients = 1;
    for (let i = 0; i < 50 && clients > 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      clients = (await call(url, '/v1/health')).body.streamClients;
    }
    expect(clients).toBe(0);
  });
});
