// One poll request against scripted fetch answers: CORS-simple headers, revalidation,
// every kind of broken answer as a quiet fault, the timeout and the body size cap.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/lib/queue/fetch-snapshot.ts';
import { okJson, type Reply, setup, snapshot, stopPollers } from '../fixtures/queue-poller-env.ts';

afterEach(stopPollers);

describe('poller requests', () => {
  it('sends only CORS-safelisted headers, lets the HTTP cache revalidate and never follows redirects', async () => {
    const { timers, calls, poller } = setup([okJson(snapshot(), '"v7"'), new Response(null, { status: 304 })]);
    poller.start();
    await timers.advance(0);
    const first = poller.getView().snapshot;
    await timers.advance(5_000);
    for (const call of calls) {
      expect([...new Headers(call.init.headers).keys()]).toEqual(['accept']);
      expect(call.init).toMatchObject({ cache: 'no-cache', redirect: 'error', credentials: 'omit' });
    }
    expect(poller.getView().snapshot).toBe(first);
    expect(poller.getView()).toMatchObject({ state: 'live', confirmedAt: timers.now() });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('keeps the same snapshot object when the body did not change', async () => {
    const { timers, poller, views } = setup([okJson(snapshot())]);
    poller.start();
    await timers.advance(0);
    const first = poller.getView().snapshot;
    await timers.advance(5_000);
    expect(poller.getView().snapshot).toBe(first);
    expect(views).toHaveLength(2); // only confirmedAt moved
  });

  const faults: [string, Reply, string][] = [
    ['a network error or CORS refusal', new TypeError('Failed to fetch'), 'network'],
    ['HTTP 500', new Response('{"error":{}}', { status: 500 }), 'http'],
    ['malformed JSON', new Response('{"version":1,', { status: 200 }), 'malformed'],
    ['a wrong shape', okJson({ version: 1, gerai: 'banyak' }), 'shape'],
    ['an HTML error page', new Response('<html>502 Bad Gateway</html>', { status: 200 }), 'malformed'],
    ['a 304 without earlier data', new Response(null, { status: 304 }), 'http'],
  ];
  it.each(faults)('turns %s into a quiet error state', async (_name, reply, fault) => {
    const { timers, poller, views } = setup([reply]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'error', fault, snapshot: null, failures: 1 });
    expect(views.at(-1)?.state).toBe('error');
  });

  it('gives up on a request after 10 seconds', async () => {
    const { timers, poller, calls } = setup(['hang']);
    poller.start();
    await timers.advance(9_999);
    expect(poller.getView().state).toBe('loading');
    await timers.advance(1);
    expect(poller.getView()).toMatchObject({ state: 'error', fault: 'timeout' });
    expect(calls[0]?.init.signal?.aborted).toBe(true);
  });

  it('stops reading a body past 256 KB and treats it as a failure', async () => {
    const huge = JSON.stringify({ ...snapshot(), padding: 'x'.repeat(MAX_BODY_BYTES) });
    let pulled = 0;
    const stream = () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          const chunk = new TextEncoder().encode(huge.slice((pulled - 1) * 16_384, pulled * 16_384));
          if (chunk.byteLength === 0) controller.close();
          else controller.enqueue(chunk);
        },
      });
    const { timers, poller } = setup([() => new Response(stream(), { status: 200 })]);
    poller.start();
    await timers.advance(0);
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'error', fault: 'too-large', snapshot: null });
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES / 16_384 + 2);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const big = new Response('{}', { status: 200, headers: { 'Content-Length': String(10 * 1024 * 1024) } });
    const { timers, poller } = setup([big]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'error', fault: 'too-large' });
  });
});
