import { describe, expect, it } from 'vitest';
import {
  type DateRule,
  dayHours,
  type HoursConfig,
  hoursForGerai,
  intervalProblems,
  openStatus,
  parseTime,
  statusText,
  summarizeWeek,
  upcomingRules,
  type WeeklySchedule,
} from '../../src/lib/hours.ts';

// Instants are built from UTC so the device timezone never matters.
// `local(offset, ...)` is a wall-clock time in a zone that is UTC+offset.
const local = (offset: number, y: number, m: number, d: number, h: number, min = 0) => new Date(Date.UTC(y, m - 1, d, h - offset, min));
const wib = (y: number, m: number, d: number, h: number, min = 0) => local(7, y, m, d, h, min);

const weekday = [{ mulai: '08.00', selesai: '15.00' }];
const WEEKLY: WeeklySchedule = {
  senin: weekday,
  selasa: weekday,
  rabu: weekday,
  kamis: weekday,
  jumat: [
    { mulai: '08.00', selesai: '11.30' },
    { mulai: '13.00', selesai: '15.00' },
  ],
  sabtu: [],
  minggu: [],
};

const rule = (overrides: Partial<DateRule> & Pick<DateRule, 'name' | 'start'>): DateRule => ({
  end: null,
  kind: 'tutup',
  intervals: [],
  gerai: [],
  ...overrides,
});

const mpp = (rules: DateRule[] = [], timeZone = 'Asia/Jakarta'): HoursConfig => ({ timeZone, weekly: WEEKLY, rules });

const textAt = (config: HoursConfig, now: Date) => statusText(openStatus(config, now), config, now);

// Reference week: Monday 7 September 2026 to Sunday 13 September 2026.
describe('parseTime', () => {
  it('reads both separators and rejects nonsense', () => {
    expect(parseTime('08.00')).toBe(480);
    expect(parseTime('8:30')).toBe(510);
    expect(parseTime('24.00')).toBe(1440);
    expect(() => parseTime('24.30')).toThrow();
    expect(() => parseTime('12.60')).toThrow();
    expect(() => parseTime('pagi')).toThrow();
  });
});

describe('openStatus on a normal week (WIB)', () => {
  const config = mpp();

  it('is open mid-morning on a weekday', () => {
    const now = wib(2026, 9, 8, 10, 15);
    expect(openStatus(config, now)).toEqual({ open: true, closesAt: { date: '2026-09-08', time: '15.00' } });
    expect(textAt(config, now)).toBe('Buka sekarang, tutup pukul 15.00 WIB');
  });

  it('is closed at 07.59 and open at 08.00', () => {
    const before = wib(2026, 9, 8, 7, 59);
    expect(openStatus(config, before).open).toBe(false);
    expect(textAt(config, before)).toBe('Tutup, buka hari ini pukul 08.00 WIB');
    expect(openStatus(config, wib(2026, 9, 8, 8, 0)).open).toBe(true);
  });

  it('is closed exactly at 15.00 and opens the next morning', () => {
    expect(openStatus(config, wib(2026, 9, 8, 14, 59)).open).toBe(true);
    const closing = wib(2026, 9, 8, 15, 0);
    expect(openStatus(config, closing)).toEqual({
      open: false,
      opensAt: { date: '2026-09-09', time: '08.00', day: 'rabu' },
    });
    expect(textAt(config, closing)).toBe('Tutup, buka besok pukul 08.00 WIB');
  });

  it('is closed during the Friday break and opens again the same day', () => {
    const now = wib(2026, 9, 11, 11, 45);
    expect(openStatus(config, now)).toEqual({
      open: false,
      opensAt: { date: '2026-09-11', time: '13.00', day: 'jumat' },
    });
    expect(textAt(config, now)).toBe('Tutup, buka lagi pukul 13.00 WIB');
    expect(textAt(config, wib(2026, 9, 11, 11, 29))).toBe('Buka sekarang, tutup pukul 11.30 WIB');
    expect(textAt(config, wib(2026, 9, 11, 13, 0))).toBe('Buka sekarang, tutup pukul 15.00 WIB');
  });

  it('on Saturday afternoon points to Monday morning', () => {
    const now = wib(2026, 9, 12, 14, 0);
    expect(openStatus(config, now)).toEqual({
      open: false,
      opensAt: { date: '2026-09-14', time: '08.00', day: 'senin' },
    });
    expect(textAt(config, now)).toBe('Tutup, buka Senin pukul 08.00 WIB');
  });

  it('handles the midnight edge between Sunday and Monday', () => {
    expect(textAt(config, wib(2026, 9, 13, 23, 59))).toBe('Tutup, buka besok pukul 08.00 WIB');
    const midnight = wib(2026, 9, 14, 0, 0);
    expect(openStatus(config, midnight)).toEqual({
      open: false,
      opensAt: { date: '2026-09-14', time: '08.00', day: 'senin' },
    });
    expect(textAt(config, midnight)).toBe('Tutup, buka hari ini pukul 08.00 WIB');
  });
});

