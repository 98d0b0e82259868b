// Open data: the catalogue, gerai, opening hours, guides and partners as JSON and CSV for
// re-use (SPBE, Satu Data Indonesia, journalists, apps). Field names follow the content
// model and, once published, never change; new fields may be added. Their meaning is
// documented in schema/, which is also published as JSON Schema.
import type { Site } from '../site-types.ts';
import { portalUrl } from './records.ts';

/** Licence of the published data (the content model has no licence field, so it is fixed). */
export const LICENCE = { nama: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.id' } as const;

/** The files under /data/, by key: path of the data and of its schema. */
export const OPEN_DATA_FILES = {
  layanan: { data: '/data/layanan.json', schema: '/data/layanan.schema.json', csv: '/data/layanan.csv' },
  gerai: { data: '/data/gerai.json', schema: '/data/gerai.schema.json' },
  jamLayanan: { data: '/data/jam-layanan.json', schema: '/data/jam-layanan.schema.json' },
  panduan: { data: '/data/panduan.json', schema: '/data/panduan.schema.json' },
  kemitraan: { data: '/data/kemitraan.json', schema: '/data/kemitraan.schema.json' },
} as const;

/** Key of one published file in OPEN_DATA_FILES. */
export type OpenDataKey = keyof typeof OPEN_DATA_FILES;

/** Fields every file starts with: who publishes it, under what licence, when. */
export function envelope(site: Site, key: OpenDataKey) {
  const { profile } = site;
  return {
    $schema: portalUrl(site, OPEN_DATA_FILES[key].schema),
    mpp: profile.nama,
    penerbit: profile.penyelenggara,
    situs: `${profile.origin}/`,
    lisensi: { ...LICENCE },
    diperbarui: site.today,
  };
}
