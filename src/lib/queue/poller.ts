// Framework-free engine that keeps a queue snapshot fresh in the browser. Everything that
// can go wrong on a resident's phone (no signal, CORS refusal, a slow or broken server, a
// proxy's HTML error page) ends up as a state the UI can word calmly; nothing is thrown.
// Time, randomness, timers, fetch and the DOM are injectable so tests run without a clock.
//
// Freshness is judged by the snapshot itself (its updatedAt, which servers re-stamp at least
// every SNAPSHOT_RESTAMP_SECONDS, and its serviceDay), never by the mere fact that a request
// or a stream answered: a proxy, a stuck vendor server or a silent stream can all answer
// with old numbers. Requests stay CORS-simple (no custom headers: the HTTP cache does the
// revalidation), never follow redirects and never read more than MAX_BODY_BYTES.
import { zonedNow } from '../hours.ts';
import { type QueueSnapshot, SNAPSHOT_RESTAMP_SECONDS } from './contract.ts';
import { parseSnapshot } from './parse.ts';

/** 'outdated': the snapshot is of an earlier service day; its numbers must not be shown. */
export type QueueState = 'loading' | 'live' | 'stale' | 'error' | 'offline' | 'closed' | 'outdated';
export type QueueFault = 'network' | 'timeout' | 'http' | 'malformed' | 'shape' | 'offline' | 'too-large';

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
  /** Fetch now, e.g. after a "coba lagi" press; ignored (false) while a request runs, within MANUAL_RETRY_MS of the last one, or before a Retry-After has passed. */
  refresh(): boolean;
  getView(): QueueView;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Data older than this many update intervals is shown as stale. */
export const STALE_INTERVALS = 2;
/** How far a phone's clock may be ahead of the server's before old data is called old. */
export const CLOCK_SKEW_MS = 90_000;
/** A stream without a snapshot for this long is reconciled with a poll (servers re-stamp every 30 s). */
export const STREAM_QUIET_MS = (SNAPSHOT_RESTAMP_SECONDS + 5) * 1000;
/** Bodies larger than this are not read; the answer counts as a failure. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Retry-After is honoured up to this long; a longer value is treated as this. */
export const MAX_RETRY_AFTER_MS = 30 * 60_000;
/** A manual retry ("Coba lagi") is ignored within this long of the previous attempt. */
export const MANUAL_RETRY_MS = 5_000;
const MAX_STREAM_FAILURES = 3;

/** Age of the snapshot's numbers by its own updatedAt, in ms; never negative (a phone clock behind the server's). */
export function snapshotAgeMs(snapshot: QueueSnapshot, now: number): number {
  const at = Date.parse(snapshot.updatedAt);
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : Math.max(0, now - at);
}

/** Whether the snapshot is of a service day before today in its own timezone (allowing for a clock ahead). */
export function isEarlierServiceDay(snapshot: QueueSnapshot, now: number): boolean {
  return snapshot.serviceDay < zonedNow(new Date(now - CLOCK_SKEW_MS), snapshot.timeZone).date;
}

