// Cross-entry rules the schema cannot express (relations, date ranges, schedules,
// uniqueness), run over a whole content set; the rules themselves live in the
// validate-*.ts files. Messages are for DPMPTSP editors, so they are in Indonesian and
// name the file and the field.
import type { ContentIssue, RawContent } from './content-types.ts';
import { guideProblems } from './guides.ts';
import { parseRedirects, publishedPaths, redirectProblems } from './redirects.ts';
import { imageSources } from './rich-text.ts';
import { checkAgencies } from './validate-agencies.ts';
import {
  checkIntervals,
  checkMedia,
  checkRelation,
  checkSlugs,
  checkUnique,
  checkWeekly,
  DOCUMENT_EXTENSIONS,
  IMAGE_EXTENSIONS,
  type MediaAccess,
} from './validate-fields.ts';
import { checkAgreementDates, checkEntries, checkProfileContacts, checkSkm, type IssueSink, type UrlOverrides } from './validate-rules.ts';
import { checkServices } from './validate-services.ts';
import { INDONESIA_BOUNDS } from './vocabulary.ts';

export { INDONESIA_BOUNDS, SLUG_PATTERN } from './vocabulary.ts';
export { monthsBefore, REVIEW_WARNING_MONTHS } from './validate-services.ts';

/** The issue sink validateContent fills. */
class Issues implements IssueSink {
  readonly list: ContentIssue[] = [];
  error(file: string, field: string, message: string) {
    this.list.push({ severity: 'error', file, field, message });
  }
  warn(file: string, field: string, message: string) {
    this.list.push({ severity: 'warning', file, field, message });
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

  checkAgencies(issues, content, geraiSlugs, unreadable, media);

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

  checkServices(issues, content, geraiSlugs, unreadable, today);

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
