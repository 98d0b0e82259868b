import { describe, expect, it } from 'vitest';
import { averageServiceMinutes, estimateWaitMinutes, quotaLeft, rollingAverage } from '../../src/lib/queue/estimate.ts';

describe('estimateWaitMinutes', () => {
  it('divides the work ahead over the staffed counters, rounding up', () => {
    expect(estimateWaitMinutes(12, 3, 8)).toBe(32);
    expect(estimateWaitMinutes(5, 2, 7)).toBe(18); // 17.5 → 18
    expect(estimateWaitMinutes(1, 4, 10)).toBe(3); // 2.5 → 3
  });

  it('is zero with nobody waiting and unknown without counters or average', () => {
    expect(estimateWaitMinutes(0, 2, 10)).toBe(0);
    expect(estimateWaitMinutes(5, 0, 10)).toBeNull();
    expect(estimateWaitMinutes(5, 2, null)).toBeNull();
    expect(estimateWaitMinutes(5, 2, Number.NaN)).toBeNull();
    expect(estimateWaitMinutes(5, 2, -1)).toBeNull();
  });

  it('ignores fractional counters', () => {
    expect(estimateWaitMinutes(4, 2.9, 10)).toBe(20);
  });
});

describe('averageServiceMinutes', () => {
  it('averages the most recent window, one decimal', () => {
    expect(averageServiceMinutes([4, 6, 8])).toBe(6);
    expect(averageServiceMinutes([100, 1, 2, 3], { window: 3 })).toBe(2);
    expect(averageServiceMinutes([1, 2])).toBe(1.5);
    expect(averageServiceMinutes([1, 1, 2])).toBe(1.3);
  });

  it('drops implausible samples and falls back when nothing is left', () => {
    expect(averageServiceMinutes([5, 600, -3, Number.POSITIVE_INFINITY])).toBe(5);
    expect(averageServiceMinutes([], { fallback: 10 })).toBe(10);
    expect(averageServiceMinutes([999], { fallback: 7 })).toBe(7);
    expect(averageServiceMinutes([])).toBeNull();
  });
});

describe('rollingAverage', () => {
  it('starts at the first sample and moves a fraction towards each new one', () => {
    expect(rollingAverage(null, 10)).toBe(10);
    expect(rollingAverage(10, 20, 0.25)).toBe(12.5);
    expect(rollingAverage(10, 20, 5)).toBe(20); // weight clamped to 1
  });
});

describe('quotaLeft', () => {
  it('never goes below zero and is null without a quota', () => {
    expect(quotaLeft(100, 57)).toBe(43);
    expect(quotaLeft(3, 5)).toBe(0);
    expect(quotaLeft(null, 5)).toBeNull();
  });
});
