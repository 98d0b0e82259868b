// The fake queue API used by browser end-to-end tests, checked with the real poller and
// real fetch over loopback: each misbehaviour mode must land in the state it stands for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueuePoller, type QueueView } from '../../src/lib/queue/poller.ts';
import { type FakeQueueApi, type FakeQueueMode, startFakeQueueApi } from '../fixtures/queue-fake-api.ts';

let api: FakeQueueApi;
beforeAll(async () => {
  api = await startFakeQueueApi({ mode: 'ok' });
});
afterAll(async () => {
  await api.close();
});

/** Runs the poller until its first settled state. */
async function firstState(): Promise<QueueView> {
  return new Promise((resolve) => {
    const poller = createQueuePoller({
      url: api.url,
      timeoutMs: 300,
      onChange: (view) => {
        if (view.state === 'loading') return;
        poller.stop();
        resolve(view);
      },
    });
    poller.start();
  });
}

describe('fake queue API', () => {
  const cases: [FakeQueueMode, Partial<QueueView>][] = [
    ['ok', { state: 'live', fault: null }],
    ['closed-mpp', { state: 'closed', fault: null }],
    ['http-500', { state: 'error', fault: 'http' }],
    ['malformed-json', { state: 'error', fault: 'malformed' }],
    ['wrong-shape', { state: 'error', fault: 'shape' }],
    ['slow', { state: 'error', fault: 'timeout' }],
    ['old-numbers', { state: 'stale', fault: null }],
    ['yesterday', { state: 'outdated', fault: null }],
    ['redirect-loop', { state: 'error', fault: 'network' }],
    ['huge', { state: 'error', fault: 'too-large' }],
    ['bad-entry', { state: 'live', fault: null }],
    ['duplicate-id', { state: 'live', fault: null }],
    ['retry-after-long', { state: 'error', fault: 'http' }],
  ];
  it.each(cases)('mode %s ends in the matching poller state', async (mode, expected) => {
    api.setMode(mode);
    expect(await firstState()).toMatchObject(expected);
  });

  it('stamps the service day in Jakarta, like the real server: at 18.00 UTC it is already the next day', async () => {
    api.setMode('ok');
    api.setTime(new Date('2026-12-06T18:00:00Z'));
    try {
      expect((await (await fetch(api.url)).json()).serviceDay).toBe('2026-12-07');
    } finally {
      api.setTime(null);
    }
  });

  it('answers with CORS * in ok mode and without it in cors-refused mode', async () => {
    api.setMode('ok');
    const ok = await fetch(api.url, { headers: { Origin: 'http://localhost:4321' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    api.setMode('cors-refused');
    const refused = await fetch(api.url, { headers: { Origin: 'http://localhost:4321' } });
    expect(refused.status).toBe(200);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('supports conditional GET and moves the numbers on advance()', async () => {
    api.setMode('ok');
    const first = await fetch(api.url);
    const etag = first.headers.get('etag') as string;
    const body = await first.json();
    expect((await fetch(api.url, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    api.advance();
    const next = await fetch(api.url, { headers: { 'If-None-Match': etag } });
    expect(next.status).toBe(200);
    expect((await next.json()).gerai[0].nowServing).not.toBe(body.gerai[0].nowServing);
    expect(api.requestCount()).toBeGreaterThanOrEqual(3);
  });

  it('closes promptly even with a slow response pending', async () => {
    const spare = await startFakeQueueApi({ mode: 'slow' });
    const pending = fetch(spare.url).catch(() => 'closed');
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await spare.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBe('closed');
  });
});
