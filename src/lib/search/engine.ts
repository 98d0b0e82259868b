// The search flow on top of Pagefind's JS API, kept free of the DOM so the page, the
// relevance test and the benchmark run the very same steps:
//   1. understand the query (normalize.ts): stop words set aside, spellings standardised;
//   2. ask Pagefind once. Gerai and editor pages carry a `tipe` filter in the primary
//      bundle (services are the untyped rest), announcements get one when their bundle is
//      merged, so hits are grouped by type without loading any page data; groups are then
//      ordered (rank.ts);
//   3. when the words are not found among services, gerai and pages, merge the
//      announcements bundle (loaded on demand: it can be thousands of pages) and try again;
//   4. then try the closest known spelling ("Mungkin maksud Anda");
//   5. when no page has all the words, rank pages by how many they match (coverage.ts), or
//      say the MPP does not offer it when words are in no page.
import { rankByCoverage } from './coverage.ts';
import { canonicalQuery, understandQuery, words } from './normalize.ts';
import type { Hit, PagefindApi } from './pagefind-api.ts';
import { checkedWords, containsQueryWords, MIN_PREFIX, wordMatches, wordsFound } from './query-words.ts';
import { orderGroups, POPULAR_PRIOR, RESULT_TYPES, type ResultGroup, type ResultType } from './rank.ts';
import { BUNDLE_DIRS, bundleUrl, PRIMARY_TYPES } from './bundles.ts';
import { suggestQuery, type TermIndex } from './suggest.ts';

