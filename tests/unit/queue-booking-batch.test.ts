// Group commit of bookings: requests arriving together run as one batch (one transaction,
// one fsync) in arrival order, and each gets its own result or refusal.
import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../src/queue-server/booking/batch.ts';

describe('booking group commit', () => {
  it('runs bookings of the same turn as one batch, in order, refusing only the ones that fail', async () => {
    const batches: number[][] = [];
    const enqueue = createBatcher((items: number[]) => {
      batches.push(items);
      return items.map((n) => (n % 3 === 0 ? new Error(`ditolak ${n}`) : n * 10));
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map(enqueue));
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'ditolak 3', 40]);
    // The next turn is a new batch.
    expect(await enqueue(5)).toBe(50);
    expect(batches).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('refuses the whole batch when its transaction fails, so nobody is told "booked" without a commit', async () => {
    const enqueue = createBatcher((_items: number[]): number[] => {
      throw new Error('disk penuh');
    });
    const results = await Promise.allSettled([enqueue(1), enqueue(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
