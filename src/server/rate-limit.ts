// Token buckets keyed by client address (public reads) or device (staff actions). Kept in
// memory: a restart forgiving a burst is harmless, and a shared store would be overkill
// for one MPP. The map is pruned so a scan from many addresses cannot grow it unbounded.
// Used by the queue server (public reads, staff actions, online booking). The editors' room
// has no per-request limit of this kind: its login throttle (admin-server/accounts/throttle.ts)
// counts failures in SQLite instead, so an attack outlives a restart.

/** A token bucket: refills `perSecond` tokens a second, holds at most `burst`. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

const MAX_KEYS = 50_000;

/** Creates a limiter; `take(key)` returns 0 when allowed, else seconds to wait. */
export function createRateLimiter(limit: RateLimit | null, now: () => number = () => performance.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();

  function prune(t: number): void {
    const idleMs = (limit ? limit.burst / limit.perSecond : 0) * 1000;
    for (const [key, b] of buckets) if (t - b.at > idleMs) buckets.delete(key);
    // Still too many live keys: drop the oldest (Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size <= MAX_KEYS / 2) break;
      buckets.delete(key);
    }
  }

  return {
    take(key: string): number {
      if (!limit) return 0;
      const t = now();
      if (buckets.size >= MAX_KEYS) prune(t);
      const b = buckets.get(key) ?? { tokens: limit.burst, at: t };
      b.tokens = Math.min(limit.burst, b.tokens + ((t - b.at) / 1000) * limit.perSecond);
      b.at = t;
      buckets.delete(key);
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / limit.perSecond));
    },
    size: () => buckets.size,
  };
}
