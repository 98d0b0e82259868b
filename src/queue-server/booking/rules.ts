// When a gerai can be booked: the days open for booking (each opens at a published time,
// daysAhead days before), the time windows of a day (from the gerai's or the MPP's opening
// hours), and whether a closure in the portal's content rules a day out, with its reason.
import { addDays, dayHours, type HoursConfig, spans } from '../../lib/hours.ts';
import { formatMinutes, parseTime } from '../../lib/format.ts';
import { zonedNow } from '../../lib/time-zone.ts';
import type { GeraiConfig, QueueServerConfig } from '../config.ts';

/** A booking window in minutes since local midnight, [start, end). */
export interface BookingWindow {
  start: number;
  end: number;
}

/** 'HH.MM–HH.MM', the way the portal writes hours. */
export const windowText = (w: BookingWindow) => `${formatMinutes(w.start)}–${formatMinutes(w.end)}`;

function hoursOf(config: QueueServerConfig, gerai: GeraiConfig): HoursConfig | null {
  const own = gerai.hours ?? config.hours;
  return own ? { ...own, timeZone: config.timeZone } : null;
}

/** The reason a closure (MPP-wide, or this gerai's) gives for `day`, or null when none applies. */
export function closureOf(config: QueueServerConfig, gerai: GeraiConfig, day: string): string | null {
  for (const hours of [config.hours, gerai.hours]) {
    if (!hours) continue;
    const rule = dayHours({ ...hours, timeZone: config.timeZone }, day).rule;
    if (rule?.kind === 'tutup') return rule.note ? `${rule.name}. ${rule.note}` : rule.name;
  }
  return null;
}

/** The windows of `day` at `gerai`, cut from its opening intervals. */
export function windowsOf(config: QueueServerConfig, gerai: GeraiConfig, day: string): BookingWindow[] {
  const hours = hoursOf(config, gerai);
  const size = config.booking.windowMinutes;
  const intervals = hours ? dayHours(hours, day).intervals : [config.booking.defaultHours];
  // The MPP's own closures count too when the gerai has hours of its own.
  if (closureOf(config, gerai, day)) return [];
  const out: BookingWindow[] = [];
  // The same reading of hours as the portal's "open now": bad entries skipped (the content
  // check reports them), overlapping ones merged, so no window is offered twice.
  for (const [start, end] of spans(intervals)) {
    for (let t = start; t + size <= end; t += size) out.push({ start: t, end: t + size });
  }
  return out;
}

/** Local date and minutes of `now` in the MPP's zone. */
export const localNow = (config: QueueServerConfig, now: Date) => zonedNow(now, config.timeZone);

/** Days that may be booked at `now`: today, and each later day once its booking opened (opensAt, daysAhead days before). */
export function bookableDays(config: QueueServerConfig, now: Date): string[] {
  const { date, minutes } = localNow(config, now);
  const opened = minutes >= parseTime(config.booking.opensAt);
  const last = config.booking.daysAhead - (opened ? 0 : 1);
  const days = [date];
  for (let i = 1; i <= last; i++) days.push(addDays(date, i));
  return days;
}
