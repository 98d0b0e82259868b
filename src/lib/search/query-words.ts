// Whether results really contain the words a resident typed: Pagefind falls back to
// shorter prefixes for words it does not have, so a result list alone proves nothing.
import { canonicalQuery, foldText, words } from './normalize.ts';
import type { Hit, PagefindData } from './pagefind-api.ts';
import { displayOrder, type ResultGroup } from './rank.ts';

/** How many of the first results are checked for the query's words. */
const CHECKED_HITS = 3;

/**
 * True when a page word stands for a query word: it starts with it ("ktp" → "ktp-el"), or
 * the query word is a longer form of it ("perpanjangan" → "perpanjang").
 */
export function wordMatches(queryWord: string, pageWord: string): boolean {
  return pageWord.startsWith(queryWord) || (pageWord.length >= 4 && queryWord.startsWith(pageWord));
}

/** Words Pagefind marked in an excerpt, plus the words of the fields indexed only as meta (title, alias terms, summary). */
export function matchedWords(data: PagefindData): string[] {
  const marked = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/gi)].map((m) => m[1] ?? '');
  return [...marked, data.meta.title ?? '', data.meta.kata ?? '', data.meta.ringkasan ?? ''].flatMap(words);
}

/**
 * Whether the first results really contain every query word. Pagefind falls back to
 * shorter prefixes when a word is not in the index ("psapor" finds "pas foto"), so a
 * result list alone does not mean the words were found. Loads the data of at most three
 * pages, which the page shows anyway.
 */
export async function containsQueryWords(groups: ResultGroup<Hit>[], query: string): Promise<boolean> {
  const queryWords = words(canonicalQuery(query)).filter((w) => w.length >= 2);
  const hits = displayOrder(groups, () => CHECKED_HITS).slice(0, CHECKED_HITS);
  if (hits.length === 0) return false;
  const pageWords = (await Promise.all(hits.map((h) => h.data()))).flatMap(matchedWords).map(foldText);
  return queryWords.every((q) => pageWords.some((p) => wordMatches(q, p)));
}
