// Opening hours: weekly schedules plus holiday and special-hours rules, evaluated in the
// MPP's own timezone. Runs at build time and in the browser ("open now" refresh), so it
// must stay dependency-free.
import {
  DAY_KEYS,
  type DayKey,
  dayKeyOf,
  formatDate,
  formatDayName,
  formatMinutes,
  formatTime,
  parseTime,
  timeZoneAbbreviation,
} from './format.ts';
import { zonedNow } from './time-zone.ts';

export { DAY_KEYS, type DayKey, parseTime };

export interface TimeInterval {
  mulai: string;
  selesai: string;
}
export type WeeklySchedule = Record<DayKey, readonly TimeInterval[]>;
export interface DateRule {
  name: string;
  /** 'YYYY-MM-DD' */
  start: string;
  /** 'YYYY-MM-DD', or null for a single day. */
  end: string | null;
  kind: 'tutup' | 'jam-khusus';
  intervals: readonly TimeInterval[];
  /** Gerai slugs the rule is limited to; empty means the whole MPP. */
  gerai: readonly string[];
  /** The editors' explanation ("Keterangan"), shown with the closure. */
  note?: string;
}
export interface HoursConfig {
  timeZone: string;
  weekly: WeeklySchedule;
  rules: readonly DateRule[];
  /** Set for one gerai's hours; without it, rules limited to specific gerai are ignored. */
  gerai?: string;
}

/** How far ahead (in days) to look for the next opening or closing. */
export const SEARCH_DAYS = 60;

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const appliesTo = (rule: DateRule, gerai: string | undefined) =>
  rule.gerai.length === 0 || (gerai !== undefined && rule.gerai.includes(gerai));

const ruleEnd = (rule: DateRule) => (rule.end && rule.end > rule.start ? rule.end : rule.start);

/** Hours for one gerai: its own weekly schedule when it has one, and only the rules that concern it. */
export function hoursForGerai(config: HoursConfig, geraiSlug: string, ownWeekly?: WeeklySchedule | null): HoursConfig {
  return {
    timeZone: config.timeZone,
    weekly: ownWeekly ?? config.weekly,
    rules: config.rules.filter((rule) => appliesTo(rule, geraiSlug)),
    gerai: geraiSlug,
  };
}

/** The hours of one calendar day after applying rules; `rule` is the rule that decided them, if any. */
export interface DayHours {
  intervals: readonly TimeInterval[];
  rule?: DateRule;
}

/** Opening intervals on a 'YYYY-MM-DD' date: gerai-specific rules beat whole-MPP ones, and 'tutup' beats 'jam-khusus'. */
export function dayHours(config: HoursConfig, isoDate: string): DayHours {
  let winner: DateRule | undefined;
  let winnerRank = -1;
  for (const rule of config.rules) {
    if (!appliesTo(rule, config.gerai) || isoDate < rule.start || isoDate > ruleEnd(rule)) continue;
    const rank = (rule.gerai.length > 0 ? 2 : 0) + (rule.kind === 'tutup' ? 1 : 0);
    // Strictly greater keeps the first listed rule on a tie.
    if (rank > winnerRank) {
      winner = rule;
      winnerRank = rank;
    }
  }
  const weekly = config.weekly[dayKeyOf(isoDate)];
  if (!winner) return { intervals: weekly };
  // Special hours (e.g. Ramadan) change the hours of working days; they never open a
  // day that is normally closed, such as the weekend inside a month-long range.
  if (winner.kind === 'jam-khusus' && weekly.length === 0) return { intervals: [] };
  return { intervals: winner.kind === 'tutup' ? [] : winner.intervals, rule: winner };
}

