// One Pagefind search turned into result groups: hits sorted by type (without loading page
// data), short words matched whole, and the first services reordered by the stop words the
// query set aside. The steps of the whole search are in engine.ts.
import { canonicalQuery, words } from './normalize.ts';
import type { Hit } from './pagefind-api.ts';
import { MIN_PREFIX, wordMatches } from './query-words.ts';
import { orderGroups, POPULAR_PRIOR, RESULT_TYPES, type ResultGroup, type ResultType } from './rank.ts';
import { type SearchIndex, TYPE_FILTER } from './session.ts';

/** Filters a resident can set on the search page (all optional; combined with AND). */
export interface SearchFilters {
  tipe?: ResultType | '';
  gerai?: string;
  instansi?: string;
}

/** One Pagefind search for the query (with the resident's filters), grouped by type and ordered. */
export async function searchGroups(index: SearchIndex, query: string, filters: SearchFilters = {}): Promise<ResultGroup<Hit>[]> {
  const term = canonicalQuery(query);
  if (!term) return [];
  const filter: Record<string, string> = {};
  // Services carry no type filter (any untyped hit is a service): they are picked below.
  if (filters.tipe && filters.tipe !== 'layanan') filter[TYPE_FILTER] = filters.tipe;
  if (filters.gerai) filter.gerai = filters.gerai;
  if (filters.instansi) filter.instansi = filters.instansi;
  const classes = await index.pageClasses();
  const found = await index.api.search(term, { filters: filter });
  const whole = await wholeWordPages(index, term, filter);
  const groups = new Map<ResultType, Hit[]>(RESULT_TYPES.map((type) => [type, []]));
  for (const hit of found?.results ?? []) {
    if (whole && !whole.has(hit.id)) continue;
    const type = classes.typeOf.get(hit.id) ?? 'layanan';
    if (filters.tipe && type !== filters.tipe) continue;
    groups.get(type)?.push(Object.assign(hit, { prior: classes.popular.has(hit.id) ? POPULAR_PRIOR : 1 }));
  }
  return orderGroups([...groups].map(([type, hits]) => ({ type, hits })));
}

/**
 * Pages that have every word of the query shorter than MIN_PREFIX as a whole word, or null
 * when there is none: Pagefind matches every word as a prefix, so "kk" would find "KKPR".
 * A quoted (exact) search reads the same index chunk, so this downloads nothing more.
 */
async function wholeWordPages(index: SearchIndex, term: string, filter: Record<string, string>): Promise<Set<string> | null> {
  const short = term.split(' ').filter((w) => w.length < MIN_PREFIX);
  if (short.length === 0) return null;
  const sets = await Promise.all(
    short.map(async (w) => new Set(((await index.api.search(`"${w}"`, { filters: filter }))?.results ?? []).map((h) => h.id))),
  );
  return new Set([...(sets[0] ?? [])].filter((id) => sets.every((set) => set.has(id))));
}

/** How many of the first services the left-out stop words may reorder (the page shows five). */
export const HINT_RERANK = 5;

/**
 * Among the first services, those whose name or alias terms contain the stop words left
 * out of the query come first ("bikin ktp": the new KTP-el, whose aliases say "bikin").
 * Their data is what the page shows first anyway, so this downloads nothing more.
 */
export async function preferHintWords(groups: ResultGroup<Hit>[], hints: readonly string[]): Promise<ResultGroup<Hit>[]> {
  const services = groups.find((g) => g.type === 'layanan');
  if (!services || hints.length === 0 || services.hits.length < 2) return groups;
  const first = services.hits.slice(0, HINT_RERANK);
  const counts = await Promise.all(
    first.map(async (hit) => {
      const { meta } = await hit.data();
      const named = words(`${meta.title ?? ''} ${meta.kata ?? ''}`);
      return hints.filter((h) => named.some((w) => wordMatches(h, w))).length;
    }),
  );
  const reordered = first.map((hit, i) => ({ hit, i, n: counts[i] ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i);
  const hits = [...reordered.map((r) => r.hit), ...services.hits.slice(HINT_RERANK)];
  return groups.map((g) => (g === services ? { ...g, hits } : g));
}
