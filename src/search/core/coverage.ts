// The fallback ranking when no page has all the meaningful words of a query: pages are
// ranked by how many of the words they match, each word counted by how rare it is among the
// pages it names, or else those it is on (a word on a third of the pages, like "baru" or
// "surat", says less than "apotek" or "tilang"), services ahead of gerai, editor pages (FAQ)
// and announcements that match as many words, then by how well they match them.
import { adjustedScore, isStrongMatch, RESULT_TYPES, type ResultGroup, type ResultType, type ScoredHit } from './rank.ts';

/** How much a type's matched words count: services lead among pages that match as many words. */
export const COVERAGE_TYPE_WEIGHT: Readonly<Record<ResultType, number>> = {
  layanan: 1,
  gerai: 0.9,
  halaman: 0.8,
  pengumuman: 0.7,
};

/** How much a word found only in a page's text counts, against one in its title or alias terms. */
export const BODY_MATCH_WEIGHT = 0.5;

/**
 * Weight of a word found on `found` of `total` pages: rare words count more (inverse document
 * frequency, log(total / found)). Two common words ("surat keterangan", on a third of the
 * pages) then weigh less than the one rare word that names the service ("pindah").
 */
export function wordWeight(found: number, total: number): number {
  // A word on every page still counts a little, so a page matching it ranks above one that does not.
  return Math.log(Math.max(total, found, 1) / Math.max(found, 1)) + 0.05;
}

/** How much a word that describes the resident's case counts ("air" of "paspor kena air"), against one that names what is asked for. */
export const CASE_WORD_WEIGHT = 0.5;

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

/**
 * Ranks the pages found for any word of the query by the words they match (see the module
 * comment). `totalPages` is the number of pages searched; `describesCase` tells the words
 * typed after a case marker ("kena", "buat"), which count less.
 */
export function rankByCoverage<T extends ScoredHit & { id: string }>(
  perWord: readonly WordHits<T>[],
  typeOf: (hit: T) => ResultType,
  totalPages: number,
  describesCase: (word: string) => boolean = () => false,
): Coverage<T> {
  const pages = new Map<string, { hit: T; type: ResultType; words: Set<string>; covered: number; score: number; first: number }>();
  let order = 0;
  for (const { word, hits } of perWord) {
    // Rare by the pages it names (title or alias terms), not by those that mention it: "kematian"
    // names two pages though four more list a death certificate among their documents.
    const naming = hits.filter(isStrongMatch).length;
    const weight = wordWeight(naming || hits.length, totalPages) * (describesCase(word) ? CASE_WORD_WEIGHT : 1);
    // Scores are made comparable across words: each word's best page counts 1.
    const top = Math.max(0, ...hits.map(adjustedScore)) || 1;
    for (const hit of hits) {
      const page = pages.get(hit.id) ?? { hit, type: typeOf(hit), words: new Set<string>(), covered: 0, score: 0, first: order++ };
      if (!page.words.has(word)) {
        page.words.add(word);
        // A word in the page's title or alias terms says more than one somewhere in its text.
        page.covered += weight * (isStrongMatch(hit) ? 1 : BODY_MATCH_WEIGHT);
        page.score += adjustedScore(hit) / top;
      }
      pages.set(hit.id, page);
    }
  }
  const key = (p: { type: ResultType; covered: number }) => p.covered * COVERAGE_TYPE_WEIGHT[p.type];
  const ranked = [...pages.values()].sort((a, b) => key(b) - key(a) || b.score - a.score || a.first - b.first);
  const groups = new Map<ResultType, T[]>();
  for (const page of ranked) groups.set(page.type, [...(groups.get(page.type) ?? []), page.hit]);
  const first = ranked[0];
  return {
    groups: [...groups].filter(([type]) => RESULT_TYPES.includes(type)).map(([type, hits]) => ({ type, hits })),
    best: Math.max(0, ...ranked.map((p) => p.words.size)),
    bestWords: first ? perWord.map((w) => w.word).filter((w) => first.words.has(w)) : [],
  };
}
