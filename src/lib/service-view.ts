// Shapes service content for display: cost summaries, option labels, groupings.
// Labels come from keystatic.config.ts so editors and residents see the same words.
import { DOCUMENT_FORMS, LIFE_EVENTS, SERVICE_CATEGORIES } from '../../keystatic.config.ts';
import { t } from '../i18n/id.ts';
import { formatRupiah } from './format.ts';

type Option = { readonly label: string; readonly value: string };
const labelOf = (options: readonly Option[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/** Resident-facing label of a service category. */
export const categoryLabel = (value: string) => labelOf(SERVICE_CATEGORIES, value);
/** Resident-facing label of a life event. */
export const lifeEventLabel = (value: string) => labelOf(LIFE_EVENTS, value);
/** Resident-facing label of a document form (asli, fotokopi, ...). */
export const documentFormLabel = (value: string) => labelOf(DOCUMENT_FORMS, value);

/** Cost as residents scan it: "Gratis", "Rp30.000" or "Rp75.000–Rp80.000". */
export function costSummary(biaya: { discriminant: string; value?: unknown }): string {
  if (biaya.discriminant !== 'berbayar') return 'Gratis';
  const tarif = (biaya.value as { tarif: { jumlah: number | null }[] }).tarif;
  const amounts = tarif.map((t) => t.jumlah ?? 0).sort((a, b) => a - b);
  const [low, high] = [amounts[0] ?? 0, amounts[amounts.length - 1] ?? 0];
  return low === high ? formatRupiah(low) : `${formatRupiah(low)}–${formatRupiah(high)}`;
}

/** Lowest fee in Rupiah (0 when free), for structured data and open data. */
export function lowestFee(biaya: { discriminant: string; value?: unknown }): number {
  if (biaya.discriminant !== 'berbayar') return 0;
  const tarif = (biaya.value as { tarif: { jumlah: number | null }[] }).tarif;
  return Math.min(...tarif.map((t) => t.jumlah ?? 0));
}

/** How residents see a gerai named everywhere: "Gerai G01 Dukcapil". */
export function geraiName(gerai: { kode: string; nama: string }): string {
  return `${t.service.gerai} ${gerai.kode} ${gerai.nama}`;
}

/** Group items by a key, keeping first-seen group order and item order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Options in schema order that actually occur in `values`. */
export function usedOptions(options: readonly Option[], values: Iterable<string>): Option[] {
  const used = new Set(values);
  return options.filter((o) => used.has(o.value));
}
