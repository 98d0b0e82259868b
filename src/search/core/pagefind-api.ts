// The part of Pagefind's browser API (/pagefind/pagefind.js) the search uses, as types.

/** Result data Pagefind returns from `result.data()` (the fields the page uses). */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindHit {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}

/** A Pagefind hit with the page-level prior the ranking adds. */
export interface Hit extends PagefindHit {
  prior: number;
  /** A service this MPP lists but serves elsewhere (set with `prior`, from the page classes). */
  servedElsewhere?: boolean;
}

export interface PagefindSearch {
  results: PagefindHit[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

/** The subset of /pagefind/pagefind.js the search uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}
