// Retrying after failures: backoff with jitter, Retry-After, and throttled manual retries.
import { afterEach, describe, expect, it } from 'vitest';
import { backoffDelay, failureWaitMs, MANUAL_RETRY_MS, MAX_RETRY_AFTER_MS, retryAfterMs } from '../../src/lib/queue/retry.ts';
import { setup, stopPollers } from '../fixtures/queue-poller-env.ts';
import { RECOVERY_PROBE_MS } from '../../src/lib/queue/poller.ts';

afterEach(stopPollers);

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

describe('failureWaitMs', () => {
  it('waits the longer of backoff and Retry-After, but never past the maximum', () => {
    expect(failureWaitMs(3_000, undefined)).toBe(3_000);
    expect(failureWaitMs(3_000, 1_000)).toBe(3_000);
    expect(failureWaitMs(3_000, 600_000)).toBe(600_000);
    expect(failureWaitMs(3_000, 2 * MAX_RETRY_AFTER_MS)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe('poller retries', () => {
  it('retries with growing, jittered backoff after failures, capped at the recovery probe interval', async () => {
    const { timers, calls, poller } = setup([new TypeError('Failed to fetch')], {}, () => 0.5);
    poller.start();
    await timers.advance(200_000);
    const gaps = calls.slice(1).map((c, i) => c.at - (calls[i] as { at: number }).at);
    // Equal jitter with random 0.5: 0.75 × cap, caps 2 s, 4 s, 8 s, then the 15 s probe cap.
    expect(gaps.slice(0, 7)).toEqual([1500, 3000, 6000, 11_250, 11_250, 11_250, 11_250]);
  });

  it('keeps backoff delays inside their bounds for any random value', async () => {
    let r = 0;
    const randoms = [0, 0.99, 0.5, 0.1, 0.9, 0.3];
    const { timers, calls, poller } = setup([new Response('nope', { status: 500 })], {}, () => randoms[r++ % randoms.length] as number);
    poller.start();
    await timers.advance(300_000);
    const gaps = calls.slice(1).map((c, i) => c.at - (calls[i] as { at: number }).at);
    gaps.slice(0, 6).forEach((gap, i) => {
      const cap = Math.min(RECOVERY_PROBE_MS, 2000 * 2 ** i);
      expect(gap).toBeGreaterThanOrEqual(cap / 2);
      expect(gap).toBeLessThanOrEqual(cap);
    });
    expect(poller.getView()).toMatchObject({ state: 'error', fault: 'http' });
  });

  // A poller whose only answer is `status` with Retry-After `seconds`, just before that wait ends.
  async function justBeforeRetryAfter(status: number, seconds: number) {
    const limited = new Response('{}', { status, headers: { 'Retry-After': String(seconds) } });
    const env = setup([limited]);
    env.poller.start();
    await env.timers.advance(seconds * 1000 - 1);
    return env;
  }

  it('honours a long Retry-After (600 s) instead of cutting it to the backoff maximum', async () => {
    const { timers, calls, poller } = await justBeforeRetryAfter(503, 600);
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

  it('honours Retry-After on 429', async () => {
    const { timers, calls } = await justBeforeRetryAfter(429, 30);
    expect(calls).toHaveLength(1);
    await timers.advance(1);
    expect(calls).toHaveLength(2);
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
});