describe('intervals that reach midnight', () => {
  const late: HoursConfig = {
    timeZone: 'Asia/Jakarta',
    weekly: {
      ...WEEKLY,
      kamis: [{ mulai: '16.00', selesai: '24.00' }],
      sabtu: [{ mulai: '20.00', selesai: '24.00' }],
      minggu: [{ mulai: '00.00', selesai: '02.00' }],
    },
    rules: [],
  };

  it("is open at 23.59 until '24.00' and closed at 00.00", () => {
    const now = wib(2026, 9, 10, 23, 59);
    expect(openStatus(late, now)).toEqual({ open: true, closesAt: { date: '2026-09-10', time: '24.00' } });
    expect(textAt(late, now)).toBe('Buka sekarang, tutup pukul 24.00 WIB');
    const next = wib(2026, 9, 11, 0, 0);
    expect(openStatus(late, next).open).toBe(false);
    expect(textAt(late, next)).toBe('Tutup, buka hari ini pukul 08.00 WIB');
  });

  it("follows '24.00' into a day that opens at '00.00'", () => {
    const now = wib(2026, 9, 12, 23, 0);
    expect(openStatus(late, now)).toEqual({ open: true, closesAt: { date: '2026-09-13', time: '02.00' } });
    expect(textAt(late, now)).toBe('Buka sekarang, tutup besok pukul 02.00 WIB');
    expect(textAt(late, wib(2026, 9, 13, 0, 0))).toBe('Buka sekarang, tutup pukul 02.00 WIB');
  });
});

describe('holidays and special hours', () => {
  const natal = rule({ name: 'Hari Raya Natal', start: '2026-12-24', end: '2026-12-26' });
  const ramadan = rule({
    name: 'Ramadan 1448 H',
    start: '2027-02-08',
    end: '2027-03-09',
    kind: 'jam-khusus',
    intervals: [{ mulai: '08.00', selesai: '14.00' }],
  });

  it('a closure running into the weekend points past it, naming the holiday', () => {
    const config = mpp([natal]);
    // Thursday 24 December 2026, a normal working hour.
    const now = wib(2026, 12, 24, 10, 0);
    const status = openStatus(config, now);
    expect(status).toEqual({
      open: false,
      opensAt: { date: '2026-12-28', time: '08.00', day: 'senin' },
      rule: natal,
    });
    expect(statusText(status, config, now)).toBe('Tutup (Hari Raya Natal), buka Senin pukul 08.00 WIB');
    // The day before the holiday closes the normal way and skips the holiday.
    expect(textAt(config, wib(2026, 12, 23, 16, 0))).toBe('Tutup, buka Senin pukul 08.00 WIB');
  });

  it('names a full date when the next opening is more than a week away', () => {
    const config = mpp([rule({ name: 'Libur akhir tahun', start: '2026-12-24', end: '2027-01-03' })]);
    expect(textAt(config, wib(2026, 12, 24, 9, 0))).toBe('Tutup (Libur akhir tahun), buka 4 Januari 2027 pukul 08.00 WIB');
  });

  it('uses the special hours on a Ramadan day', () => {
    const config = mpp([ramadan]);
    const open = wib(2027, 2, 15, 13, 30);
    expect(openStatus(config, open)).toEqual({
      open: true,
      closesAt: { date: '2027-02-15', time: '14.00' },
      rule: ramadan,
    });
    expect(textAt(config, open)).toBe('Buka sekarang (jam khusus Ramadan 1448 H), tutup pukul 14.00 WIB');
    const closed = wib(2027, 2, 15, 14, 30);
    expect(openStatus(config, closed).open).toBe(false);
    expect(textAt(config, closed)).toBe('Tutup, buka besok pukul 08.00 WIB');
    // Special hours replace the Friday break too.
    expect(openStatus(config, wib(2027, 2, 19, 12, 0)).open).toBe(true);
  });

  it('keeps weekends closed inside a month of special hours', () => {
    const config = mpp([ramadan]);
    // Saturday 13 February 2027, inside the Ramadan range.
    expect(dayHours(config, '2027-02-13').intervals).toEqual([]);
    const saturday = wib(2027, 2, 13, 10, 0);
    expect(openStatus(config, saturday).open).toBe(false);
    expect(textAt(config, saturday)).toBe('Tutup, buka Senin pukul 08.00 WIB');
  });

  it('returns no next opening when none falls within the search window', () => {
    const config = mpp([rule({ name: 'Renovasi gedung', start: '2026-09-01', end: '2027-06-30' })]);
    const now = wib(2026, 9, 8, 10, 0);
    expect(openStatus(config, now)).toMatchObject({ open: false, opensAt: null });
    expect(textAt(config, now)).toBe('Tutup (Renovasi gedung)');
  });
});

