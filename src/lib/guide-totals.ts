// A guide's totals residents plan with: visits, gerai, fees and time, computed from its
// services' content.
import type { DurationUnit } from './format.ts';
import type { Guide, GuideService, GuideStep } from './guides.ts';

/**
 * A service's fee: one fixed amount, or a range that depends on the resident's choice or
 * situation. `high` is null when the amount is computed per application (no upper bound).
 */
export type Fee = { kind: 'fixed'; amount: number } | { kind: 'variable'; low: number; high: number | null };

/** The fee of a service: free is a fixed 0; several different tariffs, or a computed fee, make it variable. */
export function serviceFee(biaya: GuideService['biaya']): Fee {
  // Computed per application (PBG retribution, vehicle tax): nothing is known in advance.
  if (biaya.discriminant === 'sesuai-perhitungan') return { kind: 'variable', low: 0, high: null };
  if (biaya.discriminant !== 'berbayar') return { kind: 'fixed', amount: 0 };
  const amounts = ((biaya.value as { tarif: { jumlah: number | null }[] }).tarif ?? []).map((t) => t.jumlah ?? 0);
  const low = Math.min(...amounts, Number.POSITIVE_INFINITY);
  const high = Math.max(...amounts, 0);
  if (!Number.isFinite(low)) return { kind: 'fixed', amount: 0 };
  return low === high ? { kind: 'fixed', amount: low } : { kind: 'variable', low, high };
}

function stepFee(step: GuideStep): Fee {
  const fees = step.choices.map((s) => serviceFee(s.biaya));
  if (fees.length === 0) return { kind: 'fixed', amount: 0 };
  const lows = fees.map((f) => (f.kind === 'fixed' ? f.amount : f.low));
  const low = Math.min(...lows);
  if (fees.some((f) => f.kind === 'variable' && f.high === null)) return { kind: 'variable', low, high: null };
  const high = Math.max(...fees.map((f) => (f.kind === 'fixed' ? f.amount : (f.high ?? 0))));
  return low === high ? { kind: 'fixed', amount: low } : { kind: 'variable', low, high };
}

/** Time totals, kept per unit: working days and calendar days do not add up honestly. */
export type TimeTotal = Record<DurationUnit, number>;

/** What a guide adds up to, from its required steps. */
export interface GuideTotals {
  /** Trips to the MPP when every required step is done as early as possible. */
  visits: number;
  /** Gerai of the required steps, in order of first use (first choice of each step). */
  gerai: GuideService['gerai'][];
  /** Sum of the fixed fees of required steps (free steps count 0; variable steps their lowest known fee). */
  fixedFees: number;
  /** Required steps whose fee depends on the resident's choice or situation, or is computed per application. */
  variableFeeSteps: number[];
  /** Completion time of each required step (its slowest alternative), summed per unit. */
  time: TimeTotal;
  /** Required MPP steps with no maximum time in content. */
  untimedSteps: number[];
  /** Steps needed only by some residents (whole step optional). */
  optionalSteps: number[];
  /** Steps taken outside the MPP. */
  outsideSteps: number[];
}

const DAY_UNITS = new Set(['hari-kerja', 'hari']);
// Only to pick the slowest of "atau" alternatives; totals stay in each service's own unit.
const MINUTES: Record<string, number> = { menit: 1, jam: 60, 'hari-kerja': (1440 * 7) / 5, hari: 1440 };
const roughMinutes = (s: GuideService) => (s.jangkaWaktu.nilai ?? 0) * (MINUTES[s.jangkaWaktu.satuan] ?? 0);
const takesDays = (s: GuideService) => DAY_UNITS.has(s.jangkaWaktu.satuan) && (s.jangkaWaktu.nilai ?? 0) > 0;

/** Totals of a guide, computed from its services' content. */
export function guideTotals(guide: Guide): GuideTotals {
  const required = guide.steps.filter((s) => !s.optional);
  const totals: GuideTotals = {
    visits: 0,
    gerai: [],
    fixedFees: 0,
    variableFeeSteps: [],
    time: { menit: 0, jam: 0, 'hari-kerja': 0, hari: 0 },
    untimedSteps: [],
    optionalSteps: guide.steps.filter((s) => s.optional).map((s) => s.number),
    outsideSteps: guide.steps.filter((s) => s.outside && s.choices.length === 0).map((s) => s.number),
  };
  // A new trip is needed after leaving the MPP for an outside step or to wait days for a result.
  let mustReturn = true;
  for (const step of required) {
    if (step.choices.length === 0) {
      mustReturn = true;
      continue;
    }
    if (mustReturn) totals.visits += 1;
    mustReturn = step.choices.some(takesDays);
    const first = step.choices[0];
    if (first && !totals.gerai.some((g) => g.slug === first.gerai.slug)) totals.gerai.push(first.gerai);
    const fee = stepFee(step);
    if (fee.kind === 'fixed') totals.fixedFees += fee.amount;
    else {
      totals.fixedFees += fee.low;
      totals.variableFeeSteps.push(step.number);
    }
    // "Selesai di tempat" without a number is a known time: done during the visit.
    const timed = step.choices.filter(
      (s) => (s.jangkaWaktu.nilai !== null && s.jangkaWaktu.nilai !== undefined) || s.jangkaWaktu.selesaiDiTempat,
    );
    if (timed.length < step.choices.length) totals.untimedSteps.push(step.number);
    const longest = timed.reduce<GuideService | undefined>((a, b) => (a && roughMinutes(a) >= roughMinutes(b) ? a : b), undefined);
    if (longest) totals.time[longest.jangkaWaktu.satuan as DurationUnit] += longest.jangkaWaktu.nilai ?? 0;
  }
  return totals;
}
