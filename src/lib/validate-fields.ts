// Checks of single fields that every collection shares: slugs, unique values, relations,
// hour ranges and uploaded media. Messages name the file and the field, in Indonesian.
import type { RawEntry } from './content-types.ts';
import { type TimeInterval, intervalProblems } from './hours.ts';
import type { IssueSink } from './validate-rules.ts';
import { SLUG_PATTERN } from './vocabulary.ts';

/** Image types editors may upload. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif'];
/** Document types editors may upload (agreement scans). */
export const DOCUMENT_EXTENSIONS = ['pdf'];

/** Every slug (file name) well formed and used once per collection. */
export function checkSlugs(issues: IssueSink, label: string, entries: RawEntry<unknown>[]) {
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

/** A field (gerai code, queue prefix) that must differ between entries, ignoring case. */
export function checkUnique<T>(issues: IssueSink, entries: RawEntry<T>[], field: string, label: string, pick: (e: T) => string) {
  const seen = new Map<string, string>();
  for (const { entry, file } of entries) {
    const value = pick(entry).trim();
    if (!value) continue;
    const other = seen.get(value.toUpperCase());
    if (other) issues.error(file, field, `${label} "${value}" sudah dipakai oleh ${other}`);
    else seen.set(value.toUpperCase(), file);
  }
}

/** Why a time shaped like JJ.MM is still no time of day (25.00, 08.75), or null when the shape itself is wrong. */
export function timeRangeMessage(value: unknown): string | null {
  const match = typeof value === 'string' ? /^(\d{1,2})[.:](\d{2})$/.exec(value.trim()) : null;
  const [hours, minutes] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || (hours < 24 && minutes < 60) || (hours === 24 && minutes === 0)) return null;
  return `jam "${value}" tidak ada; jam berlaku 00.00–23.59 (24.00 untuk tengah malam)`;
}

/** Time ranges of one day: valid JJ.MM, ending after they start, not overlapping. */
export function checkIntervals(issues: IssueSink, file: string, field: string, intervals: readonly TimeInterval[]) {
  for (const problem of intervalProblems(intervals)) {
    const interval = intervals[problem.index];
    const text = interval ? `${interval.mulai}–${interval.selesai}` : '';
    const message =
      problem.kind === 'end-before-start'
        ? `rentang ${text} berakhir sebelum atau tepat saat dimulai`
        : problem.kind === 'overlap'
          ? `rentang ${text} tumpang tindih dengan rentang lain pada hari yang sama`
          : ([interval?.mulai, interval?.selesai].map(timeRangeMessage).find(Boolean) ?? `jam "${text}" tidak valid; gunakan format JJ.MM`);
    issues.error(file, `${field}[${problem.index + 1}]`, message);
  }
}

/** Time ranges of every day of a weekly schedule. */
export function checkWeekly(issues: IssueSink, file: string, field: string, weekly: Record<string, readonly TimeInterval[]>) {
  for (const [day, intervals] of Object.entries(weekly)) checkIntervals(issues, file, `${field}.${day}`, intervals);
}

/** A relation field names an entry that exists (an unreadable one is already reported). */
export function checkRelation(
  issues: IssueSink,
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

/** How validation sees uploaded files. */
export interface MediaAccess {
  exists: (publicPath: string) => boolean;
  problem?: (publicPath: string) => string | null;
}

/** An uploaded file of an allowed type that exists and may be published. */
export function checkMedia(issues: IssueSink, file: string, field: string, path: string | null, allowed: string[], media: MediaAccess) {
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
