// Query normalisation shared by the search page, the index builder and the suggester.
// Pure and dependency-free: it runs at build time and in the browser.
import { POSSESSIVE_ENDINGS, withoutRegionalPossessive } from './affixes.ts';
import { isDetailWord } from './detail-words.ts';
import { SHORTHAND_IN_FULL } from './chat-shorthand.ts';
import { ENGLISH_PHRASES, ENGLISH_WORDS } from './english-words.ts';
import { audienceOf, isPreferenceWord } from './request-words.ts';
import { REGIONAL_SPELLINGS } from './regional-spellings.ts';
import { isStopWord } from './stop-words.ts';

/**
 * Longest query we pass on, and the most a search box takes: room for a resident's whole
 * question ("paspor hilang waktu pindahan rumah, perlu surat kehilangan dari polisi dulu atau
 * langsung ke imigrasi" is 101 characters), while a pasted page of text is cut, at a word
 * boundary, before it is searched word by word.
 */
export const MAX_QUERY_LENGTH = 200;

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
  ijasah: 'ijazah',
  poto: 'foto',
  photo: 'foto',
  ilang: 'hilang',
  antri: 'antre',
  perpanjangin: 'perpanjang',
  panjangin: 'perpanjang',
  tehnis: 'teknis',
  resiko: 'risiko',
  legalisir: 'legalisasi',
  ...REGIONAL_SPELLINGS,
  klontong: 'kelontong',
  ...ENGLISH_WORDS,
  ...SHORTHAND_IN_FULL,
  // Other spellings and shorthand of words pages use; the counter a resident goes to is a gerai
  jamaah: 'jemaah',
  loket: 'gerai',
  // A land sale's deed, and a province's development bank ("bpd jateng")
  ajb: 'akta jual beli',
  bpd: 'bank',
  neonbox: 'reklame',
  no: 'nomor',
  bru: 'baru',
  // Everyday words for what the pages say otherwise: a water "subscription" is its customer
  // account, a QR code is "pindai"-ed, "gak kuat bayar" is "tidak mampu", a "salinan" a copy.
  langganan: 'pelanggan',
  scan: 'pindai',
  kuat: 'mampu',
  salinan: 'fotokopi',
};

/**
 * Word pairs, and a few longer phrases, residents split or join differently from the pages:
 * the form the pages use.
 * A lone "e" before a word is the "e-" of e-KTP, e-Court, e-paspor ("e court" → "e-court").
 */
export const JOINED_FORMS: Readonly<Record<string, string>> = {
  ...ENGLISH_PHRASES,
  'ketenaga kerjaan': 'ketenagakerjaan',
  'tenaga kerjaan': 'ketenagakerjaan',
  'foto kopi': 'fotokopi',
  'photo copy': 'fotokopi',
  'pas photo': 'pas foto',
  'pass foto': 'pas foto',
  'pas poto': 'pas foto',
  'on line': 'online',
  'pick up': 'pickup',
  'neon box': 'reklame',
  // The land and building tax by its everyday name ("bayar pajak tanah"); not "pajak rumah",
  // which begins "pajak rumah makan", a restaurant's tax.
  'pajak tanah': 'pajak pbb',
  // Javanese "going up to the hajj": the hajj ("kaji" alone is Indonesian "study").
  'munggah kaji': 'haji',
  'munggah haji': 'haji',
};

/** The words of a query as understood: those sent to Pagefind, and the stop words left out. */
export interface QueryWords {
  /** Words that carry meaning, standard spelling, in order (the query Pagefind gets). */
  meaningful: string[];
  /** Stop words left out (standard spelling): they only break ties among the first results. */
  hints: string[];
  /** Who the service is for (bayi, lansia), left out like stop words when something else is named, as are request kinds (intent.ts). */
  audience: string[];
  /** Every word, in the order typed (standard spelling). */
  all: string[];
}

/** Most words in a phrase of JOINED_FORMS ("land and building tax"). */
const LONGEST_JOINED = Math.max(...Object.keys(JOINED_FORMS).map((phrase) => phrase.split(' ').length));

/** Applies JOINED_FORMS (the longest phrase first) and the lone "e-" rule to normalised tokens. */
function joinTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    const length = [...Array(LONGEST_JOINED - 1).keys()]
      .map((k) => LONGEST_JOINED - k)
      .find((n) => i + n <= tokens.length && JOINED_FORMS[tokens.slice(i, i + n).join(' ')] !== undefined);
    const phrase = length === undefined ? undefined : JOINED_FORMS[tokens.slice(i, i + length).join(' ')];
    if (length !== undefined && phrase !== undefined) {
      out.push(...phrase.split(' '));
      i += length - 1;
    } else if (token === 'e' && next && /^\p{L}{2,}$/u.test(next) && !isStopWord(next)) {
      // Not before a function word: Madurese "akte e dimma" is "where is its akta".
      out.push(`e-${next}`);
      i++;
    } else out.push(token);
  }
  return out;
}

