// How a word no page has is read, by where it stands and how it is shaped, for every MPP:
// after a case marker ("paspor buat umroh") it describes the resident's case; shaped like an
// acronym ("bpom", "ojk") it names an agency or a product the MPP may not have; shaped like a
// chat or passive verb ("kecuci", "dibantuin", "nunggak") it says what happened or what the
// resident wants done, never which service. Pure; engine.ts decides what follows.
import { isPreferenceWord } from './request-words.ts';
import { CHAT_SHORTENED_STOP_WORDS, STOP_WORDS } from './stop-words.ts';
import { editDistance } from './suggest.ts';

/**
 * Words after which a resident describes their case: what for, for whom, why, with what,
 * after what ("paspor buat umroh", "sim kena razia", "ktp setelah cerai"). A word after one
 * of them that no page has is part of that description, not a service the MPP lacks, so long
 * as the words before it find a service. "di", "ke" and "dari" are not among them: "nikah di
 * kua" names where a service is done, which may be elsewhere.
 */
export const CASE_MARKERS: ReadonlySet<string> = new Set([
  'buat',
  'untuk',
  'utk',
  'bagi',
  'kena',
  'karena',
  'karna',
  'krn',
  'gara',
  'pakai',
  'pake',
  'yang',
  'yg',
  'setelah',
  'stlh',
  'sesudah',
  'abis',
  'sebelum',
  'biar',
  'supaya',
  'agar',
  'soalnya',
  'sebagai',
  'sbg',
  'tapi',
]);

/** True when a case marker comes before `word` in the words as typed (`all`, understandQuery's). */
export function describesCase(all: readonly string[], word: string): boolean {
  const at = all.indexOf(word);
  return at > 0 && all.slice(0, at).some((w) => CASE_MARKERS.has(w));
}

/** Two consonants Indonesian words (and loanwords) begin with; others begin acronyms ("bpom", "bca"). */
const ONSETS = new Set([
  'bl',
  'br',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'kl',
  'kr',
  'pl',
  'pr',
  'ps',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'st',
  'sw',
  'tr',
  'ny',
  'ng',
  'kh',
  'sy',
  'dh',
  'th',
  'ph',
  'sr',
  'tw',
  'dw',
]);
/** Two consonants Indonesian words (and loanwords) end with; others end acronyms ("ojk", "umr"). */
const CODAS = new Set(['ng', 'nk', 'ns', 'nt', 'nd', 'rs', 'rt', 'rd', 'rk', 'rm', 'rn', 'ks', 'st', 'ft', 'lt', 'kt', 'ps', 'ls', 'lm']);
const isConsonant = (letter: string | undefined) => letter !== undefined && /[a-z]/.test(letter) && !'aiueo'.includes(letter);

/**
 * Whether a short word is shaped like an acronym ("bpom", "bca", "ojk", "kdrt", "blk"): no
 * vowel, or two consonants no Indonesian word begins or ends with. An agency's or product's
 * acronym that no page has names what the resident asks for, never a detail of it.
 */
export function looksLikeAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 5 || !/^[a-z]+$/.test(word)) return false;
  if (!/[aiueo]/.test(word)) return true;
  if (isConsonant(word[0]) && isConsonant(word[1]) && !ONSETS.has(word.slice(0, 2))) return true;
  return isConsonant(word.at(-2)) && isConsonant(word.at(-1)) && !CODAS.has(word.slice(-2));
}

/** Endings of nouns borrowed into Indonesian ("diploma", "diskon", "distributor", "kesbangpol"): not verb forms. */
const NOUN_ENDINGS = /(si|tik|tas|al|er|or|is|ik|on|um|ur|ma|sa|ol|el|en|us)$/;

const vowels = (text: string) => (text.match(/[aiueo]/g) ?? []).length;

/**
 * True for a word shaped like a chat or passive verb: "di-" + a word ("dikasih", "dicoret"),
 * an accident's "ke-" ("kecuci", "kebawa", "kependem"), a chat nasal "ng-"/"ny-"/"nge-"
 * ("ngocor", "nyariin", "ngerekam"), or the chat ending "-in" after a word of two syllables or
 * more ("cocokin", "gabungin"; not "vaksin", "bensin"). Such a word says what happened or what
 * the resident wants done; the service is named by the other words. "ke-…-an" is left out:
 * it makes nouns ("kenaikan", "keabsahan") that may name what is asked for.
 */
export function looksLikeVerbForm(word: string): boolean {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return false;
  if (/^(ng|ny)[aiueo]/.test(word) || word.startsWith('nge')) return vowels(word) >= 2;
  const chatEnding = word.endsWith('in') && vowels(word.slice(0, -2)) >= 2 && /[^aiueo]$/.test(word.slice(0, -2));
  if (chatEnding) return true;
  if (NOUN_ENDINGS.test(word)) return false;
  const root = (prefix: string) => word.slice(prefix.length);
  if (word.startsWith('di') && root('di').length >= 4 && vowels(root('di')) >= 2) return true;
  return word.startsWith('ke') && !word.endsWith('an') && root('ke').length >= 4 && vowels(root('ke')) >= 2;
}

