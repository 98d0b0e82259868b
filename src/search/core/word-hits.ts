// One query's words against the index: the pages with all of them, the pages with one, and
// the words no page has, each without Pagefind's fallback to a shorter prefix (realHits).
// The steps that use them are in engine.ts.
import { BUNDLE_DIRS } from './bundles.ts';
import { type SearchFilters, searchGroups } from './groups.ts';
import type { Hit } from './pagefind-api.ts';
import { checkedWords, containsQueryWords, wordsFound } from './query-words.ts';
import type { ResultGroup } from './rank.ts';
import type { SearchIndex } from './session.ts';

/**
 * Results for all the words together, without the bundles whose best hit lacks them (see
 * realHits), and whether the first results really contain them.
 */
export async function allWords(index: SearchIndex, meaningful: readonly string[], filters: SearchFilters) {
  const groups = await withoutFallback(await searchGroups(index, meaningful.join(' '), filters), meaningful);
  return { groups, found: await containsQueryWords(groups, meaningful) };
}

/** The groups of the bundles whose best hit has all the words. */
export async function withoutFallback(groups: ResultGroup<Hit>[], meaningful: readonly string[]): Promise<ResultGroup<Hit>[]> {
  const expected = checkedWords(meaningful);
  const bundles = [...new Set(groups.map((g) => BUNDLE_DIRS[g.type]))];
  const real = await Promise.all(
    bundles.map(async (dir) => {
      const best = groups
        .filter((g) => BUNDLE_DIRS[g.type] === dir)
        .flatMap((g) => g.hits)
        .sort((a, b) => b.score - a.score)[0];
      return best ? wordsFound(await best.data(), expected).length === expected.length : false;
    }),
  );
  return groups.filter((g) => real[bundles.indexOf(BUNDLE_DIRS[g.type])]);
}

/** The words no page has (see realHits). */
export async function unknownWords(index: SearchIndex, meaningful: readonly string[]): Promise<string[]> {
  const known = await Promise.all(meaningful.map(async (word) => (await realHits(index, word, {})).length > 0));
  return meaningful.filter((_, i) => !known[i]);
}

/**
 * The hits for one word, without those of a bundle that does not have the word: for a word
 * it does not have, Pagefind falls back to a shorter prefix (down to one letter), per bundle,
 * so "apotek", found among services, finds announcements with a lone "A". The best hit of
 * each bundle shows whether it has the word.
 */
export async function realHits(index: SearchIndex, word: string, filters: SearchFilters): Promise<Hit[]> {
  return (await withoutFallback(await searchGroups(index, word, filters), [word])).flatMap((g) => g.hits);
}
