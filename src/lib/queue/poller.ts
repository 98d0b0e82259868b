// Framework-free engine that keeps a queue snapshot fresh in the browser. Everything that
// can go wrong on a resident's phone (no signal, CORS refusal, a slow or broken server, a
// proxy's HTML error page) ends up as a state the UI can word calmly; nothing is thrown.
// Time, randomness, timers, fetch and the DOM are injectable (poller-env.ts) so tests run
// without a clock. This module schedules; the pieces it schedules live beside it:
// fetch-snapshot.ts (one request), stream.ts (the event stream), freshness.ts (live or
// stale), retry.ts (backoff and Retry-After).
import type { QueueSnapshot } from './contract.ts';
import { type FetchOutcome, fetchSnapshot, type QueueFault } from './fetch-snapshot.ts';
import { type FreshnessFacts, msUntilStale, type QueueState, queueState, STALE_INTERVALS } from './freshness.ts';
import { defaultEnv, type PollerEnv } from './poller-env.ts';
import { backoffDelay, failureWaitMs, MANUAL_RETRY_MS } from './retry.ts';
import { createStreamLink, STREAM_QUIET_MS } from './stream.ts';

/** What the UI renders: the state, the last good snapshot and when it was last confirmed. */
export interface QueueView {
  state: QueueState;
  snapshot: QueueSnapshot | null;
  confirmedAt: number | null; // client-clock ms of the last 200, 304, stream event or open-stream check
  fault: QueueFault | null; // cause of the latest failure; null after a success
  failures: number; // consecutive failed attempts
  transport: 'poll' | 'stream';
  /** The server's clock minus the phone's (from answers' Date headers); ages and days are judged on the server's time. */
  clockOffsetMs: number;
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
/**
 * Without a Retry-After, a failing poller still probes at least this often, so numbers come
 * back within seconds of the API answering again rather than after a long backoff. An
 * overloaded server slows everyone down with Retry-After, which is always honoured; a probe
 * is a conditional GET, and failing pollers probe no more often than healthy ones poll.
 */
export const RECOVERY_PROBE_MS = 15_000;

/** Creates a poller; call start() to begin. Never throws to its caller or through onChange. */
export function createQueuePoller(options: PollerOptions): QueuePoller {
  const env: PollerEnv = { ...defaultEnv(), ...options.env };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const closedIntervalMs = options.closedIntervalMs ?? 60_000;
  let view: QueueView = {
    state: 'loading',
    snapshot: null,
    confirmedAt: null,
    fault: null,
    failures: 0,
    transport: 'poll',
    clockOffsetMs: 0,
  };
  let lastBody: string | null = null;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  let notBefore = Number.NEGATIVE_INFINITY; // from Retry-After: manual retries wait too
  let running = false;
  let pollTimer: unknown = null;
  let tickTimer: unknown = null;
  let inflight: AbortController | null = null;
  let previous: QueueView = view;

  const hidden = () => env.document?.hidden === true;
  const offline = () => env.navigator?.onLine === false;
  const baseInterval = () => options.intervalMs ?? Math.min(300_000, Math.max(5_000, (view.snapshot?.refreshSeconds ?? 15) * 1000));
  const interval = () => (view.snapshot && !view.snapshot.mpp.open ? Math.max(baseInterval(), closedIntervalMs) : baseInterval());
  // Capped at the recovery probe (still jittered, so phones do not all probe at once).
  const backoff = (failures: number) =>
    backoffDelay(failures, env.random, options.backoffBaseMs, Math.min(options.backoffMaxMs ?? RECOVERY_PROBE_MS, RECOVERY_PROBE_MS));

  const stream = createStreamLink({
    EventSource: env.EventSource,
    baseUrl: options.url,
    onChange: () => update(),
    onSnapshot: (snapshot) => succeed(snapshot),
    onFailure: () => {
      update();
      schedulePoll(backoff(1)); // poll again soon
    },
  });

  // A confirmation (answer or stream event) is due within this long; streams are quiet up to STREAM_QUIET_MS.
  const freshness = (): FreshnessFacts => ({
    offline: offline(),
    snapshot: view.snapshot,
    confirmedAt: view.confirmedAt,
    failures: view.failures,
    now: env.now(),
    confirmWindowMs: stream.active ? STREAM_QUIET_MS + timeoutMs : STALE_INTERVALS * interval(),
    intervalMs: interval(),
    clockOffsetMs: view.clockOffsetMs,
  });

  function update(patch: Partial<QueueView> = {}): void {
    const next: QueueView = { ...view, ...patch, transport: stream.active ? 'stream' : 'poll' };
    view = next;
    view.state = queueState(freshness());
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
    const untilStale = msUntilStale(freshness());
    if (untilStale !== undefined && untilStale > 0) delay = Math.min(delay, untilStale);
    tickTimer = env.setTimeout(() => {
      update();
      scheduleTick();
    }, delay);
  }

  // Polls again soon after each success; while streaming, only once the stream has been quiet too long.
  function succeed(snapshot: QueueSnapshot): void {
    update({ snapshot, confirmedAt: env.now(), fault: null, failures: 0 });
    if (!snapshot.mpp.open) stream.close();
    else stream.open(snapshot, options.useStream !== false && !hidden() && !offline());
    schedulePoll(stream.active ? STREAM_QUIET_MS : interval());
    scheduleTick();
  }

  function fail(fault: QueueFault, retryAfter?: number): void {
    if (fault !== 'offline' && stream.active) stream.close();
    const failures = view.failures + 1;
    update({ fault, failures });
    const wait = failureWaitMs(backoff(failures), retryAfter);
    if (retryAfter) notBefore = env.now() + wait;
    schedulePoll(wait);
    scheduleTick();
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
    let outcome: FetchOutcome;
    try {
      outcome = await fetchSnapshot({
        fetch: env.fetch,
        url: options.url,
        signal: controller.signal,
        now: env.now,
        hasSnapshot: () => view.snapshot !== null,
        lastBody,
      });
    } catch {
      outcome = { kind: 'fail', fault: controller.signal.reason === 'timeout' ? 'timeout' : offline() ? 'offline' : 'network' };
    } finally {
      env.clearTimeout(timer);
      if (inflight === controller) inflight = null;
    }
    // Aborted by stop(): the caller has moved on.
    if (!running || (controller.signal.aborted && controller.signal.reason !== 'timeout')) return;
    // The Date header counts whole seconds: smaller moves are noise, not a clock that changed.
    const offset = outcome.clockOffsetMs;
    if (offset !== undefined && Math.abs(offset - view.clockOffsetMs) >= 1_000) view = { ...view, clockOffsetMs: Math.round(offset) };
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
      stream.close();
      update();
    } else {
      update();
      scheduleTick();
      void poll();
    }
  };
  const onOnline = () => void poll();
  function onOffline(): void {
    stream.close();
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
      stream.close();
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
