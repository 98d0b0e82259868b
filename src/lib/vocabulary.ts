// The portal's vocabularies: the fixed lists editors choose from (days, service
// categories, document forms, life events, announcement kinds, ...) with their Indonesian
// labels, plus the slug pattern and Indonesia's bounds. Both keystatic.config.ts (the
// schema) and src/lib (what pages show) read them from here, so the words editors pick
// and the words residents see are one list. Imports nothing: it also runs in the browser.

/** Folder (relative to the project root) that holds all editable content. */
export const CONTENT_ROOT = 'content' as const;
/** Public URL prefix for uploaded media; files live in content/media. */
export const MEDIA_PUBLIC_PATH = '/media';

/** Day keys in week order, Monday first as on Indonesian office schedules. */
export const DAYS = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'] as const;
/** A day of the week as content stores it. */
export type DayKey = (typeof DAYS)[number];
/** Capitalised Indonesian day names. */
export const DAY_LABELS: Record<DayKey, string> = {
  senin: 'Senin',
  selasa: 'Selasa',
  rabu: 'Rabu',
  kamis: 'Kamis',
  jumat: 'Jumat',
  sabtu: 'Sabtu',
  minggu: 'Minggu',
};

export const TIMEZONES = [
  { label: 'WIB (Asia/Jakarta, UTC+7)', value: 'Asia/Jakarta' },
  { label: 'WITA (Asia/Makassar, UTC+8)', value: 'Asia/Makassar' },
  { label: 'WIT (Asia/Jayapura, UTC+9)', value: 'Asia/Jayapura' },
] as const;

export const INSTANSI_KINDS = [
  { label: 'Organisasi Perangkat Daerah (OPD) kota/kabupaten ini', value: 'opd' },
  { label: 'Instansi pemerintah provinsi (misalnya Bapenda Provinsi/Samsat)', value: 'provinsi' },
  { label: 'Instansi vertikal (kementerian/lembaga pusat)', value: 'vertikal' },
  { label: 'BUMN', value: 'bumn' },
  { label: 'BUMD', value: 'bumd' },
  { label: 'Asosiasi/organisasi profesi (misalnya INI, KADIN)', value: 'asosiasi' },
  { label: 'Swasta', value: 'swasta' },
] as const;

/** Where an agreement stands; "berakhir" is never chosen, it follows from the end date. */
export const AGREEMENT_STAGES = [
  { label: 'Sudah ditandatangani', value: 'ditandatangani' },
  { label: 'Perpanjangan sedang diproses', value: 'perpanjangan' },
  { label: 'Belum ditandatangani (sedang disiapkan)', value: 'belum-ditandatangani' },
] as const;

/** How an agency serves residents at the MPP. */
export const PRESENCE_KINDS = [
  { label: 'Memiliki gerai sendiri', value: 'gerai-sendiri' },
  { label: 'Dilayani di gerai instansi lain', value: 'gerai-lain' },
  { label: 'Belum membuka layanan di MPP', value: 'belum-buka' },
] as const;

/**
 * How much of a service this MPP serves. A limited service and one served elsewhere are
 * told to residents wherever the service is named: its page, its card and search results.
 */
export const AVAILABILITY_KINDS = [
  { label: 'Dilayani penuh', value: 'penuh' },
  { label: 'Dilayani dengan batasan', value: 'terbatas' },
  { label: 'Tidak dilayani di MPP ini', value: 'tidak-tersedia' },
] as const;
/** An availability kind as content stores it. */
export type AvailabilityKind = (typeof AVAILABILITY_KINDS)[number]['value'];
/** Served in full: nothing to tell. */
export const SERVED_IN_FULL = 'penuh' satisfies AvailabilityKind;
/** Served with limits the editor describes. */
export const SERVED_WITH_LIMITS = 'terbatas' satisfies AvailabilityKind;
/** Listed here but served elsewhere: the editor's text says where to go. */
export const SERVED_ELSEWHERE = 'tidak-tersedia' satisfies AvailabilityKind;

