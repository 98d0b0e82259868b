// Schema of /data/panduan.json: one life-event guide with its steps and totals.
import { bool, int, list, obj, optStr, pageSlug, pageUrl, slugs, str } from './fields.ts';

const guide = obj('Satu panduan peristiwa hidup', {
  slug: pageSlug('panduan'),
  judul: str('Judul panduan'),
  url: pageUrl('panduan'),
  untukSiapa: str('Untuk siapa panduan ini'),
  pengantar: str('Pengantar singkat'),
  peristiwa: str('Peristiwa hidup (nilai yang sama dengan peristiwa di layanan.json)'),
  langkah: list(
    'Langkah berurutan',
    obj('Satu langkah', {
      nomor: int('Nomor langkah, mulai 1'),
      judul: str('Judul langkah'),
      layanan: slugs('Slug layanan; lebih dari satu berarti pilih salah satu', 'layanan'),
      bilaPerlu: slugs('Slug layanan tambahan yang hanya dibutuhkan sebagian warga', 'layanan'),
      opsional: bool('true bila seluruh langkah hanya bila perlu'),
      diLuarMpp: optStr('Langkah yang diurus di luar MPP'),
      catatan: optStr('Catatan langkah'),
    }),
  ),
  total: obj('Ringkasan langkah wajib, dihitung dari layanannya', {
    kunjungan: int('Banyaknya kunjungan ke MPP'),
    gerai: slugs('Slug gerai yang didatangi', 'gerai'),
    biayaTetap: int('Jumlah biaya tetap dalam Rupiah'),
    langkahBiayaBervariasi: list('Nomor langkah yang biayanya bergantung pilihan', int('Nomor langkah')),
    waktu: obj('Jumlah jangka waktu terlama per satuan', {
      menit: int('Menit'),
      jam: int('Jam'),
      'hari-kerja': int('Hari kerja'),
      hari: int('Hari kalender'),
    }),
  }),
});

/** Top-level fields of panduan.json after the envelope. */
export const guidesProperties = {
  jumlah: int('Banyaknya panduan'),
  panduan: list('Semua panduan', guide),
};
