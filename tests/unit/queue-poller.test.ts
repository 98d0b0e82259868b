// The polling engine against a fake clock, fake timers and scripted fetch responses: no
// real time passes, so every timing claim (intervals, staleness, backoff) is exact.
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../src/lib/queue/contract.ts';
import {
  backoffDelay,
  createQueuePoller,
  type EventSourceLike,
  isEarlierServiceDay,
  MANUAL_RETRY_MS,
  MAX_BODY_BYTES,
  MAX_RETRY_AFTER_MS,
  type PollerOptions,
  type QueuePoller,
  type QueueView,
  retryAfterMs,
  STREAM_QUIET_MS,
  snapshotAgeMs,
} from '../../src/lib/queue/poller.ts';
import { fakeSnapshot } from '../fixtures/queue-fake-api.ts';

const URL_ = 'https://antrean.example.go.id/v1/antrean';
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Virtual time: timers fire only when the test advances the clock. */
function fakeTimers() {
  let now = Date.parse('2025-03-10T02:15:00.000Z');
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    async advance(ms: number) {
      const end = now + ms;
      await flush();
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await flush();
      }
      now = end;
      await flush();
    },
  };
}

function listeners() {
  const map = new Map<string, Set<() => void>>();
  return {
    addEventListener: (type: string, fn: () => void) => void (map.get(type) ?? map.set(type, new Set()).get(type))?.add(fn),
    removeEventListener: (type: string, fn: () => void) => void map.get(type)?.delete(fn),
    dispatch: (type: string) => {
      for (const fn of map.get(type) ?? []) fn();
    },
    count: (type: string) => map.get(type)?.size ?? 0,
  };
}

type Reply = Response | Error | 'hang' | ((init: RequestInit) => Response);
const snapshot = (open = true, step = 0): QueueSnapshot => fakeSnapshot(step, !open, '2025-03-10T02:15:00.000Z');
const okJson = (body: unknown, etag = '"e1"') =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag } });

let poller: QueuePoller | null = null;
afterEach(() => poller?.stop());

