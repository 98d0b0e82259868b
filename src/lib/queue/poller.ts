// Framework-free engine that keeps a queue snapshot fresh in the browser. Everything that
// can go wrong on a resident's phone (no signal, CORS refusal, a slow or broken server, a
// proxy's HTML error page) ends up as a state the UI can word calmly; nothing is thrown.
// Time, randomness, timers, fetch and the DOM are injectable so tests run without a clock.
import type { QueueSnapshot } from './contract.ts';
import { parseSnapshot } from './parse.ts';

export type QueueState = 'loading' | 'live' | 'stale' | 'error' | 'offline' | 'closed';
export type QueueFault = 'network' | 'timeout' | 'http' | 'malformed' | 'shape' | 'offline';

/** What the UI renders: the state, the last good snapshot and when it was last confirmed. */
export interface QueueView {
  state: QueueState;
  snapshot: QueueSnapshot | null;
  confirmedAt: number | null; // client-clock ms of the last 200, 304, stream event or open-stream check
  fault: QueueFault | null; // cause of the latest failure; null after a success
  failures: number; // consecutive failed attempts
  transport: 'poll' | 'stream';
}

/** The subset of EventSource the poller uses. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  addEventListener(type: 'snapshot', listener: (event: { data: unknown; lastEventId?: string }) => void): void;
  close(): void;
}
interface ListenerTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/** Everything the poller touches in its surroundings. */
export interface PollerEnv {
  fetch: ((url: string, init: RequestInit) => Promise<Response>) | undefined;
  now: () => number;
  random: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  document: (ListenerTarget & { readonly hidden: boolean }) | undefined;
  navigator: { readonly onLine?: boolean } | undefined;
  window: ListenerTarget | undefined; // receives 'online' and 'offline'
  EventSource: (new (url: string) => EventSourceLike) | undefined;
}

export interface PollerOptions {
  url: string; // full URL of GET /v1/antrean
  onChange: (view: QueueView) => void;
  intervalMs?: number; // default: the server's refreshSeconds clamped to 5 s–5 min (15 s before the first answer)
  timeoutMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  closedIntervalMs?: number; // polling interval while the MPP reports itself closed
  useStream?: boolean; // use the server's event stream when offered (default true)
  env?: Partial<PollerEnv>;
}

export interface QueuePoller {
  start(): void;
  stop(): void;
  refresh(): void; // fetch now, e.g. after a "coba lagi" press
  getView(): QueueView;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Data older than this many update intervals is shown as stale. */
export const STALE_INTERVALS = 2;
/** While streaming, a cheap conditional GET this often catches half-open connections. */
export const STREAM_REVALIDATE_MS = 60_000;
const MAX_STREAM_FAILURES = 3;

/** Delay before retry number `failures` (1-based): exponential cap with "equal jitter", in [cap/2, cap]. */
export function backoffDelay(failures: number, random: () => number, baseMs = 2_000, maxMs = 120_000): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(30, failures - 1)));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(cap / 2 + r * (cap / 2));
}

function defaultEnv(): PollerEnv {
  const g = globalThis as typeof globalThis & { EventSource?: unknown };
  return {
    fetch: typeof g.fetch === 'function' ? g.fetch.bind(g) : undefined,
    now: () => Date.now(),
    random: () => Math.random(),
    setTimeout: (fn, ms) => g.setTimeout(fn, ms),
    clearTimeout: (handle) => g.clearTimeout(handle as ReturnType<typeof setTimeout>),
    document: typeof document === 'undefined' ? undefined : document,
    navigator: typeof navigator === 'undefined' ? undefined : navigator,
    window: typeof window === 'undefined' ? undefined : window,
    EventSource: typeof g.EventSource === 'function' ? (g.EventSource as PollerEnv['EventSource']) : undefined,
  };
}

type Fail = { kind: 'fail'; fault: QueueFault; retryAfterMs?: number };
type Outcome = { kind: 'ok'; snapshot: QueueSnapshot; etag: string | null } | { kind: 'not-modified' } | Fail;

