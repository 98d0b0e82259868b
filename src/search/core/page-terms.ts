// What the page templates put into their search attributes (data-pagefind-*): the hidden
// alias terms of services and gerai, and the short facts shown in results.
import type { Gerai, Service } from '../../lib/site-types.ts';
import { costSummary } from '../../lib/service-view.ts';
import { expandSearchTerms } from './aliases.ts';
import { foldText, words } from './normalize.ts';
import { isStopWord } from './stop-words.ts';

/** Hidden, weighted terms of a service page: the words of its aliases, their synonyms and affix variants. */
export function serviceSearchTerms(service: Service): string {
  const { instansi } = service.gerai;
  const terms = expandSearchTerms({
    nama: service.nama,
    alias: service.alias,
    // The agency (not the gerai, which may serve unrelated services) brings its own synonyms.
    related: [instansi.nama, instansi.singkatan],
  });
  return distinctTermWords(terms, service.nama);
}

/** Hidden terms of a gerai page: the agency's short name and the synonyms of its name. */
export function geraiSearchTerms(gerai: Gerai): string {
  const { instansi } = gerai;
  const terms = expandSearchTerms({
    nama: geraiLabel(gerai),
    alias: instansi.singkatan ? [instansi.singkatan] : [],
    related: [instansi.nama, instansi.singkatan],
  });
  return distinctTermWords(terms, geraiLabel(gerai));
}

/** The word Pagefind indexes for a space-separated token: folded, letters and digits only ("KTP-el," → "ktpel"). */
const indexedWord = (token: string) => foldText(token).replace(/[^\p{L}\p{N}_]/gu, '');

/**
 * Terms as a list of distinct words, leaving out the title's: Pagefind matches words, not
 * phrases, so a repeated word adds little to a page's rank but makes the index entry every
 * search for it downloads larger ("izin usaha, surat izin usaha, ijin usaha" → "izin usaha
 * surat ijin").
 */
export function distinctTermWords(terms: readonly string[], title: string): string {
  const seen = new Set(title.split(/\s+/).map(indexedWord));
  const out: string[] = [];
  for (const token of terms.join(' ').split(/[\s,]+/)) {
    const word = indexedWord(token);
    if (!word || seen.has(word)) continue;
    seen.add(word);
    out.push(token);
  }
  return out.join(' ');
}

/**
 * Share of a catalogue's services (at least MIN_DOCUMENT_SERVICES) a requirement word may
 * appear in and still be indexed for every service that asks for it. A word nearly every
 * service asks for ("KTP-el", "pas foto", "formulir") tells no service apart, and indexing
 * it would make the index chunk every search for that word downloads thousands of entries
 * larger.
 */
export const MAX_DOCUMENT_SHARE = 0.02;
export const MIN_DOCUMENT_SERVICES = 8;
/**
 * A more common word is still indexed for the services of a gerai that asks for it at
 * least DISTINCTIVE_LIFT times as often as the catalogue does (STNK at Samsat, SPPT at the
 * land office: the paperwork of a few gerai), as long as at most MAX_DISTINCTIVE_SHARE of
 * all services ask for it, which bounds what a search for it downloads.
 */
export const DISTINCTIVE_LIFT = 3;
export const MAX_DISTINCTIVE_SHARE = 0.15;

/** What the document rule reads of a service: its requirements and the gerai it belongs to. */
export type DocumentSource = Pick<Service, 'persyaratan'> & { gerai?: Pick<Service['gerai'], 'slug'> };

/**
 * The document names of a service's requirements: the only place search indexing reads
 * them, so a change of the requirement model is adapted here.
 */
export function requirementDocumentNames(service: Pick<Service, 'persyaratan'>): string[] {
  // Every "salah satu dari" alternative counts: a resident holding only an ijazah looks for it.
  return service.persyaratan.flatMap((p) => [p.dokumen, ...(p.alternatif ?? [])]);
}

