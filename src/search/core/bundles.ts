// The search index is split in two Pagefind bundles. Services, gerai and editor pages
// share the primary one: a first search then downloads one page list and one index chunk
// per word. Announcements, which can run into thousands of pages, have their own bundle,
// merged only when needed. Shared by the build and the search page.
import { RESULT_TYPES, type ResultType } from './rank.ts';

/** URL folder of all search files in the build (the primary bundle lives here). */
export const SEARCH_ROOT = '/pagefind/';

/** Sub-folder of each type's bundle; '' is the primary bundle at the root. */
export const BUNDLE_DIRS: Readonly<Record<ResultType, string>> = {
  layanan: '',
  gerai: '',
  pengumuman: 'pengumuman/',
  halaman: '',
};

/** Types in the primary bundle, searched from the first keystroke. */
export const PRIMARY_TYPES: readonly ResultType[] = RESULT_TYPES.filter((type) => BUNDLE_DIRS[type] === '');

/** Bundles merged on demand: announcements can run into thousands of pages on slow data. */
export const LAZY_TYPES: readonly ResultType[] = RESULT_TYPES.filter((type) => BUNDLE_DIRS[type] !== '');

/**
 * Whether a type's pages carry a `tipe` filter in the index. Services do not: they are
 * most of the index, and any hit without a type is a service. Lazy bundles get theirs
 * when merged, without a download.
 */
export function typeFilterIndexed(type: ResultType): boolean {
  return type !== 'layanan' && BUNDLE_DIRS[type] === '';
}

/** URL of a type's bundle, optionally under another origin (tests and benchmarks). */
export function bundleUrl(type: ResultType, origin = ''): string {
  return `${origin}${SEARCH_ROOT}${BUNDLE_DIRS[type]}`;
}

/** The type a built page declares with data-pagefind-filter="tipe:…", or null. */
export function declaredType(html: string): ResultType | null {
  const match = /data-pagefind-filter="tipe:([a-z]+)"/.exec(html);
  const type = match?.[1] as ResultType | undefined;
  return type && RESULT_TYPES.includes(type) ? type : null;
}