/** Creates a poller; call start() to begin. Never throws to its caller or through onChange. */
export function createQueuePoller(options: PollerOptions): QueuePoller {
  const env: PollerEnv = { ...defaultEnv(), ...options.env };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const closedIntervalMs = options.closedIntervalMs ?? 60_000;
  let view: QueueView = { state: 'loading', snapshot: null, confirmedAt: null, fault: null, failures: 0, transport: 'poll' };
  let etag: string | null = null;
  let running = false;
  let pollTimer: unknown = null;
  let tickTimer: unknown = null;
  let inflight: AbortController | null = null;
  let stream: EventSourceLike | null = null;
  let streamFailures = 0;
  let previous: QueueView = view;

  const hidden = () => env.document?.hidden === true;
  const offline = () => env.navigator?.onLine === false;
  const baseInterval = () => options.intervalMs ?? Math.min(300_000, Math.max(5_000, (view.snapshot?.refreshSeconds ?? 15) * 1000));
  const interval = () => (view.snapshot && !view.snapshot.mpp.open ? Math.max(baseInterval(), closedIntervalMs) : baseInterval());

  function computeState(): QueueState {
    if (offline()) return 'offline';
    if (!view.snapshot || view.confirmedAt === null) return view.failures > 0 ? 'error' : 'loading';
    if (env.now() - view.confirmedAt > STALE_INTERVALS * interval()) return 'stale';
    return view.snapshot.mpp.open ? 'live' : 'closed';
  }

  function update(patch: Partial<QueueView> = {}): void {
    const next: QueueView = { ...view, ...patch, transport: stream ? 'stream' : 'poll' };
    view = next;
    view.state = computeState();
    const keys = Object.keys(next) as (keyof QueueView)[];
    if (keys.every((k) => next[k] === previous[k])) return;
    previous = view;
    try {
      options.onChange(view);
    } catch {
      // A rendering bug must not stop the polling loop.
    }
  }

  const clear = (handle: unknown) => handle !== null && env.clearTimeout(handle);
  const clearTimers = () => {
    clear(pollTimer);
    clear(tickTimer);
    pollTimer = tickTimer = null;
  };
  function schedulePoll(ms: number): void {
    clear(pollTimer);
    pollTimer = running ? env.setTimeout(() => void poll(), ms) : null;
  }
  // Re-evaluates staleness exactly when it is due and, while streaming, counts an open stream as confirmation.
  function scheduleTick(): void {
    clear(tickTimer);
    tickTimer = null;
    if (!running || hidden()) return;
    let delay = interval();
    if (view.confirmedAt !== null) {
      const untilStale = view.confirmedAt + STALE_INTERVALS * interval() - env.now() + 1;
      if (untilStale > 0) delay = Math.min(delay, untilStale);
    }
    tickTimer = env.setTimeout(() => {
      update(stream?.readyState === 1 ? { confirmedAt: env.now() } : {});
      scheduleTick();
    }, delay);
  }

  function closeStream(): void {
    if (stream) stream.onopen = stream.onerror = null;
    stream?.close();
    stream = null;
  }
  function streamFailed(): void {
    closeStream();
    streamFailures += 1;
    update();
    schedulePoll(backoffDelay(1, env.random, options.backoffBaseMs, options.backoffMaxMs)); // poll again soon
  }
  function openStream(snapshot: QueueSnapshot): void {
    const Source = env.EventSource;
    if (stream || !Source || !snapshot.stream || options.useStream === false || !snapshot.mpp.open) return;
    if (streamFailures >= MAX_STREAM_FAILURES || hidden() || offline()) return;
    try {
      const source = new Source(new URL(snapshot.stream, options.url).href);
      stream = source;
      source.onopen = () => update({ confirmedAt: env.now() });
      // Any error (dropped connection, CORS, 5xx) falls back to polling; the browser's own retry would hide it.
      source.onerror = () => streamFailed();
      source.addEventListener('snapshot', (event) => {
        if (stream !== source) return;
        const result = parseSnapshot(typeof event.data === 'string' ? safeJson(event.data) : undefined);
        if (!result.ok) return streamFailed();
        etag = event.lastEventId || null;
        succeed(result.value, 'stream');
      });
      update();
    } catch {
      stream = null;
      streamFailures += 1;
    }
  }

  function succeed(snapshot: QueueSnapshot, source: 'poll' | 'stream'): void {
    update({ snapshot, confirmedAt: env.now(), fault: null, failures: 0 });
    if (!snapshot.mpp.open) closeStream();
    else openStream(snapshot);
    if (source === 'poll') schedulePoll(stream ? STREAM_REVALIDATE_MS : interval());
    scheduleTick();
  }

  function fail(fault: QueueFault, retryAfterMs?: number): void {
    if (fault !== 'offline' && stream) closeStream();
    const failures = view.failures + 1;
    update({ fault, failures });
    const maxMs = options.backoffMaxMs ?? 120_000;
    const delay = backoffDelay(failures, env.random, options.backoffBaseMs, maxMs);
    schedulePoll(retryAfterMs ? Math.min(maxMs, Math.max(delay, retryAfterMs)) : delay);
    scheduleTick();
  }

  async function request(signal: AbortSignal): Promise<Outcome> {
    if (!env.fetch) return { kind: 'fail', fault: 'network' };
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (etag && view.snapshot) headers['If-None-Match'] = etag;
    const res = await env.fetch(options.url, { headers, signal, cache: 'no-store', credentials: 'omit' });
    if (res.status === 304) return view.snapshot ? { kind: 'not-modified' } : { kind: 'fail', fault: 'http' };
    if (!res.ok) {
      const retryAfter = Number(res.headers.get('Retry-After'));
      return { kind: 'fail', fault: 'http', retryAfterMs: retryAfter > 0 ? retryAfter * 1000 : undefined };
    }
    const json = safeJson(await res.text());
    if (json === undefined) return { kind: 'fail', fault: 'malformed' };
    const parsed = parseSnapshot(json);
    if (!parsed.ok) return { kind: 'fail', fault: 'shape' };
    return { kind: 'ok', snapshot: parsed.value, etag: res.headers.get('ETag') };
  }

  async function poll(): Promise<void> {
    clear(pollTimer);
    pollTimer = null;
    if (!running || hidden() || inflight) return;
    update(); // e.g. leave 'offline' as soon as the browser is back online
    if (offline()) {
      onOffline();
      return schedulePoll(interval());
    }
    const controller = new AbortController();
    inflight = controller;
    const timer = env.setTimeout(() => controller.abort('timeout'), timeoutMs);
    let outcome: Outcome;
    try {
      outcome = await request(controller.signal);
    } catch {
      outcome = { kind: 'fail', fault: controller.signal.reason === 'timeout' ? 'timeout' : offline() ? 'offline' : 'network' };
    } finally {
      env.clearTimeout(timer);
      if (inflight === controller) inflight = null;
    }
    // Aborted by stop(): the caller has moved on.
    if (!running || (controller.signal.aborted && controller.signal.reason !== 'timeout')) return;
    if (outcome.kind === 'fail') fail(outcome.fault, outcome.retryAfterMs);
    else if (outcome.kind === 'not-modified' && view.snapshot) succeed(view.snapshot, 'poll');
    else if (outcome.kind === 'ok') {
      etag = outcome.etag;
      succeed(outcome.snapshot, 'poll');
    }
  }

  const onVisibility = () => {
    if (hidden()) {
      clearTimers();
      closeStream();
      update();
    } else {
      update();
      scheduleTick();
      void poll();
    }
  };
  const onOnline = () => void poll();
  function onOffline(): void {
    closeStream();
    update({ fault: 'offline' });
  }

  return {
    start() {
      if (running) return;
      running = true;
      env.document?.addEventListener('visibilitychange', onVisibility);
      env.window?.addEventListener('online', onOnline);
      env.window?.addEventListener('offline', onOffline);
      update();
      void poll();
    },
    stop() {
      running = false;
      clearTimers();
      inflight?.abort();
      inflight = null;
      closeStream();
      env.document?.removeEventListener('visibilitychange', onVisibility);
      env.window?.removeEventListener('online', onOnline);
      env.window?.removeEventListener('offline', onOffline);
    },
    refresh: () => void poll(),
    getView: () => view,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // callers treat undefined as "not JSON"
  }
}
