// The /cari/ address: ?q= and the filters, so a search can be shared, bookmarked or reloaded.

/** The filters the page offers, by their parameter name. */
export const FILTER_KEYS = ['tipe', 'gerai', 'instansi'] as const;
/** One filter's parameter name. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The query string for a search ("q=…&tipe=…"), empty when there is nothing to keep. */
export function searchQueryString(query: string, filterValue: (key: FilterKey) => string | undefined): string {
  const params = new URLSearchParams();
  const q = query.trim();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) {
    const value = filterValue(key);
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** The filter values an address asks for, each kept only when `allowed` offers it. */
export function filtersFromAddress(
  params: URLSearchParams,
  allowed: (key: FilterKey, value: string) => boolean,
): Partial<Record<FilterKey, string>> {
  const chosen: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value && allowed(key, value)) chosen[key] = value;
  }
  return chosen;
}
