// Cooperation agreements (kerja-sama) in the synthetic content set: partner agencies (all but
// the city's own offices) renew their agreement with the MPP over the years.
import { addDays } from './dates.ts';
import { type AddFile, type Agency, CITY, type GenerateOptions } from './options.ts';
import type { Random } from './random.ts';
import { uniqueSlug, yaml } from './text.ts';

/** kerja-sama/*.yaml, round-robin over the partners, each round a year or so further back. */
export function addAgreements(r: Random, options: GenerateOptions, instansi: Agency[], add: AddFile): void {
  const today = options.today;
  const partners = instansi.filter((i) => i.spec.jenis !== 'opd');
  const usedAgreements = new Set<string>();
  for (let n = 0; n < options.agreements && partners.length > 0; n++) {
    const partner = partners[n % partners.length] as Agency;
    const round = Math.floor(n / partners.length);
    const years = r.int(1, 3);
    const signed = addDays(today, -(round * 400 + r.int(0, 380)));
    const until = addDays(signed, years * 365 - 1);
    const slug = uniqueSlug(`pks-${partner.slug}-${signed.slice(0, 4)}`, usedAgreements);
    add(
      `kerja-sama/${slug}.yaml`,
      yaml({
        judul: `Perjanjian Kerja Sama Layanan ${partner.spec.singkatan} di MPP (${signed.slice(0, 4)}${round > 0 ? `, ke-${round + 1}` : ''})`,
        instansi: partner.slug,
        nomor: [`${100 + n}/PKS/${signed.slice(0, 4)}`, `${partner.spec.singkatan.replace(/\s+/g, '')}/${n + 1}/${signed.slice(0, 4)}`],
        ditandatangani: signed,
        berlakuMulai: signed,
        berlakuSampai: until,
        ruangLingkup: `Penyelenggaraan layanan ${partner.spec.singkatan} di gerai MPP ${CITY}.`,
        dokumen: null,
      }),
    );
  }
}