/**
 * Help texts of fields residents never see start with this phrase; the field audit
 * (tests/unit/field-audit.test.ts) accepts such fields without a place on the site.
 */
export const INTERNAL_HELP_PREFIX = 'Internal:';

export const SERVICE_CATEGORIES = [
  { label: 'Kependudukan dan pencatatan sipil', value: 'kependudukan' },
  { label: 'Kepolisian', value: 'kepolisian' },
  { label: 'Keimigrasian', value: 'keimigrasian' },
  { label: 'Perizinan dan usaha', value: 'perizinan' },
  { label: 'Pertanahan', value: 'pertanahan' },
  { label: 'Pajak dan retribusi', value: 'pajak' },
  { label: 'Jaminan sosial dan kesehatan', value: 'jaminan-sosial' },
  { label: 'Hukum dan peradilan', value: 'hukum' },
  { label: 'Keagamaan', value: 'keagamaan' },
  { label: 'Ketenagakerjaan', value: 'ketenagakerjaan' },
  { label: 'Perbankan dan keuangan', value: 'keuangan' },
  { label: 'Utilitas (air, listrik)', value: 'utilitas' },
  { label: 'Pekerjaan umum dan bangunan', value: 'bangunan' },
  { label: 'Perhubungan', value: 'perhubungan' },
  { label: 'Lainnya', value: 'lainnya' },
] as const;

export const LIFE_EVENTS = [
  { label: 'Kelahiran', value: 'kelahiran' },
  { label: 'Pendidikan', value: 'pendidikan' },
  { label: 'Pernikahan', value: 'pernikahan' },
  { label: 'Pindah domisili', value: 'pindah' },
  { label: 'Bekerja', value: 'bekerja' },
  { label: 'Memulai usaha', value: 'usaha' },
  { label: 'Membangun rumah', value: 'rumah' },
  { label: 'Berkendara', value: 'berkendara' },
  { label: 'Bepergian ke luar negeri', value: 'luar-negeri' },
  { label: 'Pensiun', value: 'pensiun' },
  { label: 'Kematian', value: 'kematian' },
] as const;

export const DOCUMENT_FORMS = [
  { label: 'Asli', value: 'asli' },
  { label: 'Fotokopi', value: 'fotokopi' },
  { label: 'Asli dan fotokopi', value: 'asli-dan-fotokopi' },
  { label: 'Dokumen elektronik', value: 'elektronik' },
  { label: 'Diisi/dibuat di lokasi', value: 'di-lokasi' },
] as const;

export const DURATION_UNITS = [
  { label: 'Menit', value: 'menit' },
  { label: 'Jam', value: 'jam' },
  { label: 'Hari kerja', value: 'hari-kerja' },
  { label: 'Hari kalender', value: 'hari' },
] as const;

/** How a processing time is worded: "Sekitar 30 menit", "Paling lama 3 hari kerja", "3 hari kerja". */
export const DURATION_QUALIFIERS = [
  { label: 'Tanpa awalan ("3 hari kerja")', value: 'tepat' },
  { label: 'Sekitar ("Sekitar 30 menit")', value: 'sekitar' },
  { label: 'Paling lama ("Paling lama 14 hari kerja")', value: 'paling-lama' },
] as const;

export const ANNOUNCEMENT_KINDS = [
  { label: 'Berita', value: 'berita' },
  { label: 'Pengumuman', value: 'pengumuman' },
  { label: 'Siaran pers', value: 'siaran-pers' },
] as const;

/** Longest name of a gerai, instansi, holiday or page (names print on many pages). */
export const MAX_NAME_CHARS = 120;

/** What a slug (file name) may look like: lower-case words of letters and digits joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Bounding box of Indonesia, generous enough for every kabupaten/kota. */
export const INDONESIA_BOUNDS = { minLat: -11.2, maxLat: 6.3, minLon: 94.7, maxLon: 141.1 } as const;
