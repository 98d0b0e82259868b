// The search flow on top of Pagefind's JS API, kept free of the DOM so the page, the
// relevance test and the benchmark run the very same steps:
//   1. normalise the query, drop filler words, standardise spellings;
//   2. ask Pagefind once. Gerai and editor pages carry a `tipe` filter in the primary
//      bundle (services are the untyped rest), announcements get one when their bundle is
//      merged, so hits are grouped by type without loading any page data; groups are then
//      ordered (rank.ts);
//   3. when the words are not found among services, gerai and pages, merge the
//      announcements bundle (loaded on demand: it can be thousands of pages) and try again;
//   4. then try the closest known spelling ("Mungkin maksud Anda");
//   5. when all words together find nothing, show the results without one of them.
import { canonicalQuery, searchableQuery } from './normalize.ts';
import type { Hit, PagefindApi } from './pagefind-api.ts';
import { containsQueryWords } from './query-words.ts';
import { adjustedScore, orderGroups, POPULAR_PRIOR, RESULT_TYPES, type ResultGroup, type ResultType, TYPE_PRIOR } from './rank.ts';
import { bundleUrl, PRIMARY_TYPES } from './bundles.ts';
import { suggestQuery, type TermIndex } from './suggest.ts';

/**
 * Options for every bundle. Meta weights: the title counts most, then the hidden alias
 * terms (`kata`); a service's summary and gerai (`ringkasan`, `gerai`), indexed only as
 * meta, count as body text; display-only fields never move results.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 22,
  ranking: {
    metaWeights: { title: 5, kata: 3, ringkasan: 1, gerai: 1, biaya: 0, instansi: 0.5, tanggal: 0, image: 0, image_alt: 0 },
  },
} as const;

/** Filters a resident can set on the search page (all optional; combined with AND). */
export interface SearchFilters {
  tipe?: ResultType | '';
  gerai?: string;
  instansi?: string;
}

export interface SearchOutcome {
  /** The query as the resident typed it (trimmed). */
  query: string;
  /** The query whose results are shown: `query`, or the suggestion when it replaced a failed query. */
  shownQuery: string;
  /** True when the results are for `suggestion` because `query` found nothing useful. */
  corrected: boolean;
  /** True when no page has all the words and the results are for `shownQuery`, the query minus one word. */
  relaxed: boolean;
  /** "Mungkin maksud Anda: …", or null. */
  suggestion: string | null;
  groups: ResultGroup<Hit>[];
  total: number;
  /** Types whose bundle was not searched (not loaded yet): the page offers to include them. */
  notSearched: ResultType[];
}

const TYPE_FILTER = 'tipe';
/** Filter set on services editors mark as popular (src/pages/layanan/[slug].astro). */
const POPULAR_FILTER = { populer: 'ya' } as const;

/** Which type each page is and which services are popular: the same for every query. */
export interface PageClasses {
  /** Type of every page that is not a service (services are not listed). */
  typeOf: Map<string, ResultType>;
  popular: Set<string>;
}

/**
 * The Pagefind instance of a visit and the bundles merged into it. Services are the primary
 * bundle; gerai and editor pages are merged at once; announcements on demand (`load`).
 */
export class SearchIndex {
  readonly api: PagefindApi;
  private readonly origin: string;
  private readonly merged = new Map<ResultType, Promise<void>>();
  private classes: Promise<PageClasses> | null = null;

  private constructor(api: PagefindApi, origin: string) {
    this.api = api;
    this.origin = origin;
  }

  /** Initialise Pagefind with the primary bundle (services, gerai, editor pages). */
  static async open(api: PagefindApi, options: { origin?: string } = {}): Promise<SearchIndex> {
    const origin = options.origin ?? '';
    // Pagefind's WebAssembly runs in its web worker (12 KB more script): on the main thread
    // it blocked typing and scrolling for 200-350 ms on a throttled phone.
    await api.options({
      ...PAGEFIND_OPTIONS,
      ...(origin ? { basePath: bundleUrl('layanan', origin), baseUrl: '/' } : {}),
    });
    await api.init();
    const index = new SearchIndex(api, origin);
    for (const type of PRIMARY_TYPES) index.merged.set(type, Promise.resolve());
    // Ready before the resident finishes typing the first word.
    index.pageClasses().catch(() => undefined);
    return index;
  }

  /** True when a type's pages are searched (its bundle merged, or being merged). */
  has(type: ResultType): boolean {
    return this.merged.has(type);
  }

  /** Merge a type's bundle (once); later searches include its pages. */
  load(type: ResultType): Promise<void> {
    let done = this.merged.get(type);
    if (!done) {
      done = this.api.mergeIndex(bundleUrl(type, this.origin), { ...PAGEFIND_OPTIONS, mergeFilter: { [TYPE_FILTER]: type } }).then(() => {
        this.classes = null;
      });
      done.catch(() => this.merged.delete(type));
      this.merged.set(type, done);
    }
    return done;
  }

  /** Merged types, in RESULT_TYPES order. */
  types(): ResultType[] {
    return RESULT_TYPES.filter((type) => this.merged.has(type));
  }

