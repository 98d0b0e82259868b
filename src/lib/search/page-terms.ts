// What the page templates put into their search attributes (data-pagefind-*): the hidden
// alias terms of services and gerai, and the short facts shown in results.
import type { Gerai, Service } from '../../data/types.ts';
import { costSummary } from '../service-view.ts';
import { expandSearchTerms } from './aliases.ts';

/** Hidden, weighted terms of a service page: its aliases, their synonyms and affix variants. */
export function serviceSearchTerms(service: Service): string {
  const { instansi } = service.gerai;
  const terms = expandSearchTerms({
    nama: service.nama,
    alias: service.alias,
    // The agency (not the gerai, which may serve unrelated services) brings its own synonyms.
    related: [instansi.nama, instansi.singkatan],
  });
  return terms.join(', ');
}

/** Hidden terms of a gerai page: the agency's short name and the synonyms of its name. */
export function geraiSearchTerms(gerai: Gerai): string {
  const { instansi } = gerai;
  return expandSearchTerms({
    nama: geraiLabel(gerai),
    alias: instansi.singkatan ? [instansi.singkatan] : [],
    related: [instansi.nama, instansi.singkatan],
  }).join(', ');
}

/** "Gerai G01 Dukcapil", as results show it. */
export function geraiLabel(gerai: Pick<Gerai, 'kode' | 'nama'>): string {
  return `Gerai ${gerai.kode} ${gerai.nama}`;
}

/** The cost as results show it: "Gratis" or "Rp75.000–Rp80.000". */
export function serviceCost(service: Pick<Service, 'biaya'>): string {
  return costSummary(service.biaya);
}
