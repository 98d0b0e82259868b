// Schema of /data/jam-layanan.json: the weekly schedule and the closures ahead.
import { timeZoneAbbreviation } from '../../format.ts';
import { date, intervals, list, obj, optStr, slugs, str, weekly } from './fields.ts';

const closure = obj('Libur atau jam khusus', {
  nama: str('Nama libur atau jam khusus'),
  mulai: date('Tanggal mulai'),
  selesai: date('Tanggal selesai (sama dengan mulai bila satu hari)'),
  jenis: str('tutup atau jam-khusus', { enum: ['tutup', 'jam-khusus'] }),
  jam: intervals('Jam buka pada jam khusus; kosong bila tutup'),
  gerai: slugs('Slug gerai yang terkena; kosong berarti seluruh MPP', 'gerai'),
  keterangan: optStr('Keterangan dari pengelola'),
});

/** Top-level fields of jam-layanan.json after the envelope; the zone example is the MPP's own. */
export const hoursProperties = (timeZone: string) => ({
  zonaWaktu: str(`Zona waktu IANA jam layanan, di MPP ini ${timeZone} (${timeZoneAbbreviation(timeZone)})`),
  jadwal: weekly('Jadwal mingguan MPP'),
  catatan: optStr('Catatan jam layanan'),
  libur: list('Libur dan jam khusus yang belum lewat, urut tanggal', closure),
});
