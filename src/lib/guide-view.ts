// Shapes a guide's totals and checklist for display, in residents' words.
import { t } from '../i18n/id.ts';
import { fill, formatCost, formatDuration } from './format.ts';
import type { ChecklistItem } from './guide-checklist.ts';
import type { GuideTotals, TimeTotal } from './guide-totals.ts';
import { documentFormLabel } from './service-view.ts';

/** "1, 2 dan 3": step numbers as a reader lists them. */
export function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} dan ${numbers[numbers.length - 1]}`;
}

/** Total time: "2 hari kerja dan 45 menit"; minutes and hours are merged. */
export function formatTimeTotal(time: TimeTotal): string {
  const minutes = time.menit + time.jam * 60;
  const parts: string[] = [];
  if (time['hari-kerja']) parts.push(formatDuration(time['hari-kerja'], 'hari-kerja'));
  if (time.hari) parts.push(formatDuration(time.hari, 'hari'));
  if (minutes >= 60) parts.push(formatDuration(Math.floor(minutes / 60), 'jam'));
  if (minutes % 60) parts.push(formatDuration(minutes % 60, 'menit'));
  if (parts.length === 0) return t.guide.timeNone;
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} dan ${parts[parts.length - 1]}`;
}

/** The totals as label/value rows for the summary box. */
export function totalsRows(totals: GuideTotals): { label: string; value: string; note?: string }[] {
  const fees = totals.variableFeeSteps.length
    ? `${formatCost(totals.fixedFees)}, ${fill(t.guide.feesVariable, { steps: listNumbers(totals.variableFeeSteps) })}`
    : formatCost(totals.fixedFees);
  const untimed = totals.untimedSteps.length ? `; ${fill(t.guide.timeUntimed, { steps: listNumbers(totals.untimedSteps) })}` : '';
  return [
    { label: t.guide.visits, value: fill(t.guide.visitsValue, { n: totals.visits }), note: t.guide.visitsNote },
    { label: t.guide.fees, value: fees },
    { label: t.guide.time, value: `${formatTimeTotal(totals.time)}${untimed}` },
  ];
}

/** "langkah 1 dari 4". */
export const stepOf = (step: number, total: number) => fill(t.guide.stepOf, { n: step, total });

/** Note under the totals naming the optional steps left out, or ''. */
export const optionalStepsNote = (totals: GuideTotals) =>
  totals.optionalSteps.length ? fill(t.guide.optionalSteps, { steps: listNumbers(totals.optionalSteps) }) : '';

/** A checklist item's detail line: "Asli / fotokopi — langkah 1, 2, 3". */
export function checklistDetail(item: ChecklistItem): string {
  const forms = item.forms.map((f, i) => (i === 0 ? documentFormLabel(f) : documentFormLabel(f).toLowerCase())).join(' / ');
  // Short form, as on a printed list: "Asli — langkah 1, 2, 3".
  return `${forms} — ${t.guide.stepsShort} ${item.steps.join(', ')}`;
}
