// JSON Schemas (draft 2020-12) of the open-data files, published beside them. The
// descriptions are the field documentation: the /data/ page renders its tables from
// them, so the page and the schemas cannot disagree.
import type { Site } from './site-types.ts';
import { t } from '../i18n/id.ts';
import { formatCount } from './format.ts';
import { DAY_KEYS } from './hours.ts';
import { CSV_COLUMNS, CSV_SOURCES, OPEN_DATA_FILES } from './open-data.ts';
import { AGENCY_KINDS, PARTNER_STATES } from './partners.ts';
import { absoluteUrl } from './urls.ts';

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
const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
const optStr = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: ['string', 'null'], description, ...extra });
const int = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, description });
const bool = (description: string): JsonSchema => ({ type: 'boolean', description });
const date = (description: string): JsonSchema => str(`${description} (TTTT-BB-HH)`, { pattern: DATE });
const list = (description: string, items: JsonSchema): JsonSchema => ({ type: 'array', description, items });
// Every listed property is always present (null when empty), so consumers need no guards.
const obj = (description: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  description,
  properties,
  required: Object.keys(properties),
});

const intervals = (description: string) =>
  list(
    description,
    obj('Rentang jam buka', { mulai: str('Jam mulai, JJ.MM', { pattern: TIME }), selesai: str('Jam selesai, JJ.MM', { pattern: TIME }) }),
  );
const weekly = (description: string) =>
  obj(description, Object.fromEntries(DAY_KEYS.map((day) => [day, intervals(`Rentang jam buka hari ${day}; kosong bila tutup`)])));

const envelope = {
  $schema: str('Alamat JSON Schema berkas ini'),
  mpp: str('Nama Mal Pelayanan Publik'),
  penerbit: str('Instansi yang menerbitkan data'),
  situs: str('Alamat portal', { format: 'uri' }),
  lisensi: obj('Lisensi data', { nama: str('Nama lisensi'), url: str('Teks lisensi', { format: 'uri' }) }),
  diperbarui: date('Tanggal data dibuat'),
};