  /**
   * Page ids of the other types (a small filter chunk for gerai and pages, the synthetic
   * filter of merged bundles) and the popular services; any other hit is a service.
   * Filter-only searches, made once per set of merged bundles.
   */
  pageClasses(): Promise<PageClasses> {
    if (!this.classes) {
      const types = this.types().filter((type) => type !== 'layanan');
      this.classes = (async () => {
        await Promise.all(types.map((type) => this.merged.get(type)));
        const [byType, popular] = await Promise.all([
          Promise.all(types.map(async (type) => ({ type, found: await this.api.search(null, { filters: { [TYPE_FILTER]: type } }) }))),
          this.api.search(null, { filters: POPULAR_FILTER }),
        ]);
        const typeOf = new Map<string, ResultType>();
        for (const { type, found } of byType) for (const hit of found?.results ?? []) typeOf.set(hit.id, type);
        return { typeOf, popular: new Set((popular?.results ?? []).map((h) => h.id)) };
      })();
      this.classes.catch(() => {
        this.classes = null;
      });
    }
    return this.classes;
  }
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
  const groups = new Map<ResultType, Hit[]>(RESULT_TYPES.map((type) => [type, []]));
  for (const hit of found?.results ?? []) {
    const type = classes.typeOf.get(hit.id) ?? 'layanan';
    if (filters.tipe && type !== filters.tipe) continue;
    groups.get(type)?.push(Object.assign(hit, { prior: classes.popular.has(hit.id) ? POPULAR_PRIOR : 1 }));
  }
  return orderGroups([...groups].map(([type, hits]) => ({ type, hits })));
}

const countHits = (groups: ResultGroup<Hit>[]) => groups.reduce((n, g) => n + g.hits.length, 0);

/**
 * The whole search: results for the query, or for the closest known spelling when the
 * query's words are not found. `loadTerms` is called only in that case, so the term list
 * is not downloaded for ordinary searches.
 */
export async function runSearch(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  loadTerms: () => Promise<TermIndex | null> = async () => null,
): Promise<SearchOutcome> {
  const trimmed = query.trim();
  if (filters.tipe && !index.has(filters.tipe)) await index.load(filters.tipe);
  let groups = await searchGroups(index, trimmed, filters);
  let found = await containsQueryWords(groups, trimmed);
  // Announcements load only when services, gerai and pages do not answer (and no filter
  // that announcements cannot match is set).
  const lazy = index.types().length < RESULT_TYPES.length && !filters.tipe && !filters.gerai && !filters.instansi;
  if (searchableQuery(trimmed) && !found && lazy) {
    await Promise.all(RESULT_TYPES.map((type) => index.load(type)));
    groups = await searchGroups(index, trimmed, filters);
    found = await containsQueryWords(groups, trimmed);
  }
  const outcome: SearchOutcome = {
    query: trimmed,
    shownQuery: trimmed,
    corrected: false,
    relaxed: false,
    suggestion: null,
    groups,
    total: countHits(groups),
    notSearched: filters.tipe ? [] : RESULT_TYPES.filter((type) => !index.has(type)),
  };
  if (!searchableQuery(trimmed) || found) return outcome;

  const terms = await loadTerms();
  const suggestion = terms ? suggestQuery(canonicalQuery(trimmed), terms) : null;
  if (suggestion) {
    outcome.suggestion = suggestion;
    const alternative = await searchGroups(index, suggestion, filters);
    // Show the suggestion's results instead only when they do contain its words.
    if (await containsQueryWords(alternative, suggestion)) {
      return { ...outcome, shownQuery: suggestion, corrected: true, groups: alternative, total: countHits(alternative) };
    }
  }
  if (outcome.total === 0) return (await relaxQuery(index, trimmed, filters)) ?? outcome;
  return outcome;
}

/**
 * Pagefind requires every word, so one word no page has ("ktp jakarta") hides everything.
 * Tries the query without each word in turn and keeps the best that finds its words.
 */
async function relaxQuery(index: SearchIndex, query: string, filters: SearchFilters): Promise<SearchOutcome | null> {
  const parts = canonicalQuery(query).split(' ').filter(Boolean);
  if (parts.length < 2) return null;
  let best: { shown: string; groups: ResultGroup<Hit>[]; score: number } | null = null;
  for (let i = 0; i < parts.length; i++) {
    const shown = parts.filter((_, j) => j !== i).join(' ');
    const groups = await searchGroups(index, shown, filters);
    const top = groups[0]?.hits[0];
    if (!top || !(await containsQueryWords(groups, shown))) continue;
    const score = adjustedScore(top) * TYPE_PRIOR[groups[0]?.type ?? 'halaman'];
    if (!best || score > best.score) best = { shown, groups, score };
  }
  if (!best) return null;
  return {
    query: query.trim(),
    shownQuery: best.shown,
    corrected: false,
    relaxed: true,
    suggestion: null,
    groups: best.groups,
    total: countHits(best.groups),
    notSearched: [],
  };
}
