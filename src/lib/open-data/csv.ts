// /data/layanan.csv: the service catalogue as one row per service, for spreadsheets.
import type { Service, Site } from '../site-types.ts';
import { t } from '../../i18n/id.ts';
import { requirementName } from '../service-view.ts';
import { serviceRecord } from './layanan.ts';

/** Columns of /data/layanan.csv, in order, each with the layanan.json field it comes from. */
export const CSV_SOURCES = {
  slug: 'layanan[].slug',
  nama: 'layanan[].nama',
  url: 'layanan[].url',
  kategori: 'layanan[].kategori',
  geraiKode: 'layanan[].gerai.kode',
  geraiNama: 'layanan[].gerai.nama',
  instansiNama: 'layanan[].instansi.nama',
  biayaTerendah: 'layanan[].biaya.terendah',
  biaya: 'layanan[].biaya.ringkasan',
  jangkaWaktu: 'layanan[].jangkaWaktu.teks',
  jangkaWaktuNilai: 'layanan[].jangkaWaktu.nilai',
  jangkaWaktuSatuan: 'layanan[].jangkaWaktu.satuan',
  jumlahDokumenWajib: 'layanan[].jumlahDokumenWajib',
  persyaratan: 'layanan[].persyaratan',
  ketersediaan: 'layanan[].ketersediaan.status',
  alternatifDaring: 'layanan[].alternatifDaring',
  ditinjau: 'layanan[].ditinjau',
  // Added later: new columns go at the end so readers that count columns keep working.
  hadirSendiri: 'layanan[].hadirSendiri',
} as const;

/** Column names of /data/layanan.csv, in order. */
export const CSV_COLUMNS = Object.keys(CSV_SOURCES) as (keyof typeof CSV_SOURCES)[];

/** One CSV row per service (multi-valued fields joined with line breaks, which RFC 4180 quoting allows). */
export function serviceRow(site: Site, service: Service): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const r = serviceRecord(site, service);
  return {
    slug: r.slug,
    nama: r.nama,
    url: r.url,
    kategori: r.kategori,
    geraiKode: r.gerai.kode,
    geraiNama: r.gerai.nama,
    instansiNama: r.instansi.nama,
    biayaTerendah: r.biaya.terendah ?? '',
    biaya: r.biaya.ringkasan,
    jangkaWaktu: r.jangkaWaktu.teks,
    jangkaWaktuNilai: r.jangkaWaktu.nilai ?? '',
    jangkaWaktuSatuan: r.jangkaWaktu.satuan,
    jumlahDokumenWajib: r.jumlahDokumenWajib,
    persyaratan: r.persyaratan
      .map((p) => {
        const name = requirementName({ dokumen: p.dokumen, alternatif: p.alternatif });
        return p.wajib ? name : `${name} (${t.service.optional})`;
      })
      .join('\n'),
    ketersediaan: r.ketersediaan.status,
    alternatifDaring: r.alternatifDaring ?? '',
    ditinjau: r.ditinjau ?? '',
    hadirSendiri: String(r.hadirSendiri),
  };
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV text (CRLF line ends, header row first). */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string | number | null | undefined>[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvField(row[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** /data/layanan.csv */
export function servicesCsv(site: Site): string {
  return toCsv(
    CSV_COLUMNS,
    site.services.map((s) => serviceRow(site, s)),
  );
}