/**
 * How much, how long and when: number words, units of time and months ("enam bulan", "50
 * juta", "batas maret"). Like a number typed in digits, they describe the case and never name
 * a service.
 */
const QUANTITIES: ReadonlySet<string> = new Set([
  ...['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'],
  ...['belas', 'puluh', 'ratus', 'ribu', 'rb', 'juta', 'jt', 'miliar', 'setengah', 'persen'],
  ...['detik', 'menit', 'hari', 'hr', 'minggu', 'pekan', 'bulan', 'bln', 'tahun', 'taun', 'thn', 'th'],
  ...['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
  // Javanese and Sundanese numbers ("umur pitulas", "anak tilu")
  ...['siji', 'loro', 'telu', 'papat', 'limo', 'enem', 'pitu', 'wolu', 'songo', 'sedoso', 'sewelas', 'rolas', 'telulas'],
  ...['patbelas', 'limolas', 'nembelas', 'pitulas', 'wolulas', 'songolas', 'rongpuluh', 'selawe', 'seket', 'satus', 'sewu'],
  ...['hiji', 'tilu', 'opat', 'genep', 'dalapan', 'salapan', 'sapuluh'],
  // Javanese numbers before a unit ("rong dino" two days, "telung sasi" three months), and its days and months
  ...['rong', 'telung', 'patang', 'limang', 'nem', 'pitung', 'wolung', 'sangang', 'dino', 'sasi', 'wulan'],
]);

/**
 * The standard spelling of a word typed the Jakarta way, with "e" for the "a" of its last
 * syllable ("dapet" dapat, "deket" dekat, "sempet" sempat, "males" malas), or null.
 */
export function standardSpelling(word: string): string | null {
  const match = /^(.*[aiueo].*?)e([^aiueo]+)$/.exec(word);
  return match && word.length >= 4 ? `${match[1]}a${match[2]}` : null;
}

/**
 * True for a word that never names a service, whatever the pages say: a case marker itself
 * ("pake"), a quantity or a time, a stop word, or one of the language's function words
 * (`ordinary`, from the term list), in standard or Jakarta spelling, chat shorthand or with a
 * letter added or left out.
 */
export function namesNoService(word: string, ordinary: ReadonlySet<string>): boolean {
  const known = (w: string) => CASE_MARKERS.has(w) || QUANTITIES.has(w) || ordinary.has(w) || STOP_WORDS.has(w);
  if (known(word)) return true;
  const standard = standardSpelling(word);
  if (standard !== null && known(standard)) return true;
  // Short function words' consonants are also agencies' acronyms ("blk" is no "balik"): only
  // the stop words residents shorten in chat ("dpt" dapat, "hrs" harus), and longer function words.
  if (isShorthandOf(word, CHAT_SHORTENED_STOP_WORDS) || isShorthandOf(word, ordinary, 6)) return true;
  // A stop word or a quantity with a letter typed twice or left out ("tahunn", "bulann"),
  // the first one kept. Not a letter replaced ("lagu" is a song, not "lagi"), nor the longer
  // function words, English among them ("asing" is no "asking").
  const oneLetterOff = (w: string) => w.length >= 5 && w.length !== word.length && w[0] === word[0] && editDistance(word, w, 1) <= 1;
  if (word.length >= 5 && [STOP_WORDS, QUANTITIES].some((words) => [...words].some(oneLetterOff))) return true;
  // A letter left out of a longer stop word, its last letter kept ("sudh" sudah, "bkin"
  // bikin): residents type fast. Not of a kind of request ("pertma" is the first KTP), nor of
  // the longer function words, English among them ("asing" is no "asking").
  const letterLeftOut = (w: string) => w.length === word.length + 1 && w.at(-1) === word.at(-1) && !isPreferenceWord(w) && oneLetterOff(w);
  return word.length >= 4 && [...STOP_WORDS].some(letterLeftOut);
}

/** A word's consonants as chat shorthand writes them: vowels left out, "ng" as "g", a doubled letter once ("sekarang" skrg, "tanggal" tgl). */
const consonantsOf = (word: string) =>
  word
    .replace(/[aiueo]/g, '')
    .replace(/ng/g, 'g')
    .replace(/(.)\1/g, '$1');

/**
 * True for a function word typed in chat shorthand, its consonants only ("pdhl" padahal,
 * "msh" masih, "hrs" harus, "sblm" sebelum, "dmn" dimana, "skrg" sekarang, "dtg" datang):
 * the first letter and every consonant kept in order, every vowel left out, "ng" written "g".
 */
function isShorthandOf(word: string, words: ReadonlySet<string>, minLength = 2): boolean {
  if (word.length < 2 || /[aiueo]/.test(word)) return false;
  for (const candidate of words) {
    if (candidate.length < minLength || candidate[0] !== word[0]) continue;
    if (candidate.replace(/[aiueo]/g, '') === word || consonantsOf(candidate) === word) return true;
  }
  return false;
}
