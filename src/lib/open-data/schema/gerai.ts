// Schema of /data/gerai.json: one gerai with its agency, hours and services.
import { agencySite, bool, geraiFields, instansiFields, int, list, obj, optStr, pageUrl, slugs, weekly } from './fields.ts';

const gerai = obj('Satu gerai', {
  ...geraiFields,
  url: pageUrl('gerai'),
  deskripsi: optStr('Deskripsi gerai'),
  instansi: obj('Instansi pemilik gerai', { ...instansiFields, situs: agencySite }),
  jamSendiri: bool('true bila gerai memiliki jam layanan sendiri'),
  jadwal: weekly('Jadwal mingguan gerai (jam MPP bila tidak memiliki jam sendiri)'),
  layanan: slugs('Slug layanan di gerai ini (lihat layanan.json)', 'layanan'),
});

/** Top-level fields of gerai.json after the envelope. */
export const geraiProperties = {
  jumlah: int('Banyaknya gerai'),
  gerai: list('Semua gerai, urut kode', gerai),
};