describe('gerai hours', () => {
  const maintenance = rule({ name: 'Pemeliharaan sistem SIAK', start: '2026-09-08', gerai: ['dukcapil'] });
  const config = mpp([maintenance]);
  const tuesday = wib(2026, 9, 8, 10, 0);

  it('applies a gerai-specific rule to that gerai only', () => {
    expect(openStatus(config, tuesday).open).toBe(true);
    expect(openStatus(hoursForGerai(config, 'bpjs-kesehatan'), tuesday).open).toBe(true);
    const dukcapil = hoursForGerai(config, 'dukcapil');
    expect(openStatus(dukcapil, tuesday)).toEqual({
      open: false,
      opensAt: { date: '2026-09-09', time: '08.00', day: 'rabu' },
      rule: maintenance,
    });
    expect(textAt(dukcapil, tuesday)).toBe('Tutup (Pemeliharaan sistem SIAK), buka besok pukul 08.00 WIB');
  });

  it('uses a gerai’s own weekly hours and still honours MPP-wide closures', () => {
    const own: WeeklySchedule = { ...WEEKLY, sabtu: [{ mulai: '08.00', selesai: '12.00' }] };
    const saturday = wib(2026, 9, 12, 10, 0);
    expect(openStatus(config, saturday).open).toBe(false);
    const samsat = hoursForGerai(config, 'samsat', own);
    expect(textAt(samsat, saturday)).toBe('Buka sekarang, tutup pukul 12.00 WIB');
    const withHoliday = hoursForGerai(mpp([rule({ name: 'Cuti bersama', start: '2026-09-12' })]), 'samsat', own);
    expect(openStatus(withHoliday, saturday).open).toBe(false);
  });

  it('lets a gerai rule beat a whole-MPP rule, and a closure beat special hours at the same scope', () => {
    const mppClosed = rule({ name: 'Libur nasional', start: '2026-09-08' });
    const mppShort = rule({
      name: 'Jam pendek',
      start: '2026-09-08',
      kind: 'jam-khusus',
      intervals: [{ mulai: '08.00', selesai: '12.00' }],
    });
    const dukcapilExtra = rule({
      name: 'Layanan KTP-el jemput bola',
      start: '2026-09-08',
      kind: 'jam-khusus',
      intervals: [{ mulai: '09.00', selesai: '13.00' }],
      gerai: ['dukcapil'],
    });
    const rules = [mppShort, dukcapilExtra, mppClosed];
    expect(dayHours(mpp(rules), '2026-09-08')).toEqual({ intervals: [], rule: mppClosed });
    expect(dayHours(hoursForGerai(mpp(rules), 'dukcapil'), '2026-09-08')).toEqual({
      intervals: dukcapilExtra.intervals,
      rule: dukcapilExtra,
    });
    expect(dayHours(mpp(rules), '2026-09-09')).toEqual({ intervals: weekday });
  });
});

