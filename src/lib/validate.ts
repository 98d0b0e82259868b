// Cross-entry rules the schema cannot express (relations, date ranges, schedules,
// uniqueness). Messages are for DPMPTSP editors, so they are in Indonesian and name
// the file and the field.
import type { ContentIssue, RawContent, RawEntry } from '../data/types.ts';
import { imageSources } from './rich-text.ts';
import { guideProblems } from './guides.ts';
import { type TimeInterval, intervalProblems } from './hours.ts';
import { parseRedirects, publishedPaths, redirectProblems } from './redirects.ts';
import { checkAgreementDates, checkEntries, checkProfileContacts, checkSkm, type UrlOverrides } from './validate-rules.ts';

/** Bounding box of Indonesia, generous enough for every kabupaten/kota. */
export const INDONESIA_BOUNDS = { minLat: -11.2, maxLat: 6.3, minLon: 94.7, maxLon: 141.1 } as const;
/** Services not reviewed within this many months get a warning. */
export const REVIEW_WARNING_MONTHS = 12;

/** What a slug (file name) may look like; the schema's slug fields use it too. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif'];
const DOCUMENT_EXTENSIONS = ['pdf'];

/** The date `months` months before an ISO date. */
export function monthsBefore(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

type LayananFacts = Pick<RawContent['layanan'][number]['entry'], 'biaya' | 'jangkaWaktu' | 'persyaratan'>;

/** Rules on a service's fee, processing time and "salah satu dari" requirements. */
function checkServiceFacts(issues: Issues, file: string, entry: LayananFacts) {
  const { biaya, jangkaWaktu: time } = entry;
  if (biaya.discriminant === 'sesuai-perhitungan' && !biaya.value.tempatCek.trim() && !biaya.value.tautanCek) {
    issues.error(
      file,
      'biaya.tempatCek',
      'biaya sesuai perhitungan wajib menyebut di mana warga mengecek besarnya: isi "Tempat mengecek besarnya" atau "Tautan cek"',
    );
  }
  if (time.nilai === null && !time.selesaiDiTempat && !time.keterangan.trim()) {
    issues.error(
      file,
      'jangkaWaktu',
      'jangka waktu kosong: isi "Lama" dan "Satuan", centang "Selesai di tempat", atau tulis "Keterangan" bila tidak ada angka pasti',
    );
  }
  if (time.dari !== null && time.nilai === null) {
    issues.error(file, 'jangkaWaktu.dari', 'rentang jangka waktu belum lengkap: "Paling cepat" diisi tetapi "Lama" kosong');
  } else if (time.dari !== null && time.nilai !== null && time.dari >= time.nilai) {
    issues.error(
      file,
      'jangkaWaktu.dari',
      `"Paling cepat" (${time.dari}) harus lebih kecil dari "Lama" (${time.nilai}); kosongkan bila bukan rentang`,
    );
  }
  entry.persyaratan.forEach((req, index) => {
    const names = [req.dokumen, ...req.alternatif].map((d) => d.trim().toLowerCase());
    const repeated = names.find((name, i) => name && names.indexOf(name) !== i);
    if (repeated) {
      issues.error(
        file,
        `persyaratan[${index + 1}].alternatif`,
        `dokumen "${repeated}" disebut dua kali dalam satu persyaratan "salah satu dari"; sebut setiap dokumen sekali`,
      );
    }
  });
}

class Issues {
  readonly list: ContentIssue[] = [];
  error(file: string, field: string, message: string) {
    this.list.push({ severity: 'error', file, field, message });
  }
  warn(file: string, field: string, message: string) {
    this.list.push({ severity: 'warning', file, field, message });
  }
}

function checkSlugs(issues: Issues, label: string, entries: RawEntry<unknown>[]) {
  const seen = new Map<string, string>();
  for (const { slug, file } of entries) {
    if (!SLUG_PATTERN.test(slug)) {
      issues.error(file, 'slug', `nama berkas "${slug}" harus huruf kecil, angka dan tanda hubung (misalnya ktp-el-baru)`);
    }
    const key = slug.toLowerCase();
    const other = seen.get(key);
    if (other) issues.error(file, 'slug', `slug ${label} "${slug}" sudah dipakai oleh ${other}`);
    else seen.set(key, file);
  }
}

function checkUnique<T>(issues: Issues, entries: RawEntry<T>[], field: string, label: string, pick: (e: T) => string) {
  const seen = new Map<string, string>();
  for (const { entry, file } of entries) {
    const value = pick(entry).trim();
    if (!value) continue;
    const other = seen.get(value.toUpperCase());
    if (other) issues.error(file, field, `${label} "${value}" sudah dipakai oleh ${other}`);
    else seen.set(value.toUpperCase(), file);
  }
}

function checkIntervals(issues: Issues, file: string, field: string, intervals: readonly TimeInterval[]) {
  for (const problem of intervalProblems(intervals)) {
    const interval = intervals[problem.index];
    const text = interval ? `${interval.mulai}–${interval.selesai}` : '';
    const message =
      problem.kind === 'end-before-start'
        ? `rentang ${text} berakhir sebelum atau tepat saat dimulai`
        : problem.kind === 'overlap'
          ? `rentang ${text} tumpang tindih dengan rentang lain pada hari yang sama`
          : `jam "${text}" tidak valid; gunakan format JJ.MM`;
    issues.error(file, `${field}[${problem.index + 1}]`, message);
  }
}

function checkWeekly(issues: Issues, file: string, field: string, weekly: Record<string, readonly TimeInterval[]>) {
  for (const [day, intervals] of Object.entries(weekly)) checkIntervals(issues, file, `${field}.${day}`, intervals);
}

function checkRelation(
  issues: Issues,
  file: string,
  field: string,
  target: string | null,
  label: string,
  folder: string,
  known: Set<string>,
  unreadable: ReadonlySet<string> = new Set(),
) {
  if (target && unreadable.has(`${folder}/${target}`)) return;
  if (!target) {
    issues.error(file, field, `${label} wajib dipilih`);
  } else if (!known.has(target)) {
    issues.error(file, field, `${label} "${target}" tidak ditemukan (tidak ada entri ${folder}/${target})`);
  }
}

interface MediaAccess {
  exists: (publicPath: string) => boolean;
  problem?: (publicPath: string) => string | null;
}

function checkMedia(issues: Issues, file: string, field: string, path: string | null, allowed: string[], media: MediaAccess) {
  if (!path) return;
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  if (!allowed.includes(ext)) {
    issues.error(file, field, `jenis berkas .${ext} tidak diizinkan; gunakan ${allowed.map((e) => `.${e}`).join(', ')}`);
  } else if (!media.exists(path)) {
    issues.error(file, field, `berkas ${path} tidak ditemukan; unggah ulang lewat CMS`);
  } else {
    const problem = media.problem?.(path);
    if (problem) issues.error(file, field, `berkas ${path}: ${problem}`);
  }
}

type InstansiEntryOf = RawContent['instansi'][number]['entry'];

/**
 * An agency's "Layanan di MPP" should agree with the gerai that name it as their agency.
 * Warnings, not errors: editors create an agency before its gerai, and the site shows what
 * the gerai say (an agency without one is "belum buka"; one with a gerai has its own).
 */
function checkPresence(
  issues: Issues,
  file: string,
  presence: InstansiEntryOf['kehadiran'],
  owned: string[],
  geraiSlugs: Set<string>,
  unreadable: ReadonlySet<string>,
) {
  if (presence.discriminant === 'gerai-sendiri') {
    if (owned.length === 0 && ![...unreadable].some((key) => key.startsWith('gerai/')))
      issues.warn(
        file,
        'kehadiran',
        'Layanan di MPP "Memiliki gerai sendiri" dipilih tetapi belum ada gerai dengan instansi ini, sehingga portal menampilkannya "Belum membuka layanan di MPP"; buat gerainya, atau pilih "Dilayani di gerai instansi lain"',
      );
    return;
  }
  if (owned.length > 0) {
    const chosen = presence.discriminant === 'gerai-lain' ? 'Dilayani di gerai instansi lain' : 'Belum membuka layanan di MPP';
    const list = owned.map((g) => `gerai/${g}`).join(', ');
    issues.warn(
      file,
      'kehadiran',
      `Layanan di MPP "${chosen}" dipilih padahal instansi ini memiliki ${list}, sehingga portal menampilkan gerai itu; pilih "Memiliki gerai sendiri"`,
    );
  }
  if (presence.discriminant === 'gerai-lain') {
    checkRelation(issues, file, 'kehadiran.gerai', presence.value, 'gerai tempat melayani', 'gerai', geraiSlugs, unreadable);
  }
}

export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD) in the MPP's timezone; warnings are relative to it. */
  today: string;
  /** Whether an uploaded media path (e.g. /media/pengumuman/x/sampul.png) exists. */
  mediaExists: (publicPath: string) => boolean;
  /** Why an existing upload must not be published (wrong bytes, hidden script), or null. */
  mediaProblem?: (publicPath: string) => string | null;
  /** Deployment overrides of profile addresses, checked like the profile's own. */
  overrides?: UrlOverrides;
}

