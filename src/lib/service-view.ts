// Shapes service content for display: cost summaries, option labels, groupings.
// Labels come from the vocabulary the schema uses, so editors and residents see the same words.
import { t } from '../i18n/id.ts';
import { formatRupiah } from './format.ts';
import { type AvailabilityKind, DOCUMENT_FORMS, LIFE_EVENTS, SERVED_IN_FULL, SERVICE_CATEGORIES } from './vocabulary.ts';

type Option = { readonly label: string; readonly value: string };
const labelOf = (options: readonly Option[], value: string) => options.find((o) => o.value === value)?.label ?? value;

/** Resident-facing label of a service category. */
export const categoryLabel = (value: string) => labelOf(SERVICE_CATEGORIES, value);
/** Resident-facing label of a life event. */
export const lifeEventLabel = (value: string) => labelOf(LIFE_EVENTS, value);
/** Resident-facing label of a document form (asli, fotokopi, ...). */
export const documentFormLabel = (value: string) => labelOf(DOCUMENT_FORMS, value);

/** A service's fee as stored in content (keystatic.config.ts › layanan › biaya). */
export type FeeEntry = { discriminant: string; value?: unknown };
/** The fee is computed per application (PBG retribution, vehicle tax): no amount to print. */
export const isComputedFee = (biaya: FeeEntry) => biaya.discriminant === 'sesuai-perhitungan';
const tariffAmounts = (biaya: FeeEntry) =>
  biaya.discriminant === 'berbayar' ? ((biaya.value as { tarif: { jumlah: number | null }[] }).tarif ?? []).map((t) => t.jumlah ?? 0) : [];

/** Cost as residents scan it: "Gratis", "Rp30.000", "Rp75.000–Rp80.000" or "Sesuai perhitungan". */
export function costSummary(biaya: FeeEntry): string {
  if (isComputedFee(biaya)) return t.service.computedFee;
  if (biaya.discriminant !== 'berbayar') return t.service.free;
  const amounts = tariffAmounts(biaya).sort((a, b) => a - b);
  const [low, high] = [amounts[0] ?? 0, amounts[amounts.length - 1] ?? 0];
  return low === high ? formatRupiah(low) : `${formatRupiah(low)}–${formatRupiah(high)}`;
}

/** Lowest fee in Rupiah (0 when free, null when computed per application), for structured data and open data. */
export function lowestFee(biaya: FeeEntry): number | null {
  if (isComputedFee(biaya)) return null;
  if (biaya.discriminant !== 'berbayar') return 0;
  return Math.min(...tariffAmounts(biaya));
}

/** An outside cost line: "Pas foto 4×6: sekitar Rp20.000" or "Fotokopi (biaya tidak tentu)". */
export function outsideCostText(cost: { uraian: string; perkiraan: number | null }): string {
  return cost.perkiraan === null || cost.perkiraan === undefined
    ? `${cost.uraian} (${t.service.outsideCostUnknown})`
    : `${cost.uraian}: ${t.service.approximately} ${formatRupiah(cost.perkiraan)}`;
}

// "Akta kelahiran" reads "akta kelahiran" inside a list; acronyms (KTP-el, SKCK, KK) stay.
const lowerFirst = (text: string) => (/^[A-Z0-9]{2,}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

/** A requirement's name as one checklist line: "KTP-el", or "Salah satu dari: akta kelahiran, ijazah atau buku nikah". */
export function requirementName(req: { dokumen: string; alternatif?: readonly string[] }): string {
  const options = [req.dokumen, ...(req.alternatif ?? [])].map((o) => o.trim()).filter(Boolean);
  if (options.length <= 1) return options[0] ?? '';
  const lower = options.map(lowerFirst);
  return `${t.service.oneOf}: ${lower.slice(0, -1).join(', ')} ${t.guide.or} ${lower[lower.length - 1]}`;
}

/** The tag of a service this MPP limits or serves elsewhere (card, guide step), or null when served in full. */
export function availabilityTag(kind: AvailabilityKind): string | null {
  return kind === SERVED_IN_FULL ? null : t.service.availability[kind];
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