describe('timezones other than WIB', () => {
  it('evaluates an MPP in WITA in its own zone', () => {
    const config = mpp([], 'Asia/Makassar');
    // 00.30 UTC on Monday: 08.30 WITA (open) although it is still 07.30 in WIB.
    const now = new Date(Date.UTC(2026, 8, 7, 0, 30));
    expect(textAt(config, now)).toBe('Buka sekarang, tutup pukul 15.00 WITA');
    expect(openStatus(mpp(), now).open).toBe(false);
  });

  it('evaluates an MPP in WIT across the UTC date line', () => {
    const config = mpp([], 'Asia/Jayapura');
    // 23.30 UTC on Sunday is already 08.30 on Monday in WIT.
    const monday = new Date(Date.UTC(2026, 8, 6, 23, 30));
    expect(openStatus(config, monday)).toEqual({ open: true, closesAt: { date: '2026-09-07', time: '15.00' } });
    // 06.00 UTC on Monday: 15.00 WIT (closed) but 13.00 WIB (open).
    const afternoon = local(9, 2026, 9, 7, 15, 0);
    expect(textAt(config, afternoon)).toBe('Tutup, buka besok pukul 08.00 WIT');
    expect(openStatus(mpp(), afternoon).open).toBe(true);
  });

  it('gives the same answer whatever the device timezone is', () => {
    const config = mpp([], 'Asia/Makassar');
    const now = new Date(Date.UTC(2026, 8, 11, 3, 45)); // Friday 11.45 WITA
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const fromLosAngeles = textAt(config, now);
      process.env.TZ = 'Pacific/Kiritimati';
      const fromKiritimati = textAt(config, now);
      expect(fromLosAngeles).toBe('Tutup, buka lagi pukul 13.00 WITA');
      expect(fromKiritimati).toBe(fromLosAngeles);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('upcomingRules', () => {
  const ended = rule({ name: 'Sudah lewat', start: '2026-09-01', end: '2026-09-07' });
  const ongoing = rule({ name: 'Sedang berlangsung', start: '2026-09-05', end: '2026-09-10' });
  const later = rule({ name: 'Maulid Nabi', start: '2026-10-20' });
  const soon = rule({ name: 'Pemeliharaan', start: '2026-09-15', gerai: ['dukcapil'] });
  const tooFar = rule({ name: 'Natal', start: '2026-12-25' });
  const config = mpp([later, ended, tooFar, ongoing, soon]);
  const now = wib(2026, 9, 8, 0, 5);

  it('keeps rules not yet ended that start within the window, sorted by start', () => {
    expect(upcomingRules(config, now).map((r) => r.name)).toEqual(['Sedang berlangsung', 'Pemeliharaan', 'Maulid Nabi']);
  });

  it('honours a shorter window and gerai scoping', () => {
    expect(upcomingRules(config, now, 14).map((r) => r.name)).toEqual(['Sedang berlangsung', 'Pemeliharaan']);
    const samsat = hoursForGerai(config, 'samsat');
    expect(upcomingRules(samsat, now).map((r) => r.name)).toEqual(['Sedang berlangsung', 'Maulid Nabi']);
  });

  it('keeps a single-day rule on its own day, in the MPP zone', () => {
    const today = rule({ name: 'Hari ini', start: '2026-09-08' });
    // 17.30 UTC on 7 September is already 8 September in WIB.
    expect(upcomingRules(mpp([today]), new Date(Date.UTC(2026, 8, 7, 17, 30)))).toEqual([today]);
    expect(upcomingRules(mpp([today]), wib(2026, 9, 9, 0, 0))).toEqual([]);
  });
});

describe('summarizeWeek', () => {
  it('groups consecutive days with identical hours', () => {
    expect(summarizeWeek(WEEKLY)).toEqual([
      { days: ['senin', 'selasa', 'rabu', 'kamis'], intervals: weekday },
      { days: ['jumat'], intervals: WEEKLY.jumat },
      { days: ['sabtu', 'minggu'], intervals: [] },
    ]);
  });

  it('does not join equal days that are not consecutive, and ignores time notation', () => {
    const weekly: WeeklySchedule = {
      ...WEEKLY,
      selasa: [{ mulai: '8:00', selesai: '15.00' }],
      rabu: [{ mulai: '08.00', selesai: '12.00' }],
    };
    expect(summarizeWeek(weekly).map((g) => g.days)).toEqual([['senin', 'selasa'], ['rabu'], ['kamis'], ['jumat'], ['sabtu', 'minggu']]);
  });
});

describe('intervalProblems', () => {
  it('accepts a valid day, including touching intervals and a 24.00 end', () => {
    expect(intervalProblems(WEEKLY.jumat)).toEqual([]);
    expect(
      intervalProblems([
        { mulai: '08.00', selesai: '12.00' },
        { mulai: '12.00', selesai: '24.00' },
      ]),
    ).toEqual([]);
  });

  it('reports an interval that ends before it starts', () => {
    expect(intervalProblems([{ mulai: '15.00', selesai: '08.00' }])).toEqual([{ index: 0, kind: 'end-before-start' }]);
    expect(intervalProblems([{ mulai: '08.00', selesai: '08.00' }])).toEqual([{ index: 0, kind: 'end-before-start' }]);
  });

  it('reports overlapping intervals on the later one, whatever their order', () => {
    expect(
      intervalProblems([
        { mulai: '08.00', selesai: '12.00' },
        { mulai: '11.00', selesai: '15.00' },
      ]),
    ).toEqual([{ index: 1, kind: 'overlap' }]);
    expect(
      intervalProblems([
        { mulai: '11.00', selesai: '15.00' },
        { mulai: '08.00', selesai: '12.00' },
      ]),
    ).toEqual([{ index: 0, kind: 'overlap' }]);
  });

  it('reports invalid times', () => {
    expect(
      intervalProblems([
        { mulai: '08.00', selesai: '25.00' },
        { mulai: 'jam 1', selesai: '15.00' },
      ]),
    ).toEqual([
      { index: 0, kind: 'invalid-time' },
      { index: 1, kind: 'invalid-time' },
    ]);
  });
});
