// How the service catalogue is grouped for the index pages.
import { groupBy } from './service-view.ts';
import { SERVICE_CATEGORIES } from './vocabulary.ts';

/** Services listed per category on /layanan/ before linking to the category page. */
export const INDEX_PREVIEW = 30;

/** Services grouped by category, in the schema's category order, names A–Z within. */
export function categoryGroups<T extends { kategori: string; nama: string }>(services: readonly T[]): [string, T[]][] {
  const order = (k: string) => SERVICE_CATEGORIES.findIndex((c) => c.value === k);
  const sorted = [...services].sort((a, b) => order(a.kategori) - order(b.kategori) || a.nama.localeCompare(b.nama, 'id'));
  return [...groupBy(sorted, (s) => s.kategori)];
}