const isDocumentWord = (w: string) => w.length >= 3 && !/^\d/.test(w) && !isStopWord(w);
const documentWords = (service: DocumentSource) =>
  new Set(
    requirementDocumentNames(service)
      .flatMap((name) => words(name))
      .filter(isDocumentWord),
  );

interface DocumentStats {
  /** Services asking for each word. */
  counts: Map<string, number>;
  /** Per gerai: its number of services and how many of them ask for each word. */
  groups: Map<string, { size: number; counts: Map<string, number> }>;
  total: number;
}
const statistics = new WeakMap<readonly DocumentSource[], DocumentStats>();

/** In how many services' requirements each document word appears, overall and per gerai (once per catalogue). */
function documentStats(services: readonly DocumentSource[]): DocumentStats {
  let stats = statistics.get(services);
  if (!stats) {
    stats = { counts: new Map(), groups: new Map(), total: services.length };
    for (const service of services) {
      const key = service.gerai?.slug ?? '';
      const group = stats.groups.get(key) ?? { size: 0, counts: new Map<string, number>() };
      stats.groups.set(key, group);
      group.size++;
      for (const word of documentWords(service)) {
        stats.counts.set(word, (stats.counts.get(word) ?? 0) + 1);
        group.counts.set(word, (group.counts.get(word) ?? 0) + 1);
      }
    }
    statistics.set(services, stats);
  }
  return stats;
}

/** Whether a requirement word is indexed for a service of gerai `group` (see MAX_DOCUMENT_SHARE and DISTINCTIVE_LIFT). */
function indexedDocumentWord(word: string, group: string, stats: DocumentStats): boolean {
  const count = stats.counts.get(word) ?? 0;
  if (count <= Math.max(MIN_DOCUMENT_SERVICES, Math.ceil(stats.total * MAX_DOCUMENT_SHARE))) return true;
  if (count > stats.total * MAX_DISTINCTIVE_SHARE) return false;
  const own = stats.groups.get(group);
  const inGroup = own?.counts.get(word) ?? 0;
  // Two services at least: one service's odd paperwork says nothing about its gerai.
  return own !== undefined && inGroup >= 2 && inGroup / own.size >= (DISTINCTIVE_LIFT * count) / stats.total;
}

/**
 * Hidden terms of a service page from its requirement documents ("SKPWNI", "SPPT",
 * "ijazah"), so a resident who searches for the document they hold or need finds the
 * service. Pagefind skips label text, where the checklist shows them. Only words that are
 * rare across the catalogue or distinctive of the service's gerai (see indexedDocumentWord),
 * and not already in the title or alias terms.
 */
export function serviceDocumentTerms(
  service: DocumentSource & Pick<Service, 'nama'>,
  services: readonly DocumentSource[],
  known = '',
): string {
  const stats = documentStats(services);
  const taken = new Set(words(`${service.nama} ${known}`));
  const group = service.gerai?.slug ?? '';
  const distinctive = (w: string) => indexedDocumentWord(w, group, stats);
  // A document name that starts with two or more common words before its distinctive one
  // ("Surat Keterangan Pindah …") has them indexed too: it is then found as written, not only
  // SKCK, whose long name begins with the same words. One common word ("Formulir pindah")
  // says nothing more than the distinctive word does.
  const leading = requirementDocumentNames(service).flatMap((name) => {
    const named = words(name).filter(isDocumentWord);
    const end = named.findIndex(distinctive);
    return end >= 2 ? named.slice(0, end) : [];
  });
  const chosen = new Set([...documentWords(service)].filter(distinctive));
  for (const w of leading) chosen.add(w);
  return [...chosen].filter((w) => !taken.has(w)).join(' ');
}

/** "Gerai G01 Dukcapil", as results show it. */
export function geraiLabel(gerai: Pick<Gerai, 'kode' | 'nama'>): string {
  return `Gerai ${gerai.kode} ${gerai.nama}`;
}

/** The cost as results show it: "Gratis" or "Rp75.000–Rp80.000". */
export function serviceCost(service: Pick<Service, 'biaya'>): string {
  return costSummary(service.biaya);
}
