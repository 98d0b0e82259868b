// The token bucket of the server kit (src/server/rate-limit.ts), as the queue server uses it
// for public reads, staff actions and online booking: a burst is served, then callers are
// told how many seconds to wait, the bucket refills with time, and keys stay bounded.
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/server/rate-limit.ts';

describe('createRateLimiter', () => {
  it('serves a burst per key, then answers the seconds to wait until a token is back', () => {
    let ms = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 }, () => ms);
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1'))).toEqual([0, 0, 0]);
    expect(limiter.take('10.0.0.1')).toBe(1);
    // Another address has its own bucket.
    expect(limiter.take('10.0.0.2')).toBe(0);
    ms += 500;
    expect(limiter.take('10.0.0.1')).toBe(0);
    expect(limiter.take('10.0.0.1')).toBe(1);
  });

  it('never refills beyond the burst, and a null limit lets everything through', () => {
    let ms = 0;
    const limiter = createRateLimiter({ perSecond: 1, burst: 2 }, () => ms);
    ms += 60_000;
    expect([1, 2, 3].map(() => limiter.take('k'))).toEqual([0, 0, 1]);
    const open = createRateLimiter(null, () => ms);
    expect(Array.from({ length: 100 }, () => open.take('k')).every((wait) => wait === 0)).toBe(true);
  });

  it('keeps the number of tracked keys bounded under a scan from many addresses', () => {
    const limiter = createRateLimiter({ perSecond: 1, burst: 5 }, () => 0);
    for (let i = 0; i < 60_000; i++) limiter.take(`addr-${i}`);
    expect(limiter.size()).toBeLessThanOrEqual(50_000);
  });
});