function setup(replies: Reply[], extra: Partial<PollerOptions> = {}, random = () => 0.5) {
  const timers = fakeTimers();
  const doc = { ...listeners(), hidden: false };
  const win = listeners();
  const nav = { onLine: true };
  const calls: { at: number; init: RequestInit }[] = [];
  const views: QueueView[] = [];
  const fetch = (_url: string, init: RequestInit): Promise<Response> => {
    calls.push({ at: timers.now(), init });
    const reply = replies.length > 1 ? replies.shift() : replies[0];
    if (reply === undefined) return Promise.reject(new TypeError('no reply scripted'));
    if (reply === 'hang') {
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve(typeof reply === 'function' ? reply(init) : reply.clone());
  };
  poller = createQueuePoller({
    url: URL_,
    onChange: (v) => views.push(v),
    ...extra,
    env: {
      fetch,
      now: timers.now,
      random,
      setTimeout: timers.setTimeout,
      clearTimeout: timers.clearTimeout,
      document: doc,
      navigator: nav,
      window: win,
      EventSource: undefined,
      ...extra.env,
    },
  });
  return { timers, doc, win, nav, calls, views, poller };
}

describe('backoffDelay', () => {
  it('doubles its cap per failure, jitters within [cap/2, cap] and stops at the maximum', () => {
    for (const [failures, cap] of [
      [1, 2000],
      [2, 4000],
      [3, 8000],
      [6, 64_000],
      [7, 120_000],
      [40, 120_000],
    ] as const) {
      expect(backoffDelay(failures, () => 0)).toBe(cap / 2);
      expect(backoffDelay(failures, () => 1)).toBe(cap);
      const mid = backoffDelay(failures, () => 0.3);
      expect(mid).toBeGreaterThanOrEqual(cap / 2);
      expect(mid).toBeLessThanOrEqual(cap);
    }
    expect(backoffDelay(1, () => 7)).toBe(2000); // a broken random source cannot exceed the cap
  });
});

describe('createQueuePoller', () => {
  it('goes from loading to live and polls at the server-suggested interval', async () => {
    const { timers, calls, views, poller } = setup([okJson(snapshot())]);
    poller.start();
    expect(poller.getView().state).toBe('loading');
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'live', fault: null, failures: 0, confirmedAt: timers.now() });
    expect(poller.getView().snapshot?.gerai[0]?.nowServing).toBe('A-023');
    expect(views.map((v) => v.state)).toEqual(['live']); // the initial 'loading' is read via getView()
    await timers.advance(4_999);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2); // refreshSeconds = 5
  });

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

  it('turns stale only after two missed update intervals, keeping the last data', async () => {
    const { timers, poller } = setup([okJson(snapshot()), new TypeError('Failed to fetch')]);
    poller.start();
    await timers.advance(0);
    await timers.advance(10_000);
    expect(poller.getView()).toMatchObject({ state: 'live', fault: 'network' });
    await timers.advance(1);
    expect(poller.getView().state).toBe('stale');
    expect(poller.getView().snapshot?.mpp.waiting).toBe(snapshot().mpp.waiting);
  });

  it('retries with growing, jittered backoff after failures', async () => {
    const { timers, calls, poller } = setup([new TypeError('Failed to fetch')], {}, () => 0.5);
    poller.start();
    await timers.advance(200_000);
    const gaps = calls.slice(1).map((c, i) => c.at - (calls[i] as { at: number }).at);
    // Equal jitter with random 0.5: 0.75 × cap, caps 2 s, 4 s, 8 s … 120 s.
    expect(gaps.slice(0, 7)).toEqual([1500, 3000, 6000, 12_000, 24_000, 48_000, 90_000]);
  });

  it('keeps backoff delays inside their bounds for any random value', async () => {
    let r = 0;
    const randoms = [0, 0.99, 0.5, 0.1, 0.9, 0.3];
    const { timers, calls, poller } = setup([new Response('nope', { status: 500 })], {}, () => randoms[r++ % randoms.length] as number);
    poller.start();
    await timers.advance(300_000);
    const gaps = calls.slice(1).map((c, i) => c.at - (calls[i] as { at: number }).at);
    gaps.slice(0, 6).forEach((gap, i) => {
      const cap = Math.min(120_000, 2000 * 2 ** i);
      expect(gap).toBeGreaterThanOrEqual(cap / 2);
      expect(gap).toBeLessThanOrEqual(cap);
    });
    expect(poller.getView()).toMatchObject({ state: 'error', fault: 'http' });
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

  it('waits while the browser is offline and fetches as soon as it is back', async () => {
    const { timers, nav, win, calls, poller } = setup([okJson(snapshot())]);
    nav.onLine = false;
    poller.start();
    await timers.advance(30_000);
    expect(calls).toHaveLength(0);
    expect(poller.getView().state).toBe('offline');
    nav.onLine = true;
    win.dispatch('online');
    await timers.advance(0);
    expect(calls).toHaveLength(1);
    expect(poller.getView().state).toBe('live');
    nav.onLine = false;
    win.dispatch('offline');
    expect(poller.getView().state).toBe('offline');
    expect(poller.getView().snapshot).not.toBeNull();
  });

  it('pauses while the page is hidden and refreshes when it is shown again', async () => {
    let now = () => 0;
    const { timers, doc, calls, poller } = setup([() => okJson({ ...snapshot(), updatedAt: new Date(now()).toISOString() })]);
    now = timers.now;
    poller.start();
    await timers.advance(0);
    doc.hidden = true;
    doc.dispatch('visibilitychange');
    await timers.advance(600_000);
    expect(calls).toHaveLength(1);
    doc.hidden = false;
    doc.dispatch('visibilitychange');
    await timers.advance(0);
    expect(calls).toHaveLength(2);
    expect(poller.getView().state).toBe('live');
  });

  it('does not start fetching in a hidden tab', async () => {
    const { timers, doc, calls, poller } = setup([okJson(snapshot())]);
    doc.hidden = true;
    poller.start();
    await timers.advance(60_000);
    expect(calls).toHaveLength(0);
  });

  it('reports a closed MPP and polls it slowly', async () => {
    const { timers, calls, poller } = setup([okJson(snapshot(false))]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('closed');
    await timers.advance(59_999);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2);
  });

  it('honours a long Retry-After (600 s) instead of cutting it to the backoff maximum', async () => {
    const limited = new Response('{}', { status: 503, headers: { 'Retry-After': '600' } });
    const { timers, calls, poller } = setup([limited]);
    poller.start();
    await timers.advance(599_999);
    expect(calls).toHaveLength(1);
    expect(poller.refresh()).toBe(false); // "Coba lagi" does not jump the queue either
    await timers.advance(1);
    expect(calls).toHaveLength(2);
  });

  it('reads Retry-After as an HTTP date and caps it at the stated maximum', () => {
    const now = Date.parse('2025-03-10T02:15:00Z');
    expect(retryAfterMs('Mon, 10 Mar 2025 02:20:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('kapan-kapan', now)).toBeUndefined();
    expect(MAX_RETRY_AFTER_MS).toBe(30 * 60_000);
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

  it('throttles manual retries', async () => {
    const { timers, calls, poller } = setup([new Response('{}', { status: 500 })], { backoffBaseMs: 60_000 });
    poller.start();
    await timers.advance(0);
    expect(poller.refresh()).toBe(false); // the automatic attempt was just now
    await timers.advance(MANUAL_RETRY_MS - 1);
    for (let i = 0; i < 10; i++) expect(poller.refresh()).toBe(false);
    await timers.advance(1);
    expect(poller.refresh()).toBe(true);
    await timers.advance(0);
    expect(poller.refresh()).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('calls a snapshot hours old "stale" although the request was answered just now', async () => {
    const old = { ...snapshot(), updatedAt: '2025-03-09T23:15:00.000Z' }; // 3 h before the clock
    const { timers, poller } = setup([okJson(old)]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView()).toMatchObject({ state: 'stale', fault: null, confirmedAt: timers.now() });
    expect(snapshotAgeMs(old, timers.now())).toBe(3 * 3600_000);
  });

  it('allows a phone clock somewhat ahead of the server before calling data old', async () => {
    const ahead = { ...snapshot(), updatedAt: '2025-03-10T02:13:30.000Z' }; // 90 s behind the phone
    const { timers, poller } = setup([okJson(ahead)]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('live');
  });

  it("marks a snapshot of an earlier service day as outdated, in the snapshot's own timezone", async () => {
    // 02:15 UTC on 10 March is 09:15 WIB: a snapshot for 9 March is yesterday's.
    const yesterday = { ...snapshot(), serviceDay: '2025-03-09' };
    const { timers, poller } = setup([okJson(yesterday)]);
    poller.start();
    await timers.advance(0);
    expect(poller.getView().state).toBe('outdated');
    // Just after midnight WIB on a phone running ahead, the server may still be on the old day.
    const nearMidnight = Date.parse('2025-03-10T17:01:00Z'); // 00:01 WIB on 11 March
    expect(isEarlierServiceDay({ ...snapshot(), serviceDay: '2025-03-10' }, nearMidnight)).toBe(false);
    expect(isEarlierServiceDay({ ...snapshot(), serviceDay: '2025-03-10' }, nearMidnight + 120_000)).toBe(true);
  });

  it('honours Retry-After on 429', async () => {
    const limited = new Response('{}', { status: 429, headers: { 'Retry-After': '30' } });
    const { timers, calls, poller } = setup([limited]);
    poller.start();
    await timers.advance(29_999);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2);
  });

  it('stops cleanly: no more requests, listeners removed, in-flight request aborted', async () => {
    const { timers, doc, win, calls, views, poller } = setup(['hang']);
    poller.start();
    await timers.advance(0);
    const before = views.length;
    poller.stop();
    await timers.advance(120_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init.signal?.aborted).toBe(true);
    expect(views).toHaveLength(before);
    expect(doc.count('visibilitychange') + win.count('online') + win.count('offline')).toBe(0);
  });

  it('survives an onChange callback that throws', async () => {
    const { timers, calls } = setup([okJson(snapshot())], {
      onChange: () => {
        throw new Error('render bug');
      },
    });
    poller?.start();
    await timers.advance(10_000);
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('event stream', () => {
  class FakeSource implements EventSourceLike {
    static instances: FakeSource[] = [];
    readyState = 0;
    onopen: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    closed = false;
    listener: ((event: { data: unknown; lastEventId?: string }) => void) | null = null;
    readonly url: string;
    constructor(url: string) {
      this.url = url;
      FakeSource.instances.push(this);
    }
    addEventListener(_type: 'snapshot', listener: (event: { data: unknown; lastEventId?: string }) => void) {
      this.listener = listener;
    }
    close() {
      this.closed = true;
      this.readyState = 2;
    }
    open() {
      this.readyState = 1;
      this.onopen?.({});
    }
  }

  it('switches to the advertised stream, applies its snapshots and falls back to polling on error', async () => {
    FakeSource.instances = [];
    const streamed = { ...snapshot(), stream: '/v1/antrean/stream' };
    const { timers, calls, poller } = setup([okJson(streamed)], { env: { EventSource: FakeSource } });
    poller.start();
    await timers.advance(0);
    const source = FakeSource.instances[0] as FakeSource;
    expect(source.url).toBe('https://antrean.example.go.id/v1/antrean/stream');
    source.open();
    expect(poller.getView().transport).toBe('stream');

    const event = (waiting: number) =>
      source.listener?.({
        data: JSON.stringify({ ...streamed, updatedAt: new Date(timers.now()).toISOString(), mpp: { ...streamed.mpp, waiting } }),
      });
    event(99);
    expect(poller.getView().snapshot?.mpp.waiting).toBe(99);
    // While snapshots keep coming (servers re-stamp every 30 s), no polling and no staleness.
    for (let i = 0; i < 4; i++) {
      await timers.advance(30_000);
      event(99);
    }
    expect(calls).toHaveLength(1);
    expect(poller.getView().state).toBe('live');

    source.onerror?.({});
    expect(source.closed).toBe(true);
    expect(poller.getView().transport).toBe('poll');
    await timers.advance(2_000);
    expect(calls).toHaveLength(2);
  });

  it('reconciles a stream that stays open but silent with a poll, and does not count it as fresh', async () => {
    FakeSource.instances = [];
    const streamed = { ...snapshot(), stream: '/v1/antrean/stream' };
    const { timers, calls, poller } = setup([okJson(streamed), new TypeError('Failed to fetch')], { env: { EventSource: FakeSource } });
    poller.start();
    await timers.advance(0);
    const source = FakeSource.instances[0] as FakeSource;
    source.open();
    await timers.advance(STREAM_QUIET_MS - 1);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2); // the quiet stream is checked with a poll
    // An open stream alone never confirms: with the check failing, the numbers turn stale.
    await timers.advance(60_000);
    expect(poller.getView().state).toBe('stale');
  });

  it('drops a stream that sends a wrong shape', async () => {
    FakeSource.instances = [];
    const streamed = { ...snapshot(), stream: '/v1/antrean/stream' };
    const { timers, poller } = setup([okJson(streamed)], { env: { EventSource: FakeSource } });
    poller.start();
    await timers.advance(0);
    const source = FakeSource.instances[0] as FakeSource;
    source.open();
    source.listener?.({ data: '{"version":1}' });
    expect(source.closed).toBe(true);
    expect(poller.getView().snapshot?.mpp.waiting).toBe(streamed.mpp.waiting);
  });
});
