// The Pagefind instance of a visit: the bundles merged into it (services, gerai and editor
// pages at once, announcements on demand) and which type each page is. Shared by the
// search page, the relevance test and the benchmark through engine.ts.
import { bundleUrl, PRIMARY_TYPES } from './bundles.ts';
import type { PagefindApi } from './pagefind-api.ts';
import { RESULT_TYPES, type ResultType } from './rank.ts';
import { SERVED_ELSEWHERE } from '../../lib/vocabulary.ts';

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

/** The filter naming a page's type (services carry none). */
export const TYPE_FILTER = 'tipe';
/** Filter set on services editors mark as popular (src/pages/layanan/[slug].astro). */
const POPULAR_FILTER = { populer: 'ya' } as const;
/** Filter set on services this MPP lists but serves elsewhere (src/components/AvailabilityNotice.astro). */
const ELSEWHERE_FILTER = { ketersediaan: SERVED_ELSEWHERE } as const;

/** Which type each page is and which services are popular: the same for every query. */
export interface PageClasses {
  /** Type of every page that is not a service (services are not listed). */
  typeOf: Map<string, ResultType>;
  popular: Set<string>;
  /** Services this MPP lists but serves elsewhere. */
  elsewhere: Set<string>;
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
        const [byType, popular, elsewhere, all] = await Promise.all([
          Promise.all(types.map(async (type) => ({ type, found: await this.api.search(null, { filters: { [TYPE_FILTER]: type } }) }))),
          this.api.search(null, { filters: POPULAR_FILTER }),
          this.api.search(null, { filters: ELSEWHERE_FILTER }),
          this.api.search(null),
        ]);
        const typeOf = new Map<string, ResultType>();
        for (const { type, found } of byType) for (const hit of found?.results ?? []) typeOf.set(hit.id, type);
        const ids = (found: typeof all) => new Set((found?.results ?? []).map((h) => h.id));
        return { typeOf, popular: ids(popular), elsewhere: ids(elsewhere), total: all?.results.length ?? 0 };
      })();
      this.classes.catch(() => {
        this.classes = null;
      });
    }
    return this.classes;
  }
}
