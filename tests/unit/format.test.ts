import { describe, expect, it } from 'vitest';
import {
  dayKeyOf,
  formatCost,
  formatCount,
  formatDate,
  formatDateRange,
  formatDayName,
  formatDayRange,
  formatDuration,
  formatMinutesWait,
  formatRelativeSeconds,
  formatRupiah,
  formatTime,
  formatTimeWithZone,
  timeZoneAbbreviation,
} from '../../src/lib/format.ts';

describe('formatDate', () => {
  it('formats a stored date as a calendar date', () => {
    expect(formatDate('2024-09-04')).toBe('4 September 2024');
    expect(formatDate('2027-01-01')).toBe('1 Januari 2027');
  });

  it('adds the weekday or abbreviates the month on request', () => {
    expect(formatDate('2024-09-04', { weekday: true })).toBe('Rabu, 4 September 2024');
    expect(formatDate('2026-12-27', { weekday: true })).toBe('Minggu, 27 Desember 2026');
    expect(formatDate('2024-09-04', { short: true })).toBe('4 Sep 2024');
    expect(formatDate('2024-08-17', { short: true })).toBe('17 Agu 2024');
  });

  it('reads a Date in UTC so a YAML date never shifts a day', () => {
    expect(formatDate(new Date(Date.UTC(2026, 11, 31)))).toBe('31 Desember 2026');
    expect(formatDate(new Date(Date.UTC(2026, 11, 31, 23, 59)))).toBe('31 Desember 2026');
  });

  it('rejects dates that do not exist', () => {
    expect(() => formatDate('2027-02-30')).toThrow();
    expect(() => formatDate('kemarin')).toThrow();
  });

  it('knows the weekday of a date', () => {
    expect(dayKeyOf('2026-09-07')).toBe('senin');
    expect(dayKeyOf('2026-09-13')).toBe('minggu');
  });
});

describe('formatDateRange', () => {
  it('shares the month and year within one month', () => {
    expect(formatDateRange('2026-12-24', '2026-12-26')).toBe('24–26 Desember 2026');
  });

  it('shares only the year across months', () => {
    expect(formatDateRange('2027-02-28', '2027-03-03')).toBe('28 Februari–3 Maret 2027');
  });

  it('spells out both dates across a year boundary', () => {
    expect(formatDateRange('2026-12-30', '2027-01-02')).toBe('30 Desember 2026–2 Januari 2027');
    expect(formatDateRange('2026-12-30', '2027-01-02', { short: true })).toBe('30 Des 2026–2 Jan 2027');
  });

  it('collapses to one day when the end is missing or equal', () => {
    expect(formatDateRange('2026-08-17', null)).toBe('17 Agustus 2026');
    expect(formatDateRange('2026-08-17')).toBe('17 Agustus 2026');
    expect(formatDateRange('2026-08-17', '2026-08-17')).toBe('17 Agustus 2026');
  });
});

describe('money and counts', () => {
  it('formats Rupiah without a space and with dot grouping', () => {
    expect(formatRupiah(80000)).toBe('Rp80.000');
    expect(formatRupiah(0)).toBe('Rp0');
    expect(formatRupiah(500)).toBe('Rp500');
    expect(formatRupiah(1171000000)).toBe('Rp1.171.000.000');
  });

  it('calls a zero fee free', () => {
    expect(formatCost(0)).toBe('Gratis');
    expect(formatCost(30000)).toBe('Rp30.000');
  });

  it('groups counts and uses a decimal comma', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(1.5)).toBe('1,5');
  });
});

describe('times and zones', () => {
  it('normalises times to HH.MM', () => {
    expect(formatTime('8.00')).toBe('08.00');
    expect(formatTime('08:00')).toBe('08.00');
    expect(formatTime('24.00')).toBe('24.00');
    expect(() => formatTime('8')).toThrow();
  });

  it('names the Indonesian zones', () => {
    expect(timeZoneAbbreviation('Asia/Jakarta')).toBe('WIB');
    expect(timeZoneAbbreviation('Asia/Pontianak')).toBe('WIB');
    expect(timeZoneAbbreviation('Asia/Makassar')).toBe('WITA');
    expect(timeZoneAbbreviation('Asia/Jayapura')).toBe('WIT');
    expect(formatTimeWithZone('08.00', 'Asia/Makassar')).toBe('08.00 WITA');
    expect(formatTimeWithZone('7:30', 'Asia/Jayapura')).toBe('07.30 WIT');
  });
});

describe('days', () => {
  it('capitalises a day name', () => {
    expect(formatDayName('jumat')).toBe('Jumat');
  });

  it('shows consecutive days as a range and others as a list', () => {
    expect(formatDayRange(['senin', 'selasa', 'rabu', 'kamis'])).toBe('Senin–Kamis');
    expect(formatDayRange(['senin', 'rabu', 'jumat'])).toBe('Senin, Rabu, Jumat');
    expect(formatDayRange(['sabtu'])).toBe('Sabtu');
    expect(formatDayRange(['sabtu', 'minggu'])).toBe('Sabtu–Minggu');
    expect(formatDayRange(['jumat', 'senin', 'selasa', 'rabu'])).toBe('Senin–Rabu, Jumat');
    expect(formatDayRange([])).toBe('');
  });
});

describe('durations and waits', () => {
  it('uses Indonesian units without plurals', () => {
    expect(formatDuration(30, 'menit')).toBe('30 menit');
    expect(formatDuration(2, 'jam')).toBe('2 jam');
    expect(formatDuration(1, 'hari-kerja')).toBe('1 hari kerja');
    expect(formatDuration(14, 'hari')).toBe('14 hari');
    expect(formatDuration(1.5, 'jam')).toBe('1,5 jam');
  });

  it('describes elapsed time', () => {
    expect(formatRelativeSeconds(0)).toBe('baru saja');
    expect(formatRelativeSeconds(4)).toBe('baru saja');
    expect(formatRelativeSeconds(5)).toBe('5 detik lalu');
    expect(formatRelativeSeconds(20)).toBe('20 detik lalu');
    expect(formatRelativeSeconds(90)).toBe('1 menit lalu');
    expect(formatRelativeSeconds(7200)).toBe('2 jam lalu');
    expect(formatRelativeSeconds(3 * 86400)).toBe('3 hari lalu');
    expect(formatRelativeSeconds(-10)).toBe('baru saja');
  });

  it('describes a queue wait', () => {
    expect(formatMinutesWait(0)).toBe('tanpa antre');
    expect(formatMinutesWait(15)).toBe('sekitar 15 menit');
    expect(formatMinutesWait(59)).toBe('sekitar 59 menit');
    expect(formatMinutesWait(60)).toBe('sekitar 1 jam');
    expect(formatMinutesWait(80)).toBe('sekitar 1 jam 20 menit');
  });
});

describe('phone numbers', () => {
  it('never break inside a number and link only the digits', async () => {
    const { formatPhone, phoneHref } = await import('../../src/lib/format.ts');
    expect(formatPhone('(0285) 421-000')).toBe('(0285)\u00a0421\u2011000');
    expect(phoneHref('+62 285 421-000')).toBe('tel:+62285421000');
  });
});