/**
 * Options for every bundle. Meta weights: the title counts most, then the hidden alias
 * terms (`kata`); a service's summary and gerai (`ringkasan`, `gerai`), indexed only as
 * meta, count as body text; requirement document names (`dokumen`) count half as much;
 * display-only fields never move results.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 22,
  ranking: {
    metaWeights: { title: 5, kata: 3, ringkasan: 1, gerai: 1, dokumen: 0.5, biaya: 0, instansi: 0.5, tanggal: 0, image: 0, image_alt: 0 },
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
  /** True when no page has all the words: results are ranked by how many they match; `shownQuery` has those the first matches. */
  relaxed: boolean;
  /** True when words are in no page and no page has two of the words: "not offered here", with the closest services as `groups`. */
  notOffered: boolean;
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
  /** Number of pages searched (all merged bundles). */
  total: number;
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
   * filter of merged bundles), the popular services and the number of pages; any other hit
   * is a service. Filter-only searches, made once per set of merged bundles.
   */
  pageClasses(): Promise<PageClasses> {
    if (!this.classes) {
      const types = this.types().filter((type) => type !== 'layanan');
      this.classes = (async () => {
        await Promise.all(types.map((type) => this.merged.get(type)));
        const [byType, popular, all] = await Promise.all([
          Promise.all(types.map(async (type) => ({ type, found: await this.api.search(null, { filters: { [TYPE_FILTER]: type } }) }))),
          this.api.search(null, { filters: POPULAR_FILTER }),
          this.api.search(null),
        ]);
        const typeOf = new Map<string, ResultType>();
        for (const { type, found } of byType) for (const hit of found?.results ?? []) typeOf.set(hit.id, type);
        return { typeOf, popular: new Set((popular?.results ?? []).map((h) => h.id)), total: all?.results.length ?? 0 };
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

const countHits = (groups: ResultGroup<Hit>[]) => groups.reduce((n, g) => n + g.hits.length, 0);

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

/**
 * Results for all the words together, without the bundles whose best hit lacks them (see
 * realHits), and whether the first results really contain them.
 */
async function allWords(index: SearchIndex, meaningful: readonly string[], filters: SearchFilters) {
  const groups = await withoutFallback(await searchGroups(index, meaningful.join(' '), filters), meaningful);
  return { groups, found: await containsQueryWords(groups, meaningful) };
}

/** The groups of the bundles whose best hit has all the words. */
async function withoutFallback(groups: ResultGroup<Hit>[], meaningful: readonly string[]): Promise<ResultGroup<Hit>[]> {
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
async function unknownWords(index: SearchIndex, meaningful: readonly string[]): Promise<string[]> {
  const known = await Promise.all(meaningful.map(async (word) => (await realHits(index, word, {})).length > 0));
  return meaningful.filter((_, i) => !known[i]);
}

/**
 * The hits for one word, without those of a bundle that does not have the word: for a word
 * it does not have, Pagefind falls back to a shorter prefix (down to one letter), per bundle,
 * so "apotek", found among services, finds announcements with a lone "A". The best hit of
 * each bundle shows whether it has the word.
 */
async function realHits(index: SearchIndex, word: string, filters: SearchFilters): Promise<Hit[]> {
  return (await withoutFallback(await searchGroups(index, word, filters), [word])).flatMap((g) => g.hits);
}

/** Closest known spelling of each unknown word, or the word joined with its neighbour ("ketenaga kerjaan"). */
function correctWords(meaningful: readonly string[], unknown: readonly string[], terms: TermIndex): string[] {
  const corrected = suggestQuery(meaningful.join(' '), terms, unknown);
  return corrected ? corrected.split(' ') : [...meaningful];
}

/**
 * The whole search: results for the query's meaningful words; else for the closest known
 * spelling; else ranked by how many of the words each page matches; and when words are in
 * no page and no page has two of them, the "not offered here" state with the closest
 * services. `loadTerms` is called only when a word is unknown, so the term list is not
 * downloaded for ordinary searches; `isCurrent` false (the resident typed on) stops before
 * each step that downloads more.
 */
export async function runSearch(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  loadTerms: () => Promise<TermIndex | null> = async () => null,
  isCurrent: () => boolean = () => true,
): Promise<SearchOutcome> {
  const trimmed = query.trim();
  if (filters.tipe && !index.has(filters.tipe)) await index.load(filters.tipe);
  const { meaningful, hints } = understandQuery(trimmed);
  const outcome: SearchOutcome = {
    query: trimmed,
    shownQuery: meaningful.join(' '),
    corrected: false,
    relaxed: false,
    notOffered: false,
    suggestion: null,
    groups: [],
    total: 0,
    notSearched: [],
  };
  if (meaningful.length === 0) return outcome;
  const done = async (groups: ResultGroup<Hit>[], extra: Partial<SearchOutcome> = {}): Promise<SearchOutcome> => {
    const ranked = extra.relaxed || extra.notOffered || !isCurrent() ? groups : await preferHintWords(groups, hints);
    return {
      ...outcome,
      ...extra,
      groups: ranked,
      total: countHits(ranked),
      notSearched: filters.tipe ? [] : RESULT_TYPES.filter((type) => !index.has(type)),
    };
  };

  if (!isCurrent()) return outcome;
  let first = await allWords(index, meaningful, filters);
  if (first.found) return done(first.groups);
  // A word shorter than three letters matches only whole words; one that is no whole word
  // of any page is mostly the start of a word being typed ("perpanjang si"): the other
  // words answer, cheaply (an exact search reads the chunk already loaded).
  const partial = await Promise.all(
    meaningful.map(async (w) => w.length < MIN_PREFIX && !(await index.api.search(`"${w}"`))?.results.length),
  );
  const rest = meaningful.filter((_, i) => !partial[i]);
  if (rest.length === 0) return done([]);
  if (rest.length < meaningful.length) {
    const withoutPartial = await allWords(index, rest, filters);
    if (withoutPartial.found) return done(withoutPartial.groups, { relaxed: true, shownQuery: rest.join(' ') });
  }
  // The steps below download more (announcements, page data, the term list): skipped once
  // the resident has typed on.
  if (!isCurrent()) return done(first.groups);
  // Announcements load only when services, gerai and pages do not answer (and no filter
  // that announcements cannot match is set).
  const lazy = index.types().length < RESULT_TYPES.length && !filters.tipe && !filters.gerai && !filters.instansi;
  if (lazy) {
    await Promise.all(RESULT_TYPES.map((type) => index.load(type)));
    first = await allWords(index, meaningful, filters);
    if (first.found) return done(first.groups);
  }

  const words = [...meaningful];
  if (!isCurrent()) return done(first.groups);
  const unknown = await unknownWords(index, words);
  if (unknown.length > 0 && isCurrent()) {
    const terms = await loadTerms();
    const corrected = terms ? correctWords(words, unknown, terms) : words;
    if (corrected.join(' ') !== words.join(' ')) {
      const suggestion = corrected.join(' ');
      const alternative = await allWords(index, corrected, filters);
      if (alternative.found) return done(alternative.groups, { shownQuery: suggestion, corrected: true, suggestion });
      // A correction that finds no page with all the words is offered, not searched:
      // "umur" is a real word, not a typo of "umum".
      outcome.suggestion = suggestion;
    }
  }

  if (!isCurrent()) return done(first.groups);
  const known = words.filter((w) => !unknown.includes(w));
  const classes = await index.pageClasses();
  const perWord = await Promise.all(known.map(async (word) => ({ word, hits: await realHits(index, word, filters) })));
  const coverage = rankByCoverage(perWord, (hit) => classes.typeOf.get(hit.id) ?? 'layanan', classes.total);
  // Words in no page, and no page with two of the words: this MPP does not offer it.
  if (unknown.length > 0 && coverage.best <= 1) {
    const close = coverage.groups.filter((g) => g.type === 'layanan');
    return done(close, { notOffered: true, shownQuery: words.join(' ') });
  }
  if (coverage.best === 0) return done([]);
  return done(coverage.groups, { relaxed: true, shownQuery: coverage.bestWords.join(' ') });
}