/** Valid intervals as sorted, merged [start, end) minute spans; bad entries are skipped so a page never crashes. */
export function spans(intervals: readonly TimeInterval[]): [number, number][] {
  const parsed: [number, number][] = [];
  for (const interval of intervals) {
    try {
      const start = parseTime(interval.mulai);
      const end = parseTime(interval.selesai);
      if (end > start) parsed.push([start, end]);
    } catch {
      // The content validator reports these; see intervalProblems.
    }
  }
  parsed.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of parsed) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** A point on the calendar in the MPP's zone, with time as 'HH.MM'. */
export interface DateTimePoint {
  date: string;
  time: string;
}
export interface OpenStatus {
  open: true;
  /** When it closes; null when it never closes within {@link SEARCH_DAYS}. */
  closesAt: DateTimePoint | null;
  rule?: DateRule;
}
export interface ClosedStatus {
  open: false;
  /** Next opening; null when none within {@link SEARCH_DAYS}. */
  opensAt: (DateTimePoint & { day: DayKey }) | null;
  rule?: DateRule;
}
export type Status = OpenStatus | ClosedStatus;

/** Whether the MPP (or gerai) is open at `now`, and when that changes. */
export function openStatus(config: HoursConfig, now: Date): Status {
  const { date, minutes } = zonedNow(now, config.timeZone);
  const today = dayHours(config, date);
  const rule = today.rule ? { rule: today.rule } : {};
  const current = spans(today.intervals).find(([start, end]) => start <= minutes && minutes < end);

  if (current) {
    // Follow a '24.00' end into a next day that opens at '00.00'.
    let closeDate = date;
    let closeMinutes = current[1];
    for (let i = 1; closeMinutes === 1440; i++) {
      if (i > SEARCH_DAYS) return { open: true, closesAt: null, ...rule };
      const next = addDays(date, i);
      const first = spans(dayHours(config, next).intervals)[0];
      if (first?.[0] !== 0) break;
      closeDate = next;
      closeMinutes = first[1];
    }
    return { open: true, closesAt: { date: closeDate, time: formatMinutes(closeMinutes) }, ...rule };
  }

  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const day = addDays(date, i);
    const start = spans(dayHours(config, day).intervals).find(([s]) => i > 0 || s > minutes)?.[0];
    if (start !== undefined) {
      return { open: false, opensAt: { date: day, time: formatMinutes(start), day: dayKeyOf(day) }, ...rule };
    }
  }
  return { open: false, opensAt: null, ...rule };
}

/** 'hari ini', 'besok', a day name within the week, or a full date further ahead. */
export function dayPhrase(isoDate: string, today: string): string {
  const diff = daysBetween(today, isoDate);
  if (diff === 0) return 'hari ini';
  if (diff === 1) return 'besok';
  // Up to six days a bare day name is unambiguous; a week on, it would read as today.
  if (diff > 1 && diff < 7) return formatDayName(dayKeyOf(isoDate));
  return formatDate(isoDate);
}

/** 'pukul 08.00 WIB'. */
export function timePhrase(time: string, timeZone: string): string {
  return `pukul ${formatTime(time)} ${timeZoneAbbreviation(timeZone)}`;
}

/** When it opens next, e.g. 'buka lagi pukul 13.00 WIB' or 'buka Senin pukul 08.00 WIB'; '' when unknown. */
export function openingPhrase(status: ClosedStatus, config: HoursConfig, now: Date): string {
  if (!status.opensAt) return '';
  const { date, minutes } = zonedNow(now, config.timeZone);
  const at = timePhrase(status.opensAt.time, config.timeZone);
  if (status.opensAt.date === date) {
    // 'lagi' only after a break; before the first opening of the day it would mislead.
    const openedEarlier = spans(dayHours(config, date).intervals).some(([start]) => start < minutes);
    return openedEarlier ? `buka lagi ${at}` : `buka hari ini ${at}`;
  }
  return `buka ${dayPhrase(status.opensAt.date, date)} ${at}`;
}

