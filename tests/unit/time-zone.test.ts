import { describe, expect, it } from 'vitest';
import { zonedNow, zonedNowFromDatabase } from '../../src/lib/time-zone.ts';

describe('zonedNow', () => {
  it('reads the wall clock of the MPP zone, not of the device', () => {
    // 17.30 UTC on Sunday is 00.30 on Monday in WIB.
    const instant = new Date(Date.UTC(2026, 8, 6, 17, 30));
    expect(zonedNow(instant, 'Asia/Jakarta')).toEqual({ date: '2026-09-07', minutes: 30, day: 'senin' });
    expect(zonedNow(instant, 'Asia/Jayapura')).toEqual({ date: '2026-09-07', minutes: 150, day: 'senin' });
  });

  it('gives the Indonesian zones exactly what the time-zone database gives, without asking it', () => {
    // The fast path for WIB, WITA and WIT must agree with Intl at every instant, including
    // the minutes around midnight, year ends and leap days, and before 1989 (Intl's turn).
    const instants = [
      Date.UTC(1970, 0, 1),
      Date.UTC(1988, 0, 1),
      Date.UTC(2024, 1, 28, 16, 59),
      Date.UTC(2024, 1, 28, 17, 0),
      Date.UTC(2026, 11, 31, 15, 0),
    ];
    for (let ms = Date.UTC(1989, 0, 1); ms < Date.UTC(2060, 0, 1); ms += 7_777_777_777) instants.push(ms, ms + 61_000);
    for (const timeZone of ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Ujung_Pandang', 'Asia/Jayapura']) {
      for (const ms of instants) {
        expect(zonedNow(new Date(ms), timeZone), `${timeZone} ${new Date(ms).toISOString()}`).toEqual(
          zonedNowFromDatabase(new Date(ms), timeZone),
        );
      }
    }
  });
});
