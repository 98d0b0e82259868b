// Agencies (instansi) and their gerai in the synthetic content set: every agency in the
// vocabulary gets its counters in turn, and each gerai gets a queue prefix and code.
import { AGENCIES, DOMAIN_DOCUMENTS, DOMAINS, type Domain } from '../vocabulary.ts';
import { type AddFile, type Agency, CITY, type Gerai, type GenerateOptions } from './options.ts';
import { weekly } from './profile.ts';
import type { Random } from './random.ts';
import { uniqueSlug, yaml } from './text.ts';

/** The queue ticket prefix of the i-th gerai: A..Z, then AA, AB and on. */
export function prefixFor(i: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (i < 26) return letters[i] as string;
  return `${letters[Math.floor(i / 26) - 1]}${letters[i % 26]}`;
}

/** instansi/*.yaml and gerai/*.yaml, each agency written just before its first gerai. */
export function addAgenciesAndGerai(r: Random, options: GenerateOptions, add: AddFile): { instansi: Agency[]; gerai: Gerai[] } {
  const instansi: Agency[] = [];
  const gerai: Gerai[] = [];
  const usedInstansi = new Set<string>();
  const usedGerai = new Set<string>();
  const geraiSpecs = AGENCIES.flatMap((spec) => spec.gerai.map(([nama, domain]) => ({ spec, nama, domain })));
  // Round-robin over agencies so a small --gerai still covers many agencies.
  const ordered: typeof geraiSpecs = [];
  for (let round = 0; ordered.length < geraiSpecs.length; round++) {
    for (const spec of AGENCIES) {
      const g = spec.gerai[round];
      if (g) ordered.push({ spec, nama: g[0], domain: g[1] });
    }
  }
  const extraNames = ['Layanan Terpadu', 'Konsultasi', 'Pengaduan', 'Layanan Keliling'];
  while (ordered.length < options.gerai) {
    const base = ordered[ordered.length % geraiSpecs.length] as (typeof geraiSpecs)[number];
    ordered.push({
      ...base,
      nama: `${base.nama} ${extraNames[Math.floor(ordered.length / geraiSpecs.length) % extraNames.length]} ${ordered.length}`,
    });
  }
  for (const [i, g] of ordered.slice(0, options.gerai).entries()) {
    let owner = instansi.find((x) => x.spec === g.spec);
    if (!owner) {
      owner = { slug: uniqueSlug(g.spec.singkatan, usedInstansi), spec: g.spec };
      instansi.push(owner);
      add(
        `instansi/${owner.slug}.yaml`,
        yaml({
          nama: `${g.spec.nama} ${CITY}`,
          singkatan: g.spec.singkatan,
          jenis: g.spec.jenis,
          situs: g.spec.situs,
          kontak: `Melayani di MPP ${CITY}. Kantor utama tetap membuka layanan yang sama.`,
        }),
      );
    }
    const slug = uniqueSlug(g.nama, usedGerai);
    const kode = `G${String(i + 1).padStart(2, '0')}`;
    const domain = DOMAINS[g.domain] as Domain;
    gerai.push({ slug, nama: g.nama, kode, domain, documents: DOMAIN_DOCUMENTS[g.domain] ?? [], instansi: g.spec });
    const own = r.chance(0.2);
    add(
      `gerai/${slug}.yaml`,
      yaml({
        nama: g.nama,
        kode,
        lantai: 1 + (i % 3),
        loket: `Loket ${i * 2 + 1}–${i * 2 + 2}`,
        instansi: owner.slug,
        deskripsi: `Layanan ${domain.objects
          .slice(0, 4)
          .map((x) => x.name)
          .join(', ')} dan layanan terkait lain dari ${g.spec.singkatan}.`,
        jamSendiri: own ? { discriminant: true, value: weekly(r) } : { discriminant: false },
        antrian: { prefix: prefixFor(i), id: kode.toLowerCase() },
      }),
    );
  }
  return { instansi, gerai };
}
