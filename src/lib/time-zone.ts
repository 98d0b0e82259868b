// The wall clock in an MPP's time zone, never the device's. Used at build time, by the
// servers and in the browser, so it stays dependency-free.
import { type DayKey, dayKeyOf } from './format.ts';

/** A moment expressed in a timezone's wall clock. */
export interface ZonedMoment {
  date: string;
  minutes: number;
  day: DayKey;
}

// Indonesia's zones have kept fixed offsets, with no daylight saving, since 1988 (when
// Pontianak moved to WIB). Working them out directly spares a phone its first time-zone
// formatter, which costs tens of milliseconds (the engine loads its zone data) on every
// page that says whether the MPP is open.
const FIXED_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Ujung_Pandang': 480,
  'Asia/Jayapura': 540,
};
const FIXED_OFFSETS_SINCE = Date.UTC(1989, 0, 1);

/** Whether `timeZone` is one of Indonesia's zones, whose wall clock needs no time-zone database. */
export function isIndonesianZone(timeZone: string): boolean {
  return FIXED_OFFSET_MINUTES[timeZone] !== undefined;
}

/** Wall-clock date, minutes since midnight and weekday of an instant in `timeZone` (never the device's zone). */
export function zonedNow(date: Date, timeZone: string): ZonedMoment {
  const offset = FIXED_OFFSET_MINUTES[timeZone];
  if (offset !== undefined && date.getTime() >= FIXED_OFFSETS_SINCE) {
    const wall = new Date(date.getTime() + offset * 60_000);
    const iso = wall.toISOString().slice(0, 10);
    return { date: iso, minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes(), day: dayKeyOf(iso) };
  }
  return zonedNowFromDatabase(date, timeZone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** {@link zonedNow} as the engine's time-zone database (Intl) gives it, for any IANA zone. */
export function zonedNowFromDatabase(date: Date, timeZone: string): ZonedMoment {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  const iso = `${parts.year}-${parts.month}-${parts.day}`;
  // Some engines print midnight as hour 24 despite h23.
  const minutes = (Number(parts.hour) % 24) * 60 + Number(parts.minute);
  return { date: iso, minutes, day: dayKeyOf(iso) };
}