/** When it closes, e.g. 'tutup pukul 15.00 WIB' or 'tutup besok pukul 02.00 WIB'. */
export function closingPhrase(status: OpenStatus, config: HoursConfig, now: Date): string {
  if (!status.closesAt) return 'buka 24 jam';
  const at = timePhrase(status.closesAt.time, config.timeZone);
  const { date } = zonedNow(now, config.timeZone);
  return status.closesAt.date === date ? `tutup ${at}` : `tutup ${dayPhrase(status.closesAt.date, date)} ${at}`;
}

/** One-line Indonesian status, e.g. 'Buka sekarang, tutup pukul 15.00 WIB' or 'Tutup (Hari Raya Natal), buka Senin pukul 08.00 WIB'. */
export function statusText(status: Status, config: HoursConfig, now: Date): string {
  if (status.open) {
    const note = status.rule?.kind === 'jam-khusus' ? ` (jam khusus ${status.rule.name})` : '';
    return `Buka sekarang${note}, ${closingPhrase(status, config, now)}`;
  }
  const note = status.rule?.kind === 'tutup' ? ` (${status.rule.name})` : '';
  const opening = openingPhrase(status, config, now);
  return opening ? `Tutup${note}, ${opening}` : `Tutup${note}`;
}

/** Rules that have not ended by today and start within `days`, sorted by start date (gerai-limited ones included, for listing). */
export function upcomingRules(config: HoursConfig, now: Date, days = SEARCH_DAYS): DateRule[] {
  const today = zonedNow(now, config.timeZone).date;
  const horizon = addDays(today, days);
  // No scope filter: an MPP-wide list should still announce a closure of one gerai.
  return config.rules
    .filter((rule) => ruleEnd(rule) >= today && rule.start <= horizon)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Consecutive days sharing the same hours, for a 'Senin–Kamis 08.00–15.00' table. */
export interface WeekGroup {
  days: DayKey[];
  intervals: readonly TimeInterval[];
}

const intervalsKey = (intervals: readonly TimeInterval[]) =>
  intervals
    .map(({ mulai, selesai }) => {
      try {
        return `${formatTime(mulai)}-${formatTime(selesai)}`;
      } catch {
        return `${mulai}-${selesai}`;
      }
    })
    .join(',');

/** Groups consecutive days (Senin to Minggu) whose intervals are identical. */
export function summarizeWeek(weekly: WeeklySchedule): WeekGroup[] {
  const groups: WeekGroup[] = [];
  let lastKey: string | undefined;
  for (const day of DAY_KEYS) {
    const key = intervalsKey(weekly[day]);
    const last = groups[groups.length - 1];
    if (last && key === lastKey) last.days.push(day);
    else groups.push({ days: [day], intervals: weekly[day] });
    lastKey = key;
  }
  return groups;
}

/** A problem with one interval of a day, for the content validator. */
export interface IntervalProblem {
  index: number;
  kind: 'end-before-start' | 'overlap' | 'invalid-time';
}

/** Finds invalid times, intervals that end before (or when) they start, and intervals overlapping an earlier one. */
export function intervalProblems(intervals: readonly TimeInterval[]): IntervalProblem[] {
  const problems: IntervalProblem[] = [];
  const valid: { index: number; start: number; end: number }[] = [];
  intervals.forEach((interval, index) => {
    let start: number;
    let end: number;
    try {
      start = parseTime(interval.mulai);
      end = parseTime(interval.selesai);
    } catch {
      problems.push({ index, kind: 'invalid-time' });
      return;
    }
    if (start === 1440 || end <= start) problems.push({ index, kind: 'end-before-start' });
    else valid.push({ index, start, end });
  });
  valid.sort((a, b) => a.start - b.start || a.index - b.index);
  let reach = -1;
  for (const span of valid) {
    // Touching intervals (11.30 then 11.30) are fine; only a real overlap is reported.
    if (span.start < reach) problems.push({ index: span.index, kind: 'overlap' });
    reach = Math.max(reach, span.end);
  }
  return problems.sort((a, b) => a.index - b.index);
}
