// Indonesian formatting for dates, money, times and durations. Dependency-free (only the
// vocabulary) because it runs at build time and in the browser. Numbers are grouped by hand
// rather than through Intl so output is identical on every engine (some browsers ship
// reduced locale data).
import { DAY_LABELS as DAY_NAMES, DAYS as DAY_KEYS, type DayKey } from './vocabulary.ts';

/** A UI string from src/i18n/id.ts with each {key} replaced by its value; unknown keys become empty. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Day keys in week order, Monday first: the content model's own list. */
export { DAY_KEYS, type DayKey };

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

/** A calendar date without a time of day. */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** A date as content stores it: 'YYYY-MM-DD', or a Date (read as UTC, which is how YAML dates load). */
export type DateInput = string | Date;

/** Splits a 'YYYY-MM-DD' string (or a Date, read in UTC) into a calendar date; throws when invalid. */
export function toCalendarDate(input: DateInput): CalendarDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('Tanggal tidak valid');
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.trim());
  if (!match) throw new RangeError(`Tanggal tidak valid: "${input}" (gunakan format TTTT-BB-HH)`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Round-trip through UTC to reject dates such as 2027-02-30.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Tanggal tidak valid: "${input}"`);
  }
  return { year, month, day };
}

/** Day of the week of a calendar date, independent of the device timezone. */
export function dayKeyOf(input: DateInput): DayKey {
  const { year, month, day } = toCalendarDate(input);
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  // getUTCDay counts from Sunday; DAY_KEYS starts on Monday.
  return DAY_KEYS[(sundayFirst + 6) % 7] as DayKey;
}

/** Options for {@link formatDate}. */
export interface DateFormatOptions {
  /** Prefix the day name: 'Rabu, 4 September 2024'. */
  weekday?: boolean;
  /** Abbreviate the month: '4 Sep 2024'. */
  short?: boolean;
}

const monthName = (month: number, short = false) => (short ? MONTHS_SHORT : MONTHS)[month - 1] ?? '';

/** Formats a calendar date in Indonesian, e.g. '4 September 2024' or 'Rabu, 4 September 2024'. */
export function formatDate(input: DateInput, options: DateFormatOptions = {}): string {
  const { year, month, day } = toCalendarDate(input);
  const text = `${day} ${monthName(month, options.short)} ${year}`;
  return options.weekday ? `${DAY_NAMES[dayKeyOf(input)]}, ${text}` : text;
}

/** Formats a date range compactly, e.g. '24–26 Desember 2026' or '30 Desember 2026–2 Januari 2027'. */
export function formatDateRange(start: DateInput, end?: DateInput | null, options: { short?: boolean } = {}): string {
  const from = toCalendarDate(start);
  const to = end == null ? from : toCalendarDate(end);
  const short = options.short ?? false;
  const sameYear = from.year === to.year;
  const sameMonth = sameYear && from.month === to.month;
  if (sameMonth && from.day === to.day) return formatDate(start, { short });
  const tail = `${to.day} ${monthName(to.month, short)} ${to.year}`;
  if (sameMonth) return `${from.day}–${tail}`;
  if (sameYear) return `${from.day} ${monthName(from.month, short)}–${tail}`;
  return `${formatDate(start, { short })}–${tail}`;
}

/** Groups digits with dots and uses a decimal comma, keeping at most `maxFraction` decimals. */
function formatNumber(value: number, maxFraction: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxFraction);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = value < 0 && (Number(whole) > 0 || decimals !== '') ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** Formats a count with Indonesian digit grouping, e.g. 1234 → '1.234' and 1.5 → '1,5'. */
export function formatCount(value: number): string {
  return formatNumber(value, 2);
}

/** Formats a whole-Rupiah amount, e.g. 80000 → 'Rp80.000'; 0 stays 'Rp0' (see formatCost). */
export function formatRupiah(amount: number): string {
  const text = formatNumber(Math.round(amount), 0);
  return text.startsWith('-') ? `-Rp${text.slice(1)}` : `Rp${text}`;
}

/** Formats a service fee: 0 reads 'Gratis', anything else as Rupiah. */
export function formatCost(amount: number): string {
  return amount === 0 ? 'Gratis' : formatRupiah(amount);
}

/** Parses 'HH.MM' or 'HH:MM' (24-hour, '24.00' allowed as an end) into minutes since midnight; throws when invalid. */
export function parseTime(text: string): number {
  const match = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw new RangeError(`Jam tidak valid: "${text}" (gunakan format JJ.MM, misalnya 08.00)`);
  }
  return hours * 60 + minutes;
}

/** Formats minutes since midnight as 'HH.MM' (1440 → '24.00'). */
export function formatMinutes(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return `${String(hours).padStart(2, '0')}.${String(minutes).padStart(2, '0')}`;
}

/** Normalises a time to the Indonesian 'HH.MM' form, e.g. '8.00' or '08:00' → '08.00'. */
export function formatTime(text: string): string {
  return formatMinutes(parseTime(text));
}

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Indonesian zone abbreviation ('WIB', 'WITA', 'WIT'); other zones fall back to their IANA name. */
export function timeZoneAbbreviation(timeZone: string): string {
  return ZONE_ABBREVIATIONS[timeZone] ?? timeZone;
}

/** Formats a time with its zone, e.g. ('08.00', 'Asia/Makassar') → '08.00 WITA'. */
export function formatTimeWithZone(text: string, timeZone: string): string {
  return `${formatTime(text)} ${timeZoneAbbreviation(timeZone)}`;
}

/** Capitalised Indonesian day name, e.g. 'jumat' → 'Jumat'. */
export function formatDayName(day: DayKey): string {
  return DAY_NAMES[day];
}

/** Lists days compactly: consecutive runs become 'Senin–Kamis', others 'Senin, Rabu, Jumat'. */
export function formatDayRange(days: readonly DayKey[]): string {
  const indexes = [...new Set(days.map((day) => DAY_KEYS.indexOf(day)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < indexes.length; i++) {
    const current = indexes[i] as number;
    const next = indexes[i + 1];
    if (next === current + 1) continue;
    const first = indexes[runStart] as number;
    const name = (index: number) => DAY_NAMES[DAY_KEYS[index] as DayKey];
    parts.push(first === current ? name(first) : `${name(first)}–${name(current)}`);
    runStart = i + 1;
  }
  return parts.join(', ');
}

/** Units of a service's completion time, as stored in content. */
export type DurationUnit = 'menit' | 'jam' | 'hari-kerja' | 'hari';

const DURATION_LABELS: Record<DurationUnit, string> = {
  menit: 'menit',
  jam: 'jam',
  'hari-kerja': 'hari kerja',
  hari: 'hari',
};

/** Formats a duration, e.g. (1, 'hari-kerja') → '1 hari kerja'; Indonesian units need no plural. */
export function formatDuration(value: number, unit: DurationUnit): string {
  return `${formatCount(value)} ${DURATION_LABELS[unit]}`;
}

/** How a processing time is worded before its number (content: jangkaWaktu.sifat). */
export type DurationQualifier = 'tepat' | 'sekitar' | 'paling-lama';

/** A service's processing time as entered once in content (jangkaWaktu). */
export interface ProcessingTime {
  /** The result is handed over during the same visit. */
  selesaiDiTempat: boolean;
  sifat: DurationQualifier | string;
  /** Lower end of a range ("1" in "1–3 hari kerja"), or null. */
  dari: number | null;
  /** The time (upper end of a range), or null when there is no firm number. */
  nilai: number | null;
  satuan: DurationUnit | string;
  /** Rest of the sentence ("sejak berkas lengkap"), or the whole text when there is no number. */
  keterangan: string;
}

const QUALIFIER_WORDS: Record<string, string> = { tepat: '', sekitar: 'sekitar', 'paling-lama': 'paling lama' };
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The time part alone: "3 hari kerja", "1–2 jam", or '' when there is no number. */
export function formatTimeSpan(time: Pick<ProcessingTime, 'dari' | 'nilai' | 'satuan'>): string {
  if (time.nilai === null || time.nilai === undefined) return '';
  const span = formatDuration(time.nilai, time.satuan as DurationUnit);
  const from = time.dari;
  return from !== null && from !== undefined && from < time.nilai ? `${formatCount(from)}–${span}` : span;
}

/**
 * The processing time as residents read it, derived from the structured value:
 * "3 hari kerja", "1–2 jam", "Selesai di tempat, sekitar 30 menit",
 * "Paling lama 28 hari kerja sejak berkas lengkap".
 */
export function formatProcessingTime(time: ProcessingTime): string {
  const span = formatTimeSpan(time);
  const qualifier = span ? (QUALIFIER_WORDS[time.sifat] ?? '') : '';
  const core = [qualifier, span].filter(Boolean).join(' ');
  const head = time.selesaiDiTempat ? ['selesai di tempat', core].filter(Boolean).join(', ') : core;
  const note = time.keterangan.trim();
  if (!head) return capitalize(note);
  if (!note) return capitalize(head);
  return capitalize(/^[;,.:)]/.test(note) ? `${head}${note}` : `${head} ${note}`);
}

/** Describes how long ago something happened, e.g. 90 → '1 menit lalu'; under 5 seconds → 'baru saja'. */
export function formatRelativeSeconds(seconds: number): string {
  const s = Math.floor(seconds);
  if (!(s >= 5)) return 'baru saja';
  if (s < 60) return `${s} detik lalu`;
  if (s < 3600) return `${Math.floor(s / 60)} menit lalu`;
  if (s < 86400) return `${Math.floor(s / 3600)} jam lalu`;
  return `${formatCount(Math.floor(s / 86400))} hari lalu`;
}

/** Describes an estimated queue wait, e.g. 15 → 'sekitar 15 menit', 80 → 'sekitar 1 jam 20 menit', 0 → 'tanpa antre'. */
export function formatMinutesWait(minutes: number): string {
  const total = Math.round(minutes);
  if (!(total > 0)) return 'tanpa antre';
  if (total < 60) return `sekitar ${total} menit`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest === 0 ? `sekitar ${hours} jam` : `sekitar ${hours} jam ${rest} menit`;
}

/** A phone number that never wraps: non-breaking spaces and hyphens. */
export function formatPhone(text: string): string {
  return text.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** The digits (and leading +) of a phone number, for tel: links. */
export function phoneHref(text: string): string {
  return `tel:${text.replace(/[^\d+]/g, '')}`;
}

/** Digits of a phone number written the usual ways ("(0285) 000-0000", "+62 812-..."), or null if it is not one. */
export function phoneDigits(text: string): string | null {
  const trimmed = text.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 15 ? digits : null;
}

/** A WhatsApp number in the international form wa.me needs (0812… → 62812…), or null if it is not a number. */
export function normalizeWhatsApp(text: string): string | null {
  const digits = phoneDigits(text);
  if (!digits) return null;
  const international = digits.replace(/^0/, '62');
  return /^[1-9]\d{8,14}$/.test(international) ? international : null;
}
