// What the page templates put into their search attributes (data-pagefind-*): the hidden
// alias terms of services and gerai, and the short facts shown in results.
import type { Gerai, Service } from '../../data/types.ts';
import { costSummary } from '../service-view.ts';
import { expandSearchTerms } from './aliases.ts';
import { foldText } from './normalize.ts';

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

/** "Gerai G01 Dukcapil", as results show it. */
export function geraiLabel(gerai: Pick<Gerai, 'kode' | 'nama'>): string {
  return `Gerai ${gerai.kode} ${gerai.nama}`;
}

/** The cost as results show it: "Gratis" or "Rp75.000–Rp80.000". */
export function serviceCost(service: Pick<Service, 'biaya'>): string {
  return costSummary(service.biaya);
}
