// What the page templates put into their search attributes (data-pagefind-*): the hidden
// alias terms of services and gerai, and the short facts shown in results.
import type { Gerai, Service } from '../../data/types.ts';
import { costSummary } from '../service-view.ts';
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
 * appear in and still be indexed. A word nearly every service asks for ("KTP-el", "pas
 * foto", "formulir") tells no service apart, and indexing it would make the index chunk
 * every search for that word downloads thousands of entries larger.
 */
export const MAX_DOCUMENT_SHARE = 0.02;
export const MIN_DOCUMENT_SERVICES = 8;

type DocumentSource = Pick<Service, 'persyaratan'>;
const documentWords = (service: DocumentSource) =>
  new Set(
    // Every "salah satu dari" alternative counts: a resident holding only an ijazah looks for it.
    service.persyaratan
      .flatMap((p) => [p.dokumen, ...(p.alternatif ?? [])].flatMap(words))
      .filter((w) => w.length >= 3 && !/^\d/.test(w) && !isStopWord(w)),
  );
const frequencies = new WeakMap<readonly DocumentSource[], Map<string, number>>();

/** In how many services' requirements each document word appears (computed once per catalogue). */
function documentFrequency(services: readonly DocumentSource[]): Map<string, number> {
  let counts = frequencies.get(services);
  if (!counts) {
    counts = new Map();
    for (const service of services) for (const word of documentWords(service)) counts.set(word, (counts.get(word) ?? 0) + 1);
    frequencies.set(services, counts);
  }
  return counts;
}

/**
 * Hidden terms of a service page from its requirement documents ("SKPWNI", "SPPT",
 * "ijazah"), so a resident who searches for the document they hold or need finds the
 * service. Pagefind skips label text, where the checklist shows them. Only words that are
 * rare across the catalogue (see MAX_DOCUMENT_SHARE) and not already in the title or
 * alias terms.
 */
export function serviceDocumentTerms(service: Service, services: readonly DocumentSource[], known = ''): string {
  const counts = documentFrequency(services);
  const limit = Math.max(MIN_DOCUMENT_SERVICES, Math.ceil(services.length * MAX_DOCUMENT_SHARE));
  const taken = new Set(words(`${service.nama} ${known}`));
  return [...documentWords(service)].filter((w) => !taken.has(w) && (counts.get(w) ?? 0) <= limit).join(' ');
}

/** "Gerai G01 Dukcapil", as results show it. */
export function geraiLabel(gerai: Pick<Gerai, 'kode' | 'nama'>): string {
  return `Gerai ${gerai.kode} ${gerai.nama}`;
}

/** The cost as results show it: "Gratis" or "Rp75.000–Rp80.000". */
export function serviceCost(service: Pick<Service, 'biaya'>): string {
  return costSummary(service.biaya);
}
