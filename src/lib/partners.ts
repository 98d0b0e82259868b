// Partners of the MPP: how each agency serves residents (its own gerai, another agency's
// gerai, not yet open) and where its agreement (PKS) stands. Pure logic: pages and open
// data show what these functions decide, so the counts always agree with the lists.
import { daysBetween } from './hours.ts';
import type { AGREEMENT_STAGES } from './vocabulary.ts';

/** Agreements ending within this many days are "segera berakhir". */
export const AGREEMENT_WARNING_DAYS = 90;
/** A renewal still "sedang diproses" this many days after the old agreement ended gets a warning. */
export const RENEWAL_OVERDUE_DAYS = 180;

/** Kinds of agency, in the order the site groups them. */
export const AGENCY_KINDS = ['opd', 'provinsi', 'vertikal', 'bumn', 'bumd', 'asosiasi', 'swasta'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** What editors choose for an agreement. */
export type AgreementStage = (typeof AGREEMENT_STAGES)[number]['value'];
/** One agreement's state on a given day: the stage, with "berakhir"/"segera berakhir" from the end date. */
export type AgreementStatus = 'aktif' | 'segera-berakhir' | 'berakhir' | 'perpanjangan' | 'belum-ditandatangani';
/** An agency's agreement state; "tanpa-pks" is the city's own OPD, which needs no agreement. */
export type PartnerState = 'berlaku' | 'perpanjangan' | 'berakhir' | 'belum-ditandatangani' | 'tanpa-pks';
/** States counted on /kemitraan/, in display order. */
export const PARTNER_STATES = ['berlaku', 'perpanjangan', 'berakhir', 'belum-ditandatangani'] as const satisfies readonly PartnerState[];

/** Status of a signed agreement by its end date alone. */
export function statusByDate(validUntil: string, today: string): 'aktif' | 'segera-berakhir' | 'berakhir' {
  const left = daysBetween(today, validUntil);
  if (left < 0) return 'berakhir';
  return left <= AGREEMENT_WARNING_DAYS ? 'segera-berakhir' : 'aktif';
}

/** Status of an agreement: a renewal in progress or an unsigned draft wins over the dates. */
export function agreementStatusOf(stage: AgreementStage, validUntil: string | null, today: string): AgreementStatus {
  if (stage === 'perpanjangan' || stage === 'belum-ditandatangani') return stage;
  return validUntil ? statusByDate(validUntil, today) : 'belum-ditandatangani';
}

const STATE_OF: Record<AgreementStatus, PartnerState> = {
  aktif: 'berlaku',
  'segera-berakhir': 'berlaku',
  perpanjangan: 'perpanjangan',
  'belum-ditandatangani': 'belum-ditandatangani',
  berakhir: 'berakhir',
};
// A valid agreement says most; an ended one least (it only matters when nothing else exists).
const RANK: PartnerState[] = ['berlaku', 'perpanjangan', 'belum-ditandatangani', 'berakhir'];

/** An agency's state from its agreements; without any, the city's OPD needs none and others have none signed yet. */
export function partnerState(kind: string, statuses: readonly AgreementStatus[]): PartnerState {
  if (statuses.length === 0) return kind === 'opd' ? 'tanpa-pks' : 'belum-ditandatangani';
  const states = statuses.map((s) => STATE_OF[s]);
  return RANK.find((state) => states.includes(state)) ?? 'berakhir';
}

/** How many agencies are in each counted state; agencies without a needed agreement are "tanpa-pks" and not counted. */
export function countPartnerStates(states: readonly PartnerState[]): Record<(typeof PARTNER_STATES)[number], number> {
  const counts = { berlaku: 0, perpanjangan: 0, berakhir: 0, 'belum-ditandatangani': 0 };
  for (const state of states) if (state !== 'tanpa-pks') counts[state]++;
  return counts;
}

/** Items grouped by agency kind in AGENCY_KINDS order; empty groups are left out, order within a group kept. */
export function groupByKind<T>(items: readonly T[], kindOf: (item: T) => string): { kind: AgencyKind; items: T[] }[] {
  return AGENCY_KINDS.map((kind) => ({ kind, items: items.filter((i) => kindOf(i) === kind) })).filter((g) => g.items.length > 0);
}

/** How an agency serves at the MPP, resolved: its own gerai, another agency's gerai, or not open yet. */
export type Presence<G> = { kind: 'gerai-sendiri'; gerai: G[] } | { kind: 'gerai-lain'; gerai: G } | { kind: 'belum-buka'; plan: string };