const geraiFields = {
  slug: str('Pengenal gerai yang tetap, dipakai di alamat halaman'),
  kode: str('Nomor gerai di gedung, misalnya G01'),
  nama: str('Nama gerai'),
  lantai: int('Lantai tempat gerai berada'),
  loket: optStr('Nomor loket, misalnya Loket 1–3'),
};
const instansiFields = {
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

const service = obj('Satu layanan', {
  slug: str('Pengenal layanan yang tetap, dipakai di alamat halaman'),
  nama: str('Nama layanan'),
  url: str('Halaman layanan di portal', { format: 'uri' }),
  ringkasan: str('Ringkasan layanan dalam bahasa sehari-hari'),
  kategori: str('Kategori layanan (nilai dari model konten)'),
  peristiwa: list('Peristiwa hidup yang terkait (kelahiran, pernikahan, ...)', str('Peristiwa hidup')),
  gerai: obj('Gerai yang melayani', geraiFields),
  instansi: obj('Instansi pemilik gerai', instansiFields),
  persyaratan: list(
    'Dokumen yang perlu dibawa',
    obj('Satu dokumen', {
      dokumen: str('Nama dokumen'),
      alternatif: list(
        'Dokumen lain yang boleh dibawa sebagai gantinya (pemohon cukup membawa salah satu); kosong bila hanya satu dokumen',
        str('Nama dokumen pengganti'),
      ),
      bentuk: str('Bentuk dokumen', { enum: ['asli', 'fotokopi', 'asli-dan-fotokopi', 'elektronik', 'di-lokasi'] }),
      jumlah: int('Jumlah lembar atau rangkap'),
      wajib: bool('true bila wajib untuk semua pemohon yang memenuhi kondisi'),
      kondisi: optStr('Hanya diperlukan jika kondisi ini berlaku'),
      catatan: optStr('Catatan tambahan'),
    }),
  ),
  jumlahDokumenWajib: int('Banyaknya dokumen wajib'),
  hadirSendiri: bool('true bila pemohon wajib datang sendiri (tidak dapat diwakilkan)'),
  prosedur: list('Langkah-langkah berurutan', str('Satu langkah')),
  jangkaWaktu: obj('Jangka waktu penyelesaian', {
    teks: str('Jangka waktu seperti tertulis di halaman (disusun dari isian di bawah)'),
    nilai: { type: ['number', 'null'], minimum: 0, description: 'Nilai maksimum dalam satuan di bawah, bila ada' },
    satuan: str('Satuan nilai', { enum: ['menit', 'jam', 'hari-kerja', 'hari'] }),
    dari: {
      type: ['number', 'null'],
      minimum: 0,
      description: 'Nilai terendah bila jangka waktu berupa rentang (misalnya 1 pada 1–3 hari kerja), bila ada',
    },
    selesaiDiTempat: bool('true bila hasil diterima pada kunjungan yang sama'),
    sifat: str('Awalan nilai: tepat (tanpa awalan), sekitar atau paling-lama', { enum: ['tepat', 'sekitar', 'paling-lama'] }),
    keterangan: optStr('Keterangan lanjutan, misalnya "sejak berkas lengkap"'),
  }),
  biaya: obj('Biaya atau tarif', {
    gratis: bool('true bila tidak dipungut biaya'),
    jenis: str('gratis, berbayar (tarif tetap) atau sesuai-perhitungan (besarnya dihitung per permohonan)', {
      enum: ['gratis', 'berbayar', 'sesuai-perhitungan'],
    }),
    terendah: {
      type: ['integer', 'null'],
      minimum: 0,
      description: 'Tarif terendah dalam rupiah (0 bila gratis, null bila sesuai perhitungan)',
    },
    ringkasan: str('Ringkasan biaya, misalnya Gratis, Rp80.000 atau Sesuai perhitungan'),
    tarif: list('Rincian tarif tetap', obj('Satu tarif', { uraian: str('Uraian tarif'), jumlah: int('Jumlah dalam rupiah') })),
    perhitungan: {
      ...obj('Cara biaya dihitung bila jenis sesuai-perhitungan; null untuk jenis lain', {
        caraHitung: str('Apa yang menentukan besarnya biaya'),
        tempatCek: optStr('Tempat warga mengetahui jumlah pastinya'),
        tautanCek: optStr('Halaman resmi untuk mengecek atau menghitung biaya', { format: 'uri' }),
      }),
      type: ['object', 'null'],
    },
    dasarHukum: optStr('Dasar hukum tarif atau perhitungan'),
    caraBayar: optStr('Cara pembayaran'),
    biayaLain: list(
      'Biaya di luar layanan yang perlu disiapkan pemohon (misalnya pas foto, meterai); tidak dibayar kepada gerai',
      obj('Satu biaya lain', {
        uraian: str('Uraian biaya'),
        perkiraan: { type: ['integer', 'null'], minimum: 0, description: 'Perkiraan dalam rupiah, null bila tidak tentu' },
      }),
    ),
  }),
  produk: str('Produk yang diterima pemohon'),
  pengaduan: optStr('Penanganan pengaduan khusus layanan ini'),
  dasarHukum: list('Peraturan yang menjadi dasar layanan', str('Peraturan')),
  ketersediaan: obj('Ketersediaan di MPP ini', {
    status: str('penuh, terbatas atau tidak-tersedia', { enum: ['penuh', 'terbatas', 'tidak-tersedia'] }),
    keterangan: optStr('Batasan atau tempat lain, bila tidak dilayani penuh'),
  }),
  alternatifDaring: optStr('Tautan pengajuan daring', { format: 'uri' }),
  sumberResmi: optStr('Halaman resmi instansi yang menjadi acuan', { format: 'uri' }),
  alias: list('Sebutan lain yang dipakai warga', str('Kata kunci')),
  ditinjau: { ...date('Tanggal informasi terakhir ditinjau'), type: ['string', 'null'] },
});

const gerai = obj('Satu gerai', {
  ...geraiFields,
  url: str('Halaman gerai di portal', { format: 'uri' }),
  deskripsi: optStr('Deskripsi gerai'),
  instansi: obj('Instansi pemilik gerai', { ...instansiFields, situs: optStr('Situs web instansi', { format: 'uri' }) }),
  jamSendiri: bool('true bila gerai memiliki jam layanan sendiri'),
  jadwal: weekly('Jadwal mingguan gerai (jam MPP bila tidak memiliki jam sendiri)'),
  layanan: list('Slug layanan di gerai ini (lihat layanan.json)', str('Slug layanan')),
});

const closure = obj('Libur atau jam khusus', {
  nama: str('Nama libur atau jam khusus'),
  mulai: date('Tanggal mulai'),
  selesai: date('Tanggal selesai (sama dengan mulai bila satu hari)'),
  jenis: str('tutup atau jam-khusus', { enum: ['tutup', 'jam-khusus'] }),
  jam: intervals('Jam buka pada jam khusus; kosong bila tutup'),
  gerai: list('Slug gerai yang terkena; kosong berarti seluruh MPP', str('Slug gerai')),
  keterangan: optStr('Keterangan dari pengelola'),
});

const optDate = (description: string): JsonSchema => optStr(`${description} (TTTT-BB-HH)`, { pattern: DATE });
const agreement = obj('Satu perjanjian kerja sama', {
  slug: str('Pengenal perjanjian yang tetap'),
  judul: str('Judul perjanjian'),
  tahap: str('Tahap yang dicatat pengelola', { enum: ['ditandatangani', 'perpanjangan', 'belum-ditandatangani'] }),
  status: str('Status pada tanggal diperbarui; aktif, segera-berakhir dan berakhir dihitung dari berlakuSampai', {
    enum: ['aktif', 'segera-berakhir', 'berakhir', 'perpanjangan', 'belum-ditandatangani'],
  }),
  nomor: list('Nomor perjanjian dari masing-masing pihak', str('Nomor')),
  ditandatangani: optDate('Tanggal ditandatangani; null bila belum'),
  berlakuMulai: optDate('Berlaku mulai'),
  berlakuSampai: optDate('Berlaku sampai'),
  ruangLingkup: optStr('Ruang lingkup kerja sama'),
  dokumen: optStr('Naskah perjanjian (PDF)', { format: 'uri' }),
});
const partnerStates = ['berlaku', 'perpanjangan', 'berakhir', 'belum-ditandatangani', 'tanpa-pks'];
const agency = obj('Satu instansi', {
  ...instansiFields,
  situs: optStr('Situs web instansi', { format: 'uri' }),
  kontak: optStr('Kontak instansi'),
  layananDiMpp: obj('Cara instansi melayani di MPP', {
    status: str('gerai-sendiri, gerai-lain (dilayani di gerai instansi lain) atau belum-buka', {
      enum: ['gerai-sendiri', 'gerai-lain', 'belum-buka'],
    }),
    gerai: list('Slug gerai tempat instansi melayani (lihat gerai.json)', str('Slug gerai')),
    rencana: optStr('Rencana pembukaan bila belum buka'),
  }),
  statusKerjaSama: str('Status kerja sama instansi; tanpa-pks untuk perangkat daerah yang tidak memerlukan PKS', { enum: partnerStates }),
  perjanjian: list('Perjanjian kerja sama instansi ini', agreement),
});

const guide = obj('Satu panduan peristiwa hidup', {
  slug: str('Pengenal panduan yang tetap, dipakai di alamat halaman'),
  judul: str('Judul panduan'),
  url: str('Halaman panduan di portal', { format: 'uri' }),
  untukSiapa: str('Untuk siapa panduan ini'),
  pengantar: str('Pengantar singkat'),
  peristiwa: str('Peristiwa hidup (nilai yang sama dengan peristiwa di layanan.json)'),
  langkah: list(
    'Langkah berurutan',
    obj('Satu langkah', {
      nomor: int('Nomor langkah, mulai 1'),
      judul: str('Judul langkah'),
      layanan: list('Slug layanan; lebih dari satu berarti pilih salah satu', str('Slug layanan')),
      bilaPerlu: list('Slug layanan tambahan yang hanya dibutuhkan sebagian warga', str('Slug layanan')),
      opsional: bool('true bila seluruh langkah hanya bila perlu'),
      diLuarMpp: optStr('Langkah yang diurus di luar MPP'),
      catatan: optStr('Catatan langkah'),
    }),
  ),
  total: obj('Ringkasan langkah wajib, dihitung dari layanannya', {
    kunjungan: int('Banyaknya kunjungan ke MPP'),
    gerai: list('Slug gerai yang didatangi', str('Slug gerai')),
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

const documentSchema = (origin: string, file: string, title: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: absoluteUrl(origin, file),
  ...obj(title, { ...envelope, ...properties }),
  title,
});

/** The published schemas, keyed by the file name before ".schema.json". */
export function openDataSchemas(origin: string): Record<'layanan' | 'gerai' | 'jam-layanan' | 'panduan' | 'kemitraan', JsonSchema> {
  return {
    layanan: documentSchema(origin, '/data/layanan.schema.json', 'Katalog layanan', {
      jumlah: int('Banyaknya layanan'),
      layanan: list('Semua layanan, urut abjad', service),
    }),
    gerai: documentSchema(origin, '/data/gerai.schema.json', 'Daftar gerai', {
      jumlah: int('Banyaknya gerai'),
      gerai: list('Semua gerai, urut kode', gerai),
    }),
    'jam-layanan': documentSchema(origin, '/data/jam-layanan.schema.json', 'Jam layanan', {
      zonaWaktu: str('Zona waktu IANA, misalnya Asia/Jakarta (WIB)'),
      jadwal: weekly('Jadwal mingguan MPP'),
      catatan: optStr('Catatan jam layanan'),
      libur: list('Libur dan jam khusus yang belum lewat, urut tanggal', closure),
    }),
    panduan: documentSchema(origin, '/data/panduan.schema.json', 'Panduan peristiwa hidup', {
      jumlah: int('Banyaknya panduan'),
      panduan: list('Semua panduan', guide),
    }),
    kemitraan: documentSchema(origin, '/data/kemitraan.schema.json', 'Instansi dan kemitraan', {
      jumlah: int('Banyaknya instansi'),
      jumlahMenurutStatus: obj(
        'Banyaknya instansi menurut status kerja sama (tanpa perangkat daerah tanpa PKS), sama dengan halaman Kemitraan',
        Object.fromEntries(PARTNER_STATES.map((state) => [state, int(`Instansi berstatus ${state}`)])),
      ),
      instansi: list('Semua instansi, urut abjad', agency),
    }),
  };
}

/** One documented field, for the /data/ page. */
export interface FieldDoc {
  /** Dotted path, "[]" marking list items, e.g. persyaratan[].dokumen */
  path: string;
  type: string;
  description: string;
}

const TYPE_NAMES: Record<string, string> = t.openData.types;

const DAY_LIST = DAY_KEYS.join(', ');
// A weekly schedule documents one day as "{hari}" instead of seven identical entries.
const isWeekly = (schema: JsonSchema) => Object.keys(schema.properties ?? {}).join() === DAY_KEYS.join();

/** Flattens a schema's properties into documented fields, depth first. */
export function schemaFields(schema: JsonSchema, prefix = ''): FieldDoc[] {
  if (isWeekly(schema)) {
    const day = schema.properties?.senin as JsonSchema;
    return schemaFields(
      { properties: { '{hari}': { ...day, description: `Rentang jam buka per hari (${DAY_LIST}); kosong bila tutup` } } },
      prefix,
    );
  }
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const types = [field.type ?? []].flat().map((type) => TYPE_NAMES[type] ?? type);
    const own = { path, type: types.join(t.openData.typeOr), description: field.description ?? '' };
    if (field.type === 'array' && field.items?.properties) return [own, ...schemaFields(field.items, `${path}[].`)];
    if (field.properties) return [own, ...schemaFields(field, `${path}.`)];
    return [own];
  });
}

/** One file listed on the /data/ page, with its documented fields. */
export interface OpenDataEntry {
  id: string;
  href: string;
  name: string;
  format: 'JSON' | 'CSV';
  description: string;
  /** "66 data", or '' when a count means nothing (the schedule). */
  size: string;
  schema: { href: string; name: string } | null;
  /** JSON fields, or for the CSV its columns described by the field each comes from. */
  fields: (FieldDoc & { source?: string })[];
}

/** The files of /data/ as the page lists them. */
export function openDataCatalogue(site: Site): OpenDataEntry[] {
  const o = t.openData;
  const schemas = openDataSchemas(site.profile.origin);
  const name = (href: string) => href.slice(href.lastIndexOf('/') + 1);
  const count = (n: number) => o.count.replace('{n}', formatCount(n));
  const schemaLink = (href: string) => ({ href, name: name(href) });
  const serviceFields = schemaFields(schemas.layanan);
  const byPath = new Map(serviceFields.map((f) => [f.path, f]));
  const csvFields = CSV_COLUMNS.map((column) => {
    const source = byPath.get(CSV_SOURCES[column]);
    return { path: column, type: source?.type ?? '', description: source?.description ?? '', source: CSV_SOURCES[column] };
  });
  const { layanan, gerai, jamLayanan, panduan, kemitraan } = OPEN_DATA_FILES;
  return [
    {
      id: 'layanan-json',
      href: layanan.data,
      name: name(layanan.data),
      format: 'JSON',
      description: o.servicesJson,
      size: count(site.services.length),
      schema: schemaLink(layanan.schema),
      fields: serviceFields,
    },
    {
      id: 'layanan-csv',
      href: layanan.csv,
      name: name(layanan.csv),
      format: 'CSV',
      description: o.servicesCsv,
      size: count(site.services.length),
      schema: null,
      fields: csvFields,
    },
    {
      id: 'gerai-json',
      href: gerai.data,
      name: name(gerai.data),
      format: 'JSON',
      description: o.geraiJson,
      size: count(site.gerai.length),
      schema: schemaLink(gerai.schema),
      fields: schemaFields(schemas.gerai),
    },
    {
      id: 'jam-layanan-json',
      href: jamLayanan.data,
      name: name(jamLayanan.data),
      format: 'JSON',
      description: o.hoursJson,
      size: '',
      schema: schemaLink(jamLayanan.schema),
      fields: schemaFields(schemas['jam-layanan']),
    },
    {
      id: 'panduan-json',
      href: panduan.data,
      name: name(panduan.data),
      format: 'JSON',
      description: o.guidesJson,
      size: count(site.guides.length),
      schema: schemaLink(panduan.schema),
      fields: schemaFields(schemas.panduan),
    },
    {
      id: 'kemitraan-json',
      href: kemitraan.data,
      name: name(kemitraan.data),
      format: 'JSON',
      description: o.partnersJson,
      size: count(site.instansi.length),
      schema: schemaLink(kemitraan.schema),
      fields: schemaFields(schemas.kemitraan),
    },
  ];
}
