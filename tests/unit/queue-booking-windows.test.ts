// Booking windows are cut from the same reading of opening hours as the portal's "open now":
// a broken interval is skipped, and overlapping intervals (two editors adding the same
// afternoon) give each window once, not twice.
import { describe, expect, it } from 'vitest';
import { windowsOf, windowText } from '../../src/queue-server/booking/rules.ts';
import { normalizeConfig } from '../../src/queue-server/config.ts';

const week = (senin: { mulai: string; selesai: string }[]) => ({
  senin,
  selasa: [],
  rabu: [],
  kamis: [],
  jumat: [],
  sabtu: [],
  minggu: [],
});

function windows(senin: { mulai: string; selesai: string }[]) {
  const config = normalizeConfig({
    timeZone: 'Asia/Jakarta',
    gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 1, dailyQuota: 20 }],
    hours: { weekly: week(senin), rules: [] },
    booking: { onlineQuota: { dukcapil: 5 }, windowMinutes: 60 },
  });
  // 10 March 2025 is a Monday.
  return windowsOf(config, config.gerai[0] as (typeof config.gerai)[number], '2025-03-10').map(windowText);
}

describe('booking windows from opening hours', () => {
  it('offers each hour once when two intervals overlap', () => {
    expect(
      windows([
        { mulai: '08.00', selesai: '11.00' },
        { mulai: '10.00', selesai: '12.00' },
      ]),
    ).toEqual(['08.00–09.00', '09.00–10.00', '10.00–11.00', '11.00–12.00']);
  });

  it('skips an interval that ends before it starts and keeps the valid ones', () => {
    expect(
      windows([
        { mulai: '13.00', selesai: '12.00' },
        { mulai: '08.00', selesai: '10.00' },
      ]),
    ).toEqual(['08.00–09.00', '09.00–10.00']);
  });
});
