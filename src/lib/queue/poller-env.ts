// The surroundings the queue poller touches, injectable so tests run without a clock,
// network or DOM.
import { clockNow } from '../demo-clock.ts';
import type { EventSourceLike } from './stream.ts';

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

/** The browser's own clock (shifted in demo builds only), timers, fetch, DOM and EventSource, where they exist. */
export function defaultEnv(): PollerEnv {
  const g = globalThis as typeof globalThis & { EventSource?: unknown };
  return {
    fetch: typeof g.fetch === 'function' ? g.fetch.bind(g) : undefined,
    now: clockNow,
    random: () => Math.random(),
    setTimeout: (fn, ms) => g.setTimeout(fn, ms),
    clearTimeout: (handle) => g.clearTimeout(handle as ReturnType<typeof setTimeout>),
    document: typeof document === 'undefined' ? undefined : document,
    navigator: typeof navigator === 'undefined' ? undefined : navigator,
    window: typeof window === 'undefined' ? undefined : window,
    EventSource: typeof g.EventSource === 'function' ? (g.EventSource as PollerEnv['EventSource']) : undefined,
  };
}
