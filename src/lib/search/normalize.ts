// Query normalisation shared by the search page, the index builder and the suggester.
// Pure and dependency-free: it runs at build time and in the browser.

/** Longest query we pass on; longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 100;

/**
 * Conversational filler residents type around the words that matter ("cara bikin ktp",
 * "mau urus paspor dong"). Pagefind combines query words with AND, so a filler word that
 * is not on the page would hide the right result. Removed only when other words remain.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'cara',
  'bagaimana',
  'gimana',
  'gmn',
  'gmana',
  'mau',
  'ingin',
  'pengen',
  'pingin',
  'saya',
  'aku',
  'sy',
  'tolong',
  'mohon',
  'dong',
  'donk',
  'sih',
  'ya',
  'yah',
  'kak',
  'min',
  'apa',
  'apakah',
  'gak',
  'ga',
  'nggak',
  'dimana',
  'mana',
  'kemana',
  'yang',
  'yg',
  'untuk',
  'utk',
  'di',
  'ke',
  'dan',
  'atau',
  'dengan',
  'dgn',
  'bisa',
  'bs',
  'mpp',
  'info',
  'tentang',
  'soal',
]);

/** Lower-case, fold compatibility characters and drop diacritics: "Kartu  Keluarga’" → "kartu keluarga'". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

/** A query as typed → the text we search: folded, punctuation turned to spaces, trimmed, capped. */
export function normalizeQuery(raw: string): string {
  const folded = foldText(raw)
    // Keep letters, digits, hyphens and slashes inside words (ktp-el, ak/i); the rest separates words.
    .replace(/[^\p{L}\p{N}\s/-]+/gu, ' ')
    .replace(/(^|\s)[-/]+|[-/]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.length <= MAX_QUERY_LENGTH) return folded;
  const cut = folded.slice(0, MAX_QUERY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return (space > 20 ? cut.slice(0, space) : cut).trim();
}

/** Words of a folded text, splitting on anything that is not a letter or digit ("ktp-el" → ktp, el). */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The query handed to Pagefind: normalised, with filler words removed when something else remains. */
export function searchableQuery(raw: string): string {
  const normalized = normalizeQuery(raw);
  const parts = normalized.split(' ').filter(Boolean);
  const kept = parts.filter((p) => !FILLER_WORDS.has(p));
  return (kept.length > 0 ? kept : parts).join(' ');
}

/**
 * Spellings residents often type for a word pages write in standard form (KBBI). Applied
 * to the query, because body text (requirements, procedures) only has the standard form.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  antrian: 'antrean',
  ijin: 'izin',
  perijinan: 'perizinan',
  akte: 'akta',
  sertipikat: 'sertifikat',
  praktek: 'praktik',
  pasport: 'paspor',
  passpor: 'paspor',
  pasfoto: 'pas foto',
  apotik: 'apotek',
  nomer: 'nomor',
  fotocopy: 'fotokopi',
  fotocopi: 'fotokopi',
  photocopy: 'fotokopi',
  jadual: 'jadwal',
  propinsi: 'provinsi',
  aktifasi: 'aktivasi',
  rubah: 'ubah',
  kwitansi: 'kuitansi',
  ektp: 'e-ktp',
  kartukeluarga: 'kartu keluarga',
};

/** The query as searched: normalised, filler words dropped, common misspellings standardised. */
export function canonicalQuery(raw: string): string {
  return searchableQuery(raw)
    .split(' ')
    .map((word) => SPELLING_VARIANTS[word] ?? word)
    .join(' ');
}
