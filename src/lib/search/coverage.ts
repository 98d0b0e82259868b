// The fallback ranking when no page has all the meaningful words of a query: pages are
// ranked by how many of the words they match, then services ahead of gerai, editor pages
// (FAQ) and announcements that match as many words, then by how well they match them.
import { adjustedScore, RESULT_TYPES, type ResultGroup, type ResultType, type ScoredHit } from './rank.ts';

/** Order of types among pages that match as many words. */
const TYPE_ORDER: readonly ResultType[] = ['layanan', 'gerai', 'halaman', 'pengumuman'];

/** The hits Pagefind gave for one word of the query. */
export interface WordHits<T> {
  word: string;
  hits: readonly T[];
}

export interface Coverage<T extends ScoredHit> {
  groups: ResultGroup<T>[];
  /** Most query words any page matches. */
  best: number;
  /** The words the first result matches, in query order. */
  bestWords: string[];
}

/** Ranks the pages found for any word of the query by how many words they match (see the module comment). */
export function rankByCoverage<T extends ScoredHit & { id: string }>(
  perWord: readonly WordHits<T>[],
  typeOf: (hit: T) => ResultType,
): Coverage<T> {
  const pages = new Map<string, { hit: T; type: ResultType; words: Set<string>; score: number; first: number }>();
  let order = 0;
  for (const { word, hits } of perWord) {
    // Scores are made comparable across words: each word's best page counts 1.
    const top = Math.max(0, ...hits.map(adjustedScore)) || 1;
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, type: typeOf(hit), words: new Set<string>(), score: 0, first: order++ };
      if (!page.words.has(word)) {
        page.words.add(word);
        page.score += adjustedScore(hit) / top;
      }
      pages.set(hit.id, page);
    }
  }
  const ranked = [...pages.values()].sort(
    (a, b) =>
      b.words.size - a.words.size || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.score - a.score || a.first - b.first,
  );
  const groups = new Map<ResultType, T[]>();
  for (const page of ranked) groups.set(page.type, [...(groups.get(page.type) ?? []), page.hit]);
  const first = ranked[0];
  return {
    groups: [...groups].filter(([type]) => RESULT_TYPES.includes(type)).map(([type, hits]) => ({ type, hits })),
    best: first?.words.size ?? 0,
    bestWords: first ? perWord.map((w) => w.word).filter((w) => first.words.has(w)) : [],
  };
}
