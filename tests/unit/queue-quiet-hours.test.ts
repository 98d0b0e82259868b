// The usual quiet hours come from the queue's own history: the quietest stretch of open
// hours over consecutive weekdays, never hours when the gerai is closed, and nothing at all
// without enough history or when no stretch is clearly quieter.
import { describe, expect, it } from 'vitest';
import { type HourCount, quietHours, quietSpanText } from '../../src/lib/queue/quiet-hours.ts';

/** Weekdays of four weeks from Monday 3 February 2025, 08.00–15.00, `tickets(weekday, hour)` per hour. */
function history(tickets: (weekday: number, hour: number) => number, weeks = 4): HourCount[] {
  const out: HourCount[] = [];
  for (let d = 0; d < weeks * 7; d++) {
    const date = new Date(Date.UTC(2025, 1, 3 + d));
    const weekday = (date.getUTCDay() + 6) % 7;
    if (weekday > 4) continue;
    for (let hour = 8; hour < 15; hour++) out.push({ day: date.toISOString().slice(0, 10), hour, tickets: tickets(weekday, hour) });
  }
  return out;
}

describe('quiet hours', () => {
  it('finds the quiet afternoons of Tuesday to Thursday', () => {
    const quiet = quietHours(history((w, h) => (w >= 1 && w <= 3 && h >= 13 ? 2 : 12)));
    expect(quiet).toEqual({ days: ['selasa', 'rabu', 'kamis'], start: '13.00', end: '15.00' });
    expect(quietSpanText(quiet as NonNullable<typeof quiet>)).toBe('Selasa–Kamis 13.00–15.00');
  });

  it('never calls hours without tickets quiet: closed hours and closed days are not offered', () => {
    // Friday closes at 11.00 (no tickets after); the only quieter stretch is Monday 08.00–10.00.
    const quiet = quietHours(history((w, h) => (w === 4 && h >= 11 ? 0 : w === 0 && h < 10 ? 3 : 12)));
    expect(quiet).toEqual({ days: ['senin'], start: '08.00', end: '10.00' });
  });

  it('says nothing without enough history or without a clearly quieter stretch', () => {
    const busyAfternoons = (_w: number, h: number) => (h >= 13 ? 2 : 12);
    expect(quietHours(history(busyAfternoons, 1))).toBeNull();
    expect(quietHours([])).toBeNull();
    expect(quietHours(history(() => 10))).toBeNull();
    expect(quietHours(history((_w, h) => (h === 9 ? 9 : 10)))).toBeNull();
  });
});
