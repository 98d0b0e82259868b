// Splits a list into numbered pages for static routes.

/** Announcements per list page. */
export const PAGE_SIZE = 10;

/** Page `n` (1-based) of `items`, with the total page count. */
export function pageOf<T>(items: readonly T[], n: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return { items: items.slice((n - 1) * size, n * size), page: n, pages };
}

/** Every page number after the first, for getStaticPaths. */
export function laterPages(count: number, size = PAGE_SIZE): number[] {
  const pages = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: pages - 1 }, (_, i) => i + 2);
}
