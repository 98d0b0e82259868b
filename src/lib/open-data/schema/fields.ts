// Building blocks of the open-data JSON Schemas (draft 2020-12): the field kinds and the
// pieces several files share. The descriptions are the field documentation: the /data/
// page renders its tables from them, so the page and the schemas cannot disagree.
import { DAY_KEYS } from '../../hours.ts';
import { AGENCY_KINDS } from '../../partners.ts';

/** The subset of JSON Schema these files use. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly (string | number | boolean)[];
  pattern?: string;
  format?: string;
  minimum?: number;
}

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const TIME = '^([01]\\d|2[0-4])\\.[0-5]\\d$';
/** A text field. */
export const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
/** A text field that is null when empty. */
export const optStr = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: ['string', 'null'], description, ...extra });
/** A count or amount: a whole number, never negative. */
export const int = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, description });
/** A yes/no field. */
export const bool = (description: string): JsonSchema => ({ type: 'boolean', description });
/** A calendar date, TTTT-BB-HH. */
export const date = (description: string): JsonSchema => str(`${description} (TTTT-BB-HH)`, { pattern: DATE });
/** A calendar date that may be null. */
export const optDate = (description: string): JsonSchema => optStr(`${description} (TTTT-BB-HH)`, { pattern: DATE });
/** A list whose items all follow one schema. */
export const list = (description: string, items: JsonSchema): JsonSchema => ({ type: 'array', description, items });
/** An object; every listed property is always present (null when empty), so consumers need no guards. */
export const obj = (description: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  description,
  properties,
  required: Object.keys(properties),
});

/** The fixed slug of something that has its own portal page (layanan, gerai, panduan). */
export const pageSlug = (noun: string) => str(`Pengenal ${noun} yang tetap, dipakai di alamat halaman`);
/** The portal page of a layanan, gerai or panduan. */
export const pageUrl = (noun: string) => str(`Halaman ${noun} di portal`, { format: 'uri' });
/** A list of slugs pointing into another file (layanan or gerai). */
export const slugs = (description: string, noun: string) => list(description, str(`Slug ${noun}`));

/** Opening intervals as JJ.MM pairs. */
export const intervals = (description: string) =>
  list(
    description,
    obj('Rentang jam buka', { mulai: str('Jam mulai, JJ.MM', { pattern: TIME }), selesai: str('Jam selesai, JJ.MM', { pattern: TIME }) }),
  );
/** A weekly schedule, one list of intervals per day. */
export const weekly = (description: string) =>
  obj(description, Object.fromEntries(DAY_KEYS.map((day) => [day, intervals(`Rentang jam buka hari ${day}; kosong bila tutup`)])));

/** Fields every file starts with. */
export const envelope = {
  $schema: str('Alamat JSON Schema berkas ini'),
  mpp: str('Nama Mal Pelayanan Publik'),
  penerbit: str('Instansi yang menerbitkan data'),
  situs: str('Alamat portal', { format: 'uri' }),
  lisensi: obj('Lisensi data', { nama: str('Nama lisensi'), url: str('Teks lisensi', { format: 'uri' }) }),
  diperbarui: date('Tanggal data dibuat'),
};

/** A gerai as services name it (gerai.json adds to it). */
export const geraiFields = {
  slug: pageSlug('gerai'),
  kode: str('Nomor gerai di gedung, misalnya G01'),
  nama: str('Nama gerai'),
  lantai: int('Lantai tempat gerai berada'),
  loket: optStr('Nomor loket, misalnya Loket 1–3'),
};
/** An agency as services and gerai name it (kemitraan.json adds to it). */
export const instansiFields = {
  slug: str('Pengenal instansi yang tetap'),
  nama: str('Nama instansi'),
  singkatan: optStr('Singkatan nama instansi'),
  jenis: str(
    'Jenis instansi: opd (perangkat daerah kota/kabupaten), provinsi, vertikal, bumn, bumd, asosiasi (asosiasi/organisasi profesi), swasta',
    {
      enum: AGENCY_KINDS,
    },
  ),
};
/** The agency's own website, published with gerai and partners. */
export const agencySite = optStr('Situs web instansi', { format: 'uri' });
