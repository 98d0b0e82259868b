// "Kapan sebaiknya datang": a gerai's usual quiet hours, from the queue's own history
// (tickets issued per hour of each weekday over the last weeks). The reference server
// computes it; the portal words it. Deliberately simple so staff can explain it: an hour
// counts only where the gerai usually issues tickets (so closed hours are never "quiet"),
// and a stretch is quiet when its tickets per hour are at most 3/4 of the gerai's average.
import { formatDayRange, formatMinutes } from '../format.ts';
import { DAYS, type DayKey } from '../vocabulary.ts';

/** Tickets issued in one local hour of one service day. */
export interface HourCount {
  /** Service day, 'YYYY-MM-DD'. */
  day: string;
  /** Local hour 0–23. */
  hour: number;
  tickets: number;
}

/** The usual quiet stretch: consecutive weekdays and a span of hours ('HH.MM' local). */
export interface QuietHours {
  days: DayKey[];
  start: string;
  end: string;
}

/** Service days with tickets needed before anything is said (about two working weeks). */
export const QUIET_MIN_DAYS = 10;
/** Hours in the quiet stretch offered. */
export const QUIET_SPAN_HOURS = 2;
/** A stretch is quiet at or below this share of the average tickets per open hour. */
const QUIET_SHARE = 0.75;

/** Weekday index of a 'YYYY-MM-DD' date, Senin = 0. */
const weekday = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The usual quiet stretch in `counts`, or null without enough history or without a clearly quieter stretch. */
export function quietHours(counts: readonly HourCount[]): QuietHours | null {
  const daysSeen = new Set(counts.filter((c) => c.tickets > 0).map((c) => c.day));
  if (daysSeen.size < QUIET_MIN_DAYS) return null;
  const daysOf = Array<number>(7).fill(0);
  for (const day of daysSeen) daysOf[weekday(day)] = (daysOf[weekday(day)] as number) + 1;
  const sum = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const seen = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const c of counts) {
    if (c.tickets <= 0 || c.hour < 0 || c.hour > 23) continue;
    const w = weekday(c.day);
    (sum[w] as number[])[c.hour] = ((sum[w] as number[])[c.hour] as number) + c.tickets;
    (seen[w] as number[])[c.hour] = ((seen[w] as number[])[c.hour] as number) + 1;
  }
  // An hour is open on a weekday when it had tickets on at least half of that weekday's days.
  const open = (w: number, h: number) => (daysOf[w] as number) >= 2 && ((seen[w] as number[])[h] as number) * 2 >= (daysOf[w] as number);
  const rate = (w: number, h: number) => ((sum[w] as number[])[h] as number) / (daysOf[w] as number);
  const rates: number[] = [];
  for (let w = 0; w < 7; w++) for (let h = 0; h < 24; h++) if (open(w, h)) rates.push(rate(w, h));
  if (rates.length === 0) return null;
  const limit = (rates.reduce((a, r) => a + r, 0) / rates.length) * QUIET_SHARE;

  let best: { days: number[]; hour: number; mean: number } | null = null;
  for (let h = 0; h + QUIET_SPAN_HOURS <= 24; h++) {
    let run: number[] = [];
    let runSum = 0;
    for (let w = 0; w <= 7; w++) {
      const hours = Array.from({ length: QUIET_SPAN_HOURS }, (_, i) => h + i);
      const ok = w < 7 && hours.every((x) => open(w, x));
      const r = ok ? hours.reduce((a, x) => a + rate(w, x), 0) / QUIET_SPAN_HOURS : Number.POSITIVE_INFINITY;
      if (r <= limit) {
        run.push(w);
        runSum += r;
        continue;
      }
      // The longest run of quiet weekdays wins; among equals, the quieter one.
      const mean = runSum / run.length;
      if (run.length > 0 && (!best || run.length > best.days.length || (run.length === best.days.length && mean < best.mean))) {
        best = { days: run, hour: h, mean };
      }
      run = [];
      runSum = 0;
    }
  }
  if (!best) return null;
  return {
    days: best.days.map((w) => DAYS[w] as DayKey),
    start: formatMinutes(best.hour * 60),
    end: formatMinutes((best.hour + QUIET_SPAN_HOURS) * 60),
  };
}

/** 'Selasa–Kamis 13.00–15.00', to put in the string table's sentence. */
export const quietSpanText = (q: QuietHours) => `${formatDayRange(q.days)} ${q.start}–${q.end}`;
