// /data/gerai.json: every gerai with its agency, place, hours and services.
import type { Site } from '../site-types.ts';
import { geraiUrl } from '../urls.ts';
import { envelope } from './files.ts';
import { geraiRef, orNull, portalUrl, schedule } from './records.ts';

/** /data/gerai.json: every gerai with its agency, place, hours and services. */
export function geraiDocument(site: Site) {
  return {
    ...envelope(site, 'gerai'),
    jumlah: site.gerai.length,
    gerai: site.gerai.map((g) => {
      const { gerai, instansi } = geraiRef(g);
      return {
        ...gerai,
        url: portalUrl(site, geraiUrl(g.slug)),
        deskripsi: orNull(g.deskripsi),
        instansi: { ...instansi, situs: orNull(g.instansi.situs) },
        jamSendiri: g.jamSendiri.discriminant,
        jadwal: schedule(g.hours.weekly),
        layanan: g.services.map((s) => s.slug),
      };
    }),
  };
}