const HYPHENED_POSSESSIVE = new RegExp(`^(\\p{L}{2,})-(?:${POSSESSIVE_ENDINGS.join('|')})$`, 'u');

/**
 * The plain word of a chat form: a doubled word written with "2" ("tiba2" tiba-tiba,
 * "kecil2an", "anak2") and a possessive ending after a hyphen ("ktp-nya", "kk-ku").
 */
export function plainForm(token: string): string {
  return token.replace(/^(\p{L}{3,})2(?:an|nya)?$/u, '$1').replace(HYPHENED_POSSESSIVE, '$1');
}

/** Words before or after a number that make it an age ("umur 17", "17 taun"). */
const AGE_WORDS = new Set(['umur', 'usia', 'umurnya', 'usianya', 'tahun', 'thn', 'th', 'taun', 'tahunan']);

/** The age from which the child's identity card gives way to the KTP-el, across Indonesia. */
const ADULT_AGE = 17;

/** True when the tokens say someone is 17 or older ("anak sy udh 17 thn"): a grown child, not a child's service. */
function saysAdult(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => {
    const age = /^\d{1,2}$/.test(t) ? Number(t) : 0;
    return age >= ADULT_AGE && (AGE_WORDS.has(tokens[i - 1] ?? '') || AGE_WORDS.has(tokens[i + 1] ?? ''));
  });
}

/** A regional word with a Javanese or Sundanese possessive, as the pages say the word ("banyune" → air), or undefined. */
function regionalWithPossessive(token: string): string | undefined {
  const base = withoutRegionalPossessive(token).find((b) => REGIONAL_SPELLINGS[b] !== undefined);
  return base === undefined ? undefined : REGIONAL_SPELLINGS[base];
}

/** Words that, with "lahir", describe a birth rather than who a service is for. */
const BIRTH_WORDS = new Set(['bayi', 'anak', 'baru']);

/**
 * Understands a query as typed: normalised, split or joined words repaired, spellings
 * standardised, single letters dropped (a lone "c" of "sim c" would match every word
 * starting with c), and stop words (stop-words.ts) set aside when another word remains.
 */
export function understandQuery(raw: string): QueryWords {
  const tokens = joinTokens(normalizeQuery(raw).split(' ').filter(Boolean).map(plainForm))
    .flatMap((token) => (SPELLING_VARIANTS[token] ?? regionalWithPossessive(token) ?? token).split(' '))
    .filter((token) => words(token).join('').length >= 2);
  // Who it is for (bayi, lansia) and what kind of request (baru, perpanjang, hilang) are set
  // aside like stop words when something else is named: a service for everyone rarely says
  // "bayi", a renewal page may say "tanpa ujian"; they order the results instead (intent.ts).
  // "bayi baru lahir", "anak baru lahir": a birth, the life event itself, not an audience
  // or a kind of request; its words stay named, so the birth guide is found as before.
  const birth = tokens.includes('lahir');
  const setAside = (t: string) => isPreferenceWord(t) && !(birth && BIRTH_WORDS.has(t));
  // A number beside words (an age, a year, a count: "kia anak umur 10") is a detail of the
  // request, not what a page is about: it only breaks ties, like a stop word. So is a word
  // for the resident's situation ("truk", "ruko", "jepang": detail-words.ts), when another
  // word names what is asked for ("daftar cpns" asks for CPNS, not for a registration).
  const plain = (t: string) => isStopWord(t) || /^\d+$/.test(t);
  const names = tokens.some((t) => !plain(t) && !isDetailWord(t) && !setAside(t));
  const aside = (t: string) => plain(t) || (names && isDetailWord(t));
  const meaningful = tokens.filter((t) => !aside(t));
  if (meaningful.length === 0) return { meaningful: tokens, hints: [], audience: [], all: tokens };
  const named = meaningful.filter((t) => !setAside(t));
  const set = named.length > 0 ? meaningful.filter((t) => setAside(t)) : [];
  return {
    meaningful: named.length > 0 ? named : meaningful,
    hints: tokens.filter(aside),
    // "anak" of "anak saya udah 17 tahun" is a grown child: no reason to prefer the child's card.
    audience: set.flatMap((t) => audienceOf(t) ?? []).filter((a) => !(a === 'anak' && saysAdult(tokens))),
    all: tokens,
  };
}

/** A corrected query's words, with the typed words it lacks (a kind of request, an audience) after them. */
export function withTypedWords(corrected: QueryWords, typed: QueryWords): QueryWords {
  return {
    ...corrected,
    all: [...corrected.all, ...typed.all.filter((w) => !corrected.all.includes(w))],
    audience: [...new Set([...corrected.audience, ...typed.audience])],
  };
}

/** The query as searched: the meaningful words of understandQuery, space-separated. */
export function canonicalQuery(raw: string): string {
  return understandQuery(raw).meaningful.join(' ');
}

/** True when the query has something to search for. */
export function searchableQuery(raw: string): boolean {
  return canonicalQuery(raw) !== '';
}
