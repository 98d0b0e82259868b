// The field audit: every field editors can fill in must either reach residents (a place
// on the site, in open data or search, listed here) or say in its CMS help that it is
// internal. A field that is neither is information an editor writes for nobody.
// Extend RESIDENT_FIELDS when adding a field; tests/unit/field-audit.test.ts fails otherwise.

/** Keystatic field objects, seen structurally (their public types hide these members). */
interface AuditField {
  kind: string;
  label?: string;
  description?: string;
  fields?: Record<string, AuditField>;
  element?: AuditField;
  discriminant?: AuditField;
  values?: Record<string, AuditField>;
  Input?: (props: Record<string, unknown>) => { props?: { description?: unknown } } | null;
}
/** The part of a Keystatic config the audit reads. */
export interface AuditConfig {
  collections?: Record<string, { schema: Record<string, unknown> }>;
  singletons?: Record<string, { schema: Record<string, unknown> }>;
}

/** One field that holds a value, with the help texts editors see: its own and its enclosing objects' and lists'. */
export interface AuditedField {
  path: string;
  descriptions: string[];
}

/** Form fields keep their help text inside their editor component; render it with no props to read it. */
function formDescription(field: AuditField): { description: string; hasInput: boolean } {
  try {
    const element = field.Input?.({});
    if (element === null) return { description: '', hasInput: false };
    const text = element?.props?.description;
    return { description: typeof text === 'string' ? text : '', hasInput: true };
  } catch {
    // Some editors (slug, rich text) only render inside the CMS; they are listed by path.
    return { description: '', hasInput: true };
  }
}

function walk(field: AuditField, path: string, help: string[], out: AuditedField[]) {
  const withOwn = field.description ? [...help, field.description] : help;
  if (field.kind === 'object') {
    for (const [name, child] of Object.entries(field.fields ?? {})) walk(child, `${path}.${name}`, withOwn, out);
  } else if (field.kind === 'array' && field.element) {
    // A list of plain values is one field (the list); a list of objects is its objects' fields.
    if (field.element.kind === 'form') out.push({ path, descriptions: [...withOwn, formDescription(field.element).description] });
    else walk(field.element, path, withOwn, out);
  } else if (field.kind === 'conditional' && field.discriminant) {
    walk(field.discriminant, path, help, out);
    for (const [value, child] of Object.entries(field.values ?? {})) walk(child, `${path}.${value}`, help, out);
  } else {
    const { description, hasInput } = formDescription(field);
    if (hasInput) out.push({ path, descriptions: [...help, description] });
  }
}

/** Every value-holding field of every collection and singleton, as "collection.field.sub" paths. */
export function auditedFields(config: AuditConfig): AuditedField[] {
  const out: AuditedField[] = [];
  for (const group of [config.singletons ?? {}, config.collections ?? {}]) {
    for (const [key, entry] of Object.entries(group)) {
      for (const [name, field] of Object.entries(entry.schema)) walk(field as AuditField, `${key}.${name}`, [], out);
    }
  }
  return out;
}

/** Problems of a schema against the list of shown fields: unaccounted fields, and listed paths that no longer exist. */
export function auditProblems(config: AuditConfig, shown: Readonly<Record<string, string>>, internalPrefix: string): string[] {
  const fields = auditedFields(config);
  const problems: string[] = [];
  for (const { path, descriptions } of fields) {
    const internal = descriptions.some((d) => d.trimStart().startsWith(internalPrefix));
    if (!internal && !shown[path])
      problems.push(`${path}: tidak tampil bagi warga dan tidak ditandai "${internalPrefix}" di keterangan CMS`);
    if (internal && shown[path]) problems.push(`${path}: ditandai "${internalPrefix}" tetapi juga terdaftar tampil di ${shown[path]}`);
  }
  const known = new Set(fields.map((f) => f.path));
  for (const path of Object.keys(shown)) if (!known.has(path)) problems.push(`${path}: terdaftar tampil tetapi tidak ada di skema`);
  return problems;
}

const WEEK = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];
const weekly = (prefix: string, place: string) =>
  Object.fromEntries(WEEK.flatMap((day) => [`${prefix}.${day}.mulai`, `${prefix}.${day}.selesai`].map((path) => [path, place])));

const SERVICE_PAGE = 'halaman layanan';
const PARTNERS_PAGE = 'halaman Kemitraan';
const CLOSURES = 'daftar libur di halaman jam layanan, gerai dan layanan';

/**
 * Where each field reaches residents, by "collection.field.sub" path (lists and
 * conditionals add no marker: "layanan.biaya.berbayar.tarif.uraian"). Add an entry with
 * every new field, or start its CMS help with "Internal:" (see INTERNAL_HELP_PREFIX).
 */
