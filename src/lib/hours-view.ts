// Small helpers that shape opening-hours data for pages.
import type { DateRule } from './hours.ts';

/** Rules still relevant on or after `today` (past closures are dropped from page payloads). */
export function relevantRules(rules: readonly DateRule[], today: string): DateRule[] {
  return rules.filter((r) => (r.end ?? r.start) >= today);
}
