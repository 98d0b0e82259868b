// When the queue poller tries again after a failure: exponential backoff with jitter, and
// the server's Retry-After honoured up to a limit.

/** Retry-After is honoured up to this long; a longer value is treated as this. */
export const MAX_RETRY_AFTER_MS = 30 * 60_000;
/** A manual retry ("Coba lagi") is ignored within this long of the previous attempt. */
export const MANUAL_RETRY_MS = 5_000;

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

/** The wait after a failure: the backoff delay, or a longer Retry-After up to MAX_RETRY_AFTER_MS. */
export function failureWaitMs(backoffMs: number, retryAfter: number | undefined): number {
  return retryAfter ? Math.min(MAX_RETRY_AFTER_MS, Math.max(backoffMs, retryAfter)) : backoffMs;
}
