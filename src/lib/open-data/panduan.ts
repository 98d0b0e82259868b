// /data/panduan.json: life-event guides with their steps and computed totals.
import type { Site } from '../site-types.ts';
import { guideTotals } from '../guide-totals.ts';
import { guideUrl } from '../urls.ts';
import { envelope } from './files.ts';
import { orNull, portalUrl } from './records.ts';

/** /data/panduan.json: life-event guides, their steps (service slugs) and computed totals. */
export function guidesDocument(site: Site) {
  return {
    ...envelope(site, 'panduan'),
    jumlah: site.guides.length,
    panduan: site.guides.map((g) => {
      const totals = guideTotals(g);
      return {
        slug: g.slug,
        judul: g.judul,
        url: portalUrl(site, guideUrl(g.slug)),
        untukSiapa: g.untukSiapa,
        pengantar: g.pengantar,
        peristiwa: g.peristiwa,
        langkah: g.steps.map((s) => ({
          nomor: s.number,
          judul: s.judul,
          layanan: s.choices.map((c) => c.slug),
          bilaPerlu: s.extras.map((c) => c.slug),
          opsional: s.optional,
          diLuarMpp: orNull(s.outside),
          catatan: orNull(s.note),
        })),
        total: {
          kunjungan: totals.visits,
          gerai: totals.gerai.map((x) => x.slug),
          biayaTetap: totals.fixedFees,
          langkahBiayaBervariasi: totals.variableFeeSteps,
          waktu: { ...totals.time },
        },
      };
    }),
  };
}
