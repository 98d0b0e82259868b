// Community satisfaction index (Survei Kepuasan Masyarakat, IKM 25–100) and its grade
// ("mutu pelayanan") per PermenPAN-RB No. 14 Tahun 2017, lampiran: interval konversi IKM.
import { t } from '../i18n/id.ts';

export type SkmGrade = 'A' | 'B' | 'C' | 'D';
/** Lowest IKM (two decimals) of each grade, best first. */
export const SKM_GRADE_FLOORS: readonly { grade: SkmGrade; from: number }[] = [
  { grade: 'A', from: 88.31 },
  { grade: 'B', from: 76.61 },
  { grade: 'C', from: 65.0 },
  { grade: 'D', from: 25.0 },
];
/** The range an IKM can take (each answer scores 1–4, times 25). */
export const SKM_RANGE = { min: 25, max: 100 } as const;

/** Grade of an IKM value rounded to two decimals as the regulation's table is; null outside 25–100. */
export function skmGrade(value: number): { grade: SkmGrade; label: string } | null {
  if (!Number.isFinite(value)) return null;
  const rounded = Math.round(value * 100) / 100;
  if (rounded < SKM_RANGE.min || rounded > SKM_RANGE.max) return null;
  const floor = SKM_GRADE_FLOORS.find((f) => rounded >= f.from);
  return floor ? { grade: floor.grade, label: t.skm.grades[floor.grade] } : null;
}

/** An IKM value the Indonesian way with two decimals, e.g. 90,41. */
export function formatSkm(value: number): string {
  return value.toFixed(2).replace('.', ',');
}
