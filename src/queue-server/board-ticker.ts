// The display board's running text: closures and special hours coming up in the next two
// weeks, from the portal's own hours (content/libur), then the configured lines (by default
// the latest announcements). Computed at each request so it follows the calendar.
import { addDays, type DateRule } from '../lib/hours.ts';
import { fill, formatDateRange } from '../lib/format.ts';
import type { ServerHours } from './config.ts';
import { SCREEN_STRINGS } from './screens/strings.ts';

/** How far ahead the board announces closures. */
export const TICKER_DAYS = 14;

const hoursText = (rule: DateRule) => rule.intervals.map((i) => `${i.mulai.replace(':', '.')}–${i.selesai.replace(':', '.')}`).join(', ');

/** One line for a closure or special hours rule. */
function ruleLine(rule: DateRule, geraiNames: ReadonlyMap<string, string>): string {
  const t = SCREEN_STRINGS.board;
  const dates = formatDateRange(rule.start, rule.end);
  const note = rule.note ? `${rule.name}. ${rule.note}` : rule.name;
  if (rule.kind === 'jam-khusus') return fill(t.specialHours, { dates, hours: hoursText(rule), name: note });
  if (rule.gerai.length === 0) return fill(t.closedOn, { dates, name: note });
  const gerai = rule.gerai.map((slug) => geraiNames.get(slug) ?? slug).join(', ');
  return fill(t.closedGerai, { gerai, dates, name: note });
}

/** Lines for the board on `today` ('YYYY-MM-DD' in the MPP's zone). */
export function boardTicker(
  hours: ServerHours | null,
  today: string,
  configured: readonly string[],
  geraiNames: ReadonlyMap<string, string>,
): string[] {
  const last = addDays(today, TICKER_DAYS);
  const ahead = (hours?.rules ?? [])
    .filter((rule) => (rule.end ?? rule.start) >= today && rule.start <= last)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((rule) => ruleLine(rule, geraiNames));
  return [...ahead, ...configured];
}
