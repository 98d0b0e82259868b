// Grouping and ordering of search results. Pagefind scores pages (title matches weigh most,
// then the hidden alias terms, then body text); the page asks it once per result type and
// this module decides the order residents see: services first when they match the words
// about as well as an announcement does, but a much better announcement can still lead.

export const RESULT_TYPES = ['layanan', 'gerai', 'pengumuman', 'halaman'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** How much a type's best score counts when ordering groups. */
export const TYPE_PRIOR: Readonly<Record<ResultType, number>> = {
  layanan: 1,
  gerai: 0.7,
  halaman: 0.5,
  pengumuman: 0.4,
};

/** Meta fields whose match says "this page is about the words" (see the page templates). */
export const STRONG_META_FIELDS: readonly string[] = ['title', 'kata'];

/** What the ranking needs from a Pagefind result (no fragment load required). */
export interface ScoredHit {
  score: number;
  matchedMetaFields?: readonly string[];
  /** A page-level prior (e.g. POPULAR_PRIOR for services editors mark as popular). */
  prior?: number;
  /** A service this MPP lists but serves elsewhere (its availability says where). */
  servedElsewhere?: boolean;
}

/** Prior of services marked "populer": among equally good matches, the one most residents want. */
export const POPULAR_PRIOR = 1.3;

export interface ResultGroup<T extends ScoredHit> {
  type: ResultType;
  /** All hits of this type, best first. */
  hits: T[];
}

/** True when the query matched the page's title or its alias terms, not only body text. */
export function isStrongMatch(hit: ScoredHit): boolean {
  return (hit.matchedMetaFields ?? []).some((f) => STRONG_META_FIELDS.includes(f));
}

/**
 * Weight of a service served elsewhere: among matches about as good, the one residents can
 * get here comes first ("legalisir buku nikah" before the marriage registration at the KUA,
 * whose page also says "buku nikah"); named clearly, it still leads ("daftar nikah di kua").
 */
export const ELSEWHERE_WEIGHT = 0.8;

/** A hit's score for ordering: Pagefind's score, doubled for a title or alias match, times its prior. */
export function adjustedScore(hit: ScoredHit): number {
  return hit.score * (isStrongMatch(hit) ? 2 : 1) * (hit.prior ?? 1) * (hit.servedElsewhere ? ELSEWHERE_WEIGHT : 1);
}

/** Hits of one type, best first (stable for equal scores). */
export function rankHits<T extends ScoredHit>(hits: readonly T[]): T[] {
  return hits
    .map((hit, i) => ({ hit, i, s: adjustedScore(hit) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.hit);
}

/** The score a group competes with: its best hit times the type's prior. */
export function groupScore<T extends ScoredHit>(group: ResultGroup<T>): number {
  const best = group.hits[0];
  return best ? adjustedScore(best) * TYPE_PRIOR[group.type] : 0;
}

/**
 * Non-empty groups, in the order to show them: by group score, ties in RESULT_TYPES order.
 * Services lead whenever the best one is named by the words (title or alias terms): residents
 * come for the service, and a guide or announcement about it follows ("akta lahir anak").
 */
export function orderGroups<T extends ScoredHit>(groups: readonly ResultGroup<T>[]): ResultGroup<T>[] {
  const named = (g: ResultGroup<T>) => (g.type === 'layanan' && g.hits[0] && isStrongMatch(g.hits[0]) ? 1 : 0);
  return groups
    .filter((g) => g.hits.length > 0)
    .map((g) => ({ ...g, hits: rankHits(g.hits) }))
    .sort((a, b) => named(b) - named(a) || groupScore(b) - groupScore(a) || RESULT_TYPES.indexOf(a.type) - RESULT_TYPES.indexOf(b.type));
}

/** The first `perGroup` hits of each group, flattened in display order (what a resident sees first). */
export function displayOrder<T extends ScoredHit>(groups: readonly ResultGroup<T>[], perGroup: (type: ResultType) => number): T[] {
  return groups.flatMap((g) => g.hits.slice(0, perGroup(g.type)));
}