/** All problems in a content set: errors stop the build, warnings are reported. */
export function validateContent(content: RawContent, options: ValidateOptions): ContentIssue[] {
  const issues = new Issues();
  const { today } = options;
  const media: MediaAccess = { exists: options.mediaExists, problem: options.mediaProblem };

  const { profil, jamLayanan } = content;
  const unreadable = content.unreadable ?? new Set<string>();
  if (!profil) {
    if (!unreadable.has('profil')) issues.error('content/profil.yaml', '-', 'Profil MPP belum diisi');
  } else {
    const { lintang, bujur } = profil.entry.koordinat;
    const b = INDONESIA_BOUNDS;
    if (lintang < b.minLat || lintang > b.maxLat || bujur < b.minLon || bujur > b.maxLon) {
      issues.error(
        profil.file,
        'koordinat',
        `koordinat ${lintang}, ${bujur} berada di luar wilayah Indonesia; periksa lintang (negatif di selatan khatulistiwa) dan bujur`,
      );
    }
    checkMedia(issues, profil.file, 'logo', profil.entry.logo, [...IMAGE_EXTENSIONS, 'svg'], media);
    checkSkm(issues, profil.file, profil.entry.skm);
  }
  if (!jamLayanan) {
    if (!unreadable.has('jamLayanan')) issues.error('content/jam-layanan.yaml', '-', 'Jam layanan belum diisi');
  } else checkWeekly(issues, jamLayanan.file, 'jadwal', jamLayanan.entry.jadwal);

  checkSlugs(issues, 'hari libur', content.libur);
  checkSlugs(issues, 'instansi', content.instansi);
  checkSlugs(issues, 'gerai', content.gerai);
  checkSlugs(issues, 'layanan', content.layanan);
  checkSlugs(issues, 'perjanjian', content.kerjaSama);
  checkSlugs(issues, 'pengumuman', content.pengumuman);
  checkSlugs(issues, 'halaman', content.halaman);
  checkSlugs(issues, 'panduan', content.panduan);

  const instansiSlugs = new Set(content.instansi.map((e) => e.slug));
  const geraiSlugs = new Set(content.gerai.map((e) => e.slug));

  const owners = new Map<string, string[]>();
  for (const { slug, entry } of content.gerai) owners.set(entry.instansi ?? '', [...(owners.get(entry.instansi ?? '') ?? []), slug]);
  for (const { file, slug, entry } of content.instansi) {
    checkMedia(issues, file, 'logo', entry.logo, IMAGE_EXTENSIONS, media);
    checkPresence(issues, file, entry.kehadiran, owners.get(slug) ?? [], geraiSlugs, unreadable);
  }

  checkUnique(issues, content.gerai, 'kode', 'kode gerai', (e) => e.kode);
  checkUnique(issues, content.gerai, 'antrian.prefix', 'awalan antrean', (e) => e.antrian.prefix);
  for (const { file, entry } of content.gerai) {
    checkRelation(issues, file, 'instansi', entry.instansi, 'instansi', 'instansi', instansiSlugs, unreadable);
    if (entry.jamSendiri.discriminant) checkWeekly(issues, file, 'jamSendiri', entry.jamSendiri.value);
  }

  for (const { file, entry } of content.libur) {
    if (entry.selesai && entry.selesai < entry.mulai) {
      issues.error(file, 'selesai', `tanggal selesai ${entry.selesai} lebih awal dari tanggal mulai ${entry.mulai}`);
    }
    if (entry.jenis.discriminant === 'jam-khusus') {
      if (entry.jenis.value.length === 0)
        issues.error(file, 'jenis', 'jam khusus dipilih tetapi belum ada rentang jam; pilih "Tutup" bila MPP tutup');
      checkIntervals(issues, file, 'jenis.jamKhusus', entry.jenis.value);
    }
    for (const slug of entry.gerai) checkRelation(issues, file, 'gerai', slug, 'gerai', 'gerai', geraiSlugs, unreadable);
  }

  const reviewLimit = monthsBefore(today, REVIEW_WARNING_MONTHS);
  for (const { file, entry } of content.layanan) {
    checkRelation(issues, file, 'gerai', entry.gerai, 'gerai', 'gerai', geraiSlugs, unreadable);
    if (entry.persyaratan.length === 0)
      issues.error(
        file,
        'persyaratan',
        'layanan wajib memiliki paling sedikit satu persyaratan (tulis "Tidak ada persyaratan khusus" bila memang tidak ada)',
      );
    if (entry.prosedur.length === 0) issues.error(file, 'prosedur', 'layanan wajib memiliki paling sedikit satu langkah prosedur');
    if (entry.biaya.discriminant === 'berbayar' && entry.biaya.value.tarif.length === 0) {
      issues.error(file, 'biaya.tarif', 'layanan berbayar wajib memiliki paling sedikit satu tarif');
    }
    checkServiceFacts(issues, file, entry);
    if (entry.ditinjau && entry.ditinjau < reviewLimit) {
      issues.warn(
        file,
        'ditinjau',
        `terakhir ditinjau ${entry.ditinjau}, lebih dari ${REVIEW_WARNING_MONTHS} bulan lalu; periksa kembali isinya`,
      );
    }
  }

  for (const { file, entry } of content.kerjaSama) {
    checkRelation(issues, file, 'instansi', entry.instansi, 'instansi', 'instansi', instansiSlugs, unreadable);
    checkAgreementDates(issues, file, entry, today);
    checkMedia(issues, file, 'dokumen', entry.dokumen, DOCUMENT_EXTENSIONS, media);
  }

  for (const { file, entry } of [...content.pengumuman, ...content.halaman]) {
    for (const src of imageSources(entry.isi.tree)) checkMedia(issues, file, 'isi', src, IMAGE_EXTENSIONS, media);
  }
  for (const { file, entry } of content.pengumuman) {
    checkMedia(issues, file, 'sampul', entry.sampul, IMAGE_EXTENSIONS, media);
    if (entry.sampul && !entry.sampulAlt.trim()) issues.error(file, 'sampulAlt', 'gambar sampul wajib memiliki teks alternatif');
  }

  checkProfileContacts(issues, content, options.overrides);
  checkEntries(issues, content);
  // A service that failed the schema is already reported; guides naming it are not "not found".
  const unreadableServices = [...(content.unreadable ?? [])].filter((k) => k.startsWith('layanan/')).map((k) => k.slice('layanan/'.length));
  const serviceSlugs = new Set([...content.layanan.map((e) => e.slug), ...unreadableServices]);
  for (const i of guideProblems(content.panduan, serviceSlugs)) issues.error(i.file, i.field, i.message);
  if (content.pengalihan) {
    const { redirects, problems, items } = parseRedirects(content.pengalihan.text);
    const published = publishedPaths(content);
    const all = [...problems, ...redirectProblems(redirects, (path) => published.has(path), items)];
    // In file order, as editors read it.
    const item = (field: string) => Number(/^pengalihan (\d+)/.exec(field)?.[1] ?? 0);
    for (const p of all.sort((a, b) => item(a.field) - item(b.field))) issues.error(content.pengalihan.file, p.field, p.message);
  }

  return issues.list;
}

/** Format issues as the build's message, errors first. */
export function formatIssues(issues: ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const line = (i: ContentIssue) => `  - ${i.file} › ${i.field}: ${i.message}`;
  const parts: string[] = [];
  if (errors.length) parts.push(`Konten tidak valid (${errors.length} kesalahan). Perbaiki lalu jalankan build lagi:`, ...errors.map(line));
  if (warnings.length) parts.push(`Peringatan konten (${warnings.length}):`, ...warnings.map(line));
  return parts.join('\n');
}