/** Milliseconds to wait from a Retry-After value (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds > 0 ? seconds * 1000 : undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) || at <= now ? undefined : at - now;
}

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
type Outcome = { kind: 'ok'; snapshot: QueueSnapshot; body: string } | { kind: 'not-modified' } | Fail;

/** The body as text, or null once it passes `maxBytes` (then the rest is not downloaded). */
async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  if (Number(res.headers.get('Content-Length')) > maxBytes) {
    res.body?.cancel().catch(() => {});
    return null;
  }
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Creates a poller; call start() to begin. Never throws to its caller or through onChange. */
export function createQueuePoller(options: PollerOptions): QueuePoller {
  const env: PollerEnv = { ...defaultEnv(), ...options.env };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const closedIntervalMs = options.closedIntervalMs ?? 60_000;
  let view: QueueView = { state: 'loading', snapshot: null, confirmedAt: null, fault: null, failures: 0, transport: 'poll' };
  let lastBody: string | null = null;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  let notBefore = Number.NEGATIVE_INFINITY; // from Retry-After: manual retries wait too
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

  // A confirmation (answer or stream event) is due within this long; streams are quiet up to STREAM_QUIET_MS.
  const confirmWindow = () => (stream ? STREAM_QUIET_MS + timeoutMs : STALE_INTERVALS * interval());
  const maxSnapshotAge = () => SNAPSHOT_RESTAMP_SECONDS * 1000 + STALE_INTERVALS * interval() + CLOCK_SKEW_MS;

  function computeState(): QueueState {
    if (offline()) return 'offline';
    if (!view.snapshot || view.confirmedAt === null) return view.failures > 0 ? 'error' : 'loading';
    const now = env.now();
    if (isEarlierServiceDay(view.snapshot, now)) return 'outdated';
    if (now - view.confirmedAt > confirmWindow() || snapshotAgeMs(view.snapshot, now) > maxSnapshotAge()) return 'stale';
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
  // Re-evaluates staleness exactly when it is due. An open stream alone confirms nothing: only its snapshots do.
  function scheduleTick(): void {
    clear(tickTimer);
    tickTimer = null;
    if (!running || hidden()) return;
    let delay = interval();
    if (view.confirmedAt !== null && view.snapshot) {
      const updated = Date.parse(view.snapshot.updatedAt);
      const staleAt = Math.min(view.confirmedAt + confirmWindow(), updated + maxSnapshotAge());
      const untilStale = staleAt - env.now() + 1;
      if (untilStale > 0) delay = Math.min(delay, untilStale);
    }
    tickTimer = env.setTimeout(() => {
      update();
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
      source.onopen = () => update();
      // Any error (dropped connection, CORS, 5xx) falls back to polling; the browser's own retry would hide it.
      source.onerror = () => streamFailed();
      source.addEventListener('snapshot', (event) => {
        if (stream !== source) return;
        const result = parseSnapshot(typeof event.data === 'string' ? safeJson(event.data) : undefined);
        if (!result.ok) return streamFailed();
        succeed(result.value);
      });
      update();
    } catch {
      stream = null;
      streamFailures += 1;
    }
  }

  // Polls again soon after each success; while streaming, only once the stream has been quiet too long.
  function succeed(snapshot: QueueSnapshot): void {
    update({ snapshot, confirmedAt: env.now(), fault: null, failures: 0 });
    if (!snapshot.mpp.open) closeStream();
    else openStream(snapshot);
    schedulePoll(stream ? STREAM_QUIET_MS : interval());
    scheduleTick();
  }

  function fail(fault: QueueFault, retryAfter?: number): void {
    if (fault !== 'offline' && stream) closeStream();
    const failures = view.failures + 1;
    update({ fault, failures });
    const delay = backoffDelay(failures, env.random, options.backoffBaseMs, options.backoffMaxMs);
    const wait = retryAfter ? Math.min(MAX_RETRY_AFTER_MS, Math.max(delay, retryAfter)) : delay;
    if (retryAfter) notBefore = env.now() + wait;
    schedulePoll(wait);
    scheduleTick();
  }

  async function request(signal: AbortSignal): Promise<Outcome> {
    if (!env.fetch) return { kind: 'fail', fault: 'network' };
    // No custom headers (a preflight per poll otherwise); 'no-cache' makes the HTTP cache
    // revalidate with the ETag itself. A redirect is an error: a loop would multiply every poll.
    const res = await env.fetch(options.url, {
      headers: { Accept: 'application/json' },
      signal,
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'error',
    });
    if (res.status === 304) return view.snapshot ? { kind: 'not-modified' } : { kind: 'fail', fault: 'http' };
    if (!res.ok) {
      res.body?.cancel().catch(() => {}); // an error page is never read
      return { kind: 'fail', fault: 'http', retryAfterMs: retryAfterMs(res.headers.get('Retry-After'), env.now()) };
    }
    const text = await readCapped(res, MAX_BODY_BYTES);
    if (text === null) return { kind: 'fail', fault: 'too-large' };
    if (text === lastBody && view.snapshot) return { kind: 'not-modified' };
    const json = safeJson(text);
    if (json === undefined) return { kind: 'fail', fault: 'malformed' };
    const parsed = parseSnapshot(json);
    if (!parsed.ok) return { kind: 'fail', fault: 'shape' };
    return { kind: 'ok', snapshot: parsed.value, body: text };
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
    lastAttemptAt = env.now();
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
    else if (outcome.kind === 'not-modified' && view.snapshot) succeed(view.snapshot);
    else if (outcome.kind === 'ok') {
      lastBody = outcome.body;
      succeed(outcome.snapshot);
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
    refresh() {
      const now = env.now();
      if (inflight || now - lastAttemptAt < MANUAL_RETRY_MS || now < notBefore) return false;
      void poll();
      return true;
    },
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
