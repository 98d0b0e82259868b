// The search index is split by result type: one Pagefind bundle per type, so the type of
// a result comes from the bundle it was found in (no filter data to download) and large,
// secondary bundles can load only when needed. Shared by the build and the search page.
import { RESULT_TYPES, type ResultType } from './rank.ts';

/** URL folder of all search files in the build (the services bundle lives here). */
export const SEARCH_ROOT = '/pagefind/';

/** Sub-folder of each type's bundle; services are the primary bundle at the root. */
export const BUNDLE_DIRS: Readonly<Record<ResultType, string>> = {
  layanan: '',
  gerai: 'gerai/',
  pengumuman: 'pengumuman/',
  halaman: 'halaman/',
};

/** Bundles merged as soon as search starts: small, and part of most answers. */
export const EAGER_TYPES: readonly ResultType[] = ['gerai', 'halaman'];

/** Bundles merged on demand: announcements can run into thousands of pages on slow data. */
export const LAZY_TYPES: readonly ResultType[] = ['pengumuman'];

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