export const RESIDENT_FIELDS: Readonly<Record<string, string>> = {
  'profil.nama': 'judul beranda dan setiap halaman',
  'profil.penyelenggara': 'kaki halaman ("Dikelola oleh") dan data terbuka',
  'profil.deskripsi': 'beranda dan deskripsi halaman',
  'profil.logo': 'data terstruktur beranda (logo)',
  'profil.alamatSitus': 'tautan kanonis, gambar berbagi dan data terbuka',
  'profil.dataContoh': 'pemberitahuan data contoh di kepala halaman',
  'profil.alamat.jalan': 'kaki halaman dan halaman lokasi',
  'profil.alamat.kelurahan': 'halaman lokasi',
  'profil.alamat.kecamatan': 'kaki halaman dan halaman lokasi',
  'profil.alamat.kota': 'kaki halaman dan halaman lokasi',
  'profil.alamat.provinsi': 'kaki halaman dan halaman lokasi',
  'profil.alamat.kodePos': 'kaki halaman dan halaman lokasi',
  'profil.petunjukArah': 'halaman lokasi',
  'profil.aksesibilitasGedung': 'halaman lokasi',
  'profil.koordinat.lintang': 'peta dan petunjuk arah',
  'profil.koordinat.bujur': 'peta dan petunjuk arah',
  'profil.zonaWaktu': 'jam layanan (WIB/WITA/WIT) dan status buka',
  'profil.kontak.telepon': 'kaki halaman',
  'profil.kontak.whatsapp': 'kaki halaman',
  'profil.kontak.email': 'kaki halaman',
  'profil.mediaSosial.nama': 'kaki halaman dan halaman Tentang',
  'profil.mediaSosial.url': 'kaki halaman dan halaman Tentang',
  'profil.kapasitasHarian': 'halaman Tentang',
  'profil.layananPrioritas': 'beranda',
  'profil.skm.nilai': 'beranda dan halaman Tentang (dengan mutu pelayanan)',
  'profil.skm.periode': 'beranda dan halaman Tentang',
  'profil.skm.tautanSurvei': 'beranda dan halaman Tentang',
  'profil.pengaduan.lapor': 'kaki halaman dan halaman layanan',
  'profil.pengaduan.keterangan': 'kaki halaman',
  'profil.antrian.apiUrl': 'antrean langsung di beranda dan halaman gerai',
  'profil.peta.tileUrl': 'peta',
  'profil.peta.atribusi': 'peta',
  ...weekly('jamLayanan.jadwal', 'halaman jam layanan, status buka, data terbuka'),
  'jamLayanan.catatan': 'halaman jam layanan',
  'libur.nama': CLOSURES,
  'libur.mulai': CLOSURES,
  'libur.selesai': CLOSURES,
  'libur.jenis': CLOSURES,
  'libur.jenis.jam-khusus.mulai': CLOSURES,
  'libur.jenis.jam-khusus.selesai': CLOSURES,
  'libur.gerai': CLOSURES,
  'libur.keterangan': CLOSURES,
  'instansi.nama': `${PARTNERS_PAGE}, halaman gerai dan layanan`,
  'instansi.singkatan': 'halaman gerai dan data terbuka',
  'instansi.jenis': `${PARTNERS_PAGE} (dikelompokkan), halaman gerai, filter pencarian`,
  'instansi.logo': `daftar instansi di ${PARTNERS_PAGE}`,
  'instansi.situs': `daftar instansi di ${PARTNERS_PAGE}`,
  'instansi.kontak': `daftar instansi di ${PARTNERS_PAGE} dan halaman gerai`,
  'instansi.kehadiran': `daftar instansi di ${PARTNERS_PAGE}`,
  'instansi.kehadiran.gerai-lain': `daftar instansi di ${PARTNERS_PAGE} dan halaman gerai`,
  'instansi.kehadiran.belum-buka': `daftar instansi di ${PARTNERS_PAGE}`,
  'gerai.nama': 'halaman gerai dan layanan',
  'gerai.kode': 'halaman gerai dan layanan',
  'gerai.lantai': 'halaman gerai dan layanan',
  'gerai.loket': 'halaman gerai dan layanan',
  'gerai.instansi': 'halaman gerai',
  'gerai.deskripsi': 'halaman gerai',
  'gerai.jamSendiri': 'halaman gerai',
  ...weekly('gerai.jamSendiri.true', 'halaman gerai dan layanannya'),
  'layanan.nama': SERVICE_PAGE,
  'layanan.ringkasan': SERVICE_PAGE,
  'layanan.gerai': SERVICE_PAGE,
  'layanan.kategori': 'daftar layanan per kategori',
  'layanan.peristiwa': 'data terbuka layanan.json',
  'layanan.populer': 'layanan populer di beranda',
  'layanan.persyaratan.dokumen': SERVICE_PAGE,
  'layanan.persyaratan.bentuk': SERVICE_PAGE,
  'layanan.persyaratan.jumlah': SERVICE_PAGE,
  'layanan.persyaratan.catatan': SERVICE_PAGE,
  'layanan.persyaratan.opsional': SERVICE_PAGE,
  'layanan.persyaratan.kondisi': SERVICE_PAGE,
  'layanan.persyaratan.alternatif': `${SERVICE_PAGE} ("Salah satu dari") dan daftar periksa panduan`,
  'layanan.prosedur': SERVICE_PAGE,
  'layanan.jangkaWaktu.selesaiDiTempat': SERVICE_PAGE,
  'layanan.jangkaWaktu.sifat': SERVICE_PAGE,
  'layanan.jangkaWaktu.dari': SERVICE_PAGE,
  'layanan.jangkaWaktu.nilai': SERVICE_PAGE,
  'layanan.jangkaWaktu.satuan': SERVICE_PAGE,
  'layanan.jangkaWaktu.keterangan': SERVICE_PAGE,
  'layanan.hadirSendiri': `${SERVICE_PAGE} (fakta utama) dan langkah panduan`,
  'layanan.biaya': SERVICE_PAGE,
  'layanan.biaya.berbayar.tarif.uraian': SERVICE_PAGE,
  'layanan.biaya.berbayar.tarif.jumlah': SERVICE_PAGE,
  'layanan.biaya.berbayar.dasarHukum': SERVICE_PAGE,
  'layanan.biaya.berbayar.caraBayar': SERVICE_PAGE,
  'layanan.biaya.sesuai-perhitungan.caraHitung': SERVICE_PAGE,
  'layanan.biaya.sesuai-perhitungan.tempatCek': SERVICE_PAGE,
  'layanan.biaya.sesuai-perhitungan.tautanCek': SERVICE_PAGE,
  'layanan.biaya.sesuai-perhitungan.dasarHukum': SERVICE_PAGE,
  'layanan.biaya.sesuai-perhitungan.caraBayar': SERVICE_PAGE,
  'layanan.biayaLain.uraian': `${SERVICE_PAGE} ("Siapkan juga")`,
  'layanan.biayaLain.perkiraan': `${SERVICE_PAGE} ("Siapkan juga")`,
  'layanan.produk': SERVICE_PAGE,
  'layanan.pengaduan': SERVICE_PAGE,
  'layanan.dasarHukum': SERVICE_PAGE,
  'layanan.ketersediaan': SERVICE_PAGE,
  'layanan.ketersediaan.terbatas': SERVICE_PAGE,
  'layanan.ketersediaan.tidak-tersedia': SERVICE_PAGE,
  'layanan.alternatifDaring': SERVICE_PAGE,
  'layanan.alias': 'pencarian',
  'layanan.sumberResmi': SERVICE_PAGE,
  'layanan.ditinjau': `${SERVICE_PAGE} ("Terakhir ditinjau")`,
  'kerjaSama.judul': PARTNERS_PAGE,
  'kerjaSama.instansi': PARTNERS_PAGE,
  'kerjaSama.tahap': `${PARTNERS_PAGE} (status)`,
  'kerjaSama.nomor': PARTNERS_PAGE,
  'kerjaSama.ditandatangani': PARTNERS_PAGE,
  'kerjaSama.berlakuMulai': PARTNERS_PAGE,
  'kerjaSama.berlakuSampai': PARTNERS_PAGE,
  'kerjaSama.ruangLingkup': PARTNERS_PAGE,
  'kerjaSama.dokumen': PARTNERS_PAGE,
  'pengumuman.judul': 'halaman pengumuman',
  'pengumuman.tanggal': 'halaman pengumuman',
  'pengumuman.jenis': 'halaman pengumuman',
  'pengumuman.ringkasan': 'daftar pengumuman dan umpan RSS',
  'pengumuman.penulis': 'halaman pengumuman',
  'pengumuman.tautanSumber': 'halaman pengumuman',
  'pengumuman.sampul': 'halaman pengumuman',
  'pengumuman.sampulAlt': 'halaman pengumuman (teks alternatif)',
  'pengumuman.tag': 'halaman pengumuman dan halaman tag',
  'pengumuman.isi': 'halaman pengumuman',
  'halaman.judul': 'halaman Tentang, FAQ, Aksesibilitas, Privasi',
  'halaman.ringkasan': 'halaman Tentang, FAQ, Aksesibilitas, Privasi',
  'halaman.isi': 'halaman Tentang, FAQ, Aksesibilitas, Privasi',
  'panduan.judul': 'halaman panduan',
  'panduan.untukSiapa': 'halaman panduan',
  'panduan.pengantar': 'halaman panduan',
  'panduan.peristiwa': 'data terbuka panduan.json',
  'panduan.kataKunci': 'halaman panduan dan pencarian',
  'panduan.langkah.judul': 'halaman panduan',
  'panduan.langkah.layanan.layanan': 'halaman panduan',
  'panduan.langkah.layanan.bilaPerlu': 'halaman panduan',
  'panduan.langkah.bilaPerlu': 'halaman panduan',
  'panduan.langkah.diLuarMpp': 'halaman panduan',
  'panduan.langkah.catatan': 'halaman panduan',
};
