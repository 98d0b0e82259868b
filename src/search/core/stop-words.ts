// The one list of query words that carry no meaning for finding a service. Residents type
// questions ("berapa biaya bikin paspor?"), not titles, and Pagefind requires every word, so
// these words are left out of the query sent to Pagefind (when another word remains). They
// still break ties among the first results (engine.ts), so "bikin ktp" prefers the new
// KTP-el over the lost one. Applied to queries only, never to the index.
import { MORE_REGIONAL_FUNCTION_WORDS, REGIONAL_FUNCTION_WORDS } from './regional-stop-words.ts';

/** Question words, filler, courtesy, pronouns and linking words, in standard and chat spelling. */
const QUESTION_AND_FILLER = [
  'apa',
  'apakah',
  'apaan',
  'opo',
  'bagaimana',
  'bgmn',
  'gimana',
  'gmn',
  'gmana',
  'gimane',
  'piye',
  'kepiye',
  'kumaha',
  'berapa',
  'brp',
  'berapakah',
  'kapan',
  'dimana',
  'mana',
  'kemana',
  'kenapa',
  'mengapa',
  'siapa',
  'tanya',
  'nanya',
  'mau',
  'mo',
  'ingin',
  'pengen',
  'pingin',
  'pgn',
  'hendak',
  'akan',
  'saya',
  'aku',
  'sy',
  'gue',
  'gw',
  'kami',
  'kita',
  'tolong',
  'mohon',
  'minta',
  'dong',
  'donk',
  'sih',
  'ya',
  'yah',
  'kak',
  'min',
  'admin',
  'pak',
  'bu',
  'gan',
  'nih',
  'deh',
  'kah',
  'aja',
  'saja',
  'ada',
  'gak',
  'ga',
  'nggak',
  'enggak',
  // "Can't" typed as one word in chat ("coretax gabisa login")
  'gabisa',
  'gakbisa',
  'nggakbisa',
  'tdk',
  'bisa',
  'bs',
  'bisakah',
  'dapat',
  'boleh',
  'harus',
  'perlu',
  'butuh',
  'sudah',
  'udah',
  'belum',
  'blm',
  'kalau',
  'kalo',
  'klo',
  'jika',
  'bila',
  'karena',
  'krn',
  'soalnya',
  'supaya',
  'agar',
  'biar',
  'yang',
  'yg',
  'untuk',
  'utk',
  'buat',
  'di',
  'ke',
  'dari',
  'dr',
  'pada',
  'dengan',
  'dgn',
  'dan',
  'dn',
  'atau',
  'atw',
  'ini',
  'itu',
  'tentang',
  'soal',
  'mengenai',
  'info',
  // Possessive endings typed apart ("ktp ku"), and how often or how old ("pertama kali", "umur 17")
  'ku',
  'mu',
  // Where and if in Javanese chat ("ktp nang endi", "nek ilang piye")
  'endi',
  'ndi',
  'nang',
  'neng',
  'nek',
  'pripun',
  'wonten',
  'kali',
  // Javanese and Sundanese chat particles ("sing wis", "dewe", "atuh") and "banget"
  'sing',
  'wis',
  'wes',
  'uwis',
  'dewe',
  'dhewe',
  'wae',
  'mawon',
  'atuh',
  'euy',
  'banget',
  'bgt',
  // What happened to the resident ("kena air", "kena tilang"): the other words say what
  'kena',
  // "abis resign": after, in chat
  'abis',
  'umur',
  'usia',
  'tahun',
] as const;

/** Words about a service rather than naming one: what residents ask about any service. */
const ASPECT_WORDS = [
  'cara',
  'caranya',
  'carane',
  'syarat',
  'syaratnya',
  'persyaratan',
  'persyaratannya',
  'prosedur',
  'prosedurnya',
  'alur',
  'langkah',
  'tahapan',
  'biaya',
  'biayanya',
  'tarif',
  'tarifnya',
  'harga',
  'harganya',
  'lama',
  'lamanya',
  'waktu',
  'jadwal',
  'jam',
  'lokasi',
  'tempat',
  'gedung',
  'mpp',
  // Being late ("pajak motor telat") asks about the same service, with a fine at most
  'telat',
  'terlambat',
  'keterlambatan',
  'mal',
  'layanan',
  'pelayanan',
] as const;

/** Verbs of doing, making, opening or having that fit every service ("ngurus", "bikin", "nggawe" in Javanese, "buka" a shop or an account, "punya"). */
const GENERIC_VERBS = [
  'bikin',
  'bikinin',
  'nggawe',
  'gawe',
  'ngurus',
  'ngurusin',
  'urus',
  'mengurus',
  'pengurusan',
  'proses',
  'buka',
  'membuka',
  'punya',
  'mempunyai',
] as const;

/**
 * Chat shorthand and regional spellings of the words above and of other words that fit any
 * request ("gmna", "udh", "kudu" = harus, "dewek" = sendiri, "caranye" in Betawi, "syarate"
 * in Javanese). Not "pake"/"pakai" ("laik pakai" names a certificate) nor "dateng" ("pindah
 * datang" names a service).
 */
const CHAT_SHORTHAND = [
  'gmna',
  'brapa',
  'brpa',
  'gk',
  'engga',
  'ngga',
  'udh',
  'sdh',
  'blum',
  'aye',
  'ane',
  'kudu',
  'mesti',
  'musti',
  'hrs',
  'dewek',
  'sendiri',
  'caranye',
  'carana',
  'syarate',
  'arep',
  'tp',
  'tapi',
  'jg',
  'juga',
  'aj',
  'dah',
  'tuh',
  'kok',
  'kl',
  'trus',
  'terus',
  'ama',
  'sama',
  'bro',
  'sis',
  'knp',
  'ok',
  'oke',
  'ngurusnya',
  'urusnya',
  // Still, so, now, via, and "its" typed apart ("qr code nya")
  'msh',
  'jd',
  'jdi',
  'skrg',
  'skrng',
  'lwt',
  'nya',
] as const;

/**
 * The stop words residents also shorten to their consonants in chat ("hrs" harus, "skrg"
 * sekarang, "sk" saka): the Indonesian ones and the commonest regional ones. Not the longer
 * regional list, whose consonants are agencies' acronyms ("pdm" is PDAM, not Acehnese "padum").
 */
export const CHAT_SHORTENED_STOP_WORDS: ReadonlySet<string> = new Set<string>([
  ...QUESTION_AND_FILLER,
  ...ASPECT_WORDS,
  ...GENERIC_VERBS,
  ...CHAT_SHORTHAND,
  ...REGIONAL_FUNCTION_WORDS,
]);

/** Every query stop word (folded, lower case). */
export const STOP_WORDS: ReadonlySet<string> = new Set<string>([...CHAT_SHORTENED_STOP_WORDS, ...MORE_REGIONAL_FUNCTION_WORDS]);

/**
 * Stop words that say nothing of the request either: question, filler, courtesy, pronoun and
 * linking words, Indonesian and regional. "Buat" stays out: it is "for" and "make" ("buat sim").
 */
const SAY_NOTHING: ReadonlySet<string> = new Set<string>(
  [...QUESTION_AND_FILLER, ...REGIONAL_FUNCTION_WORDS, ...MORE_REGIONAL_FUNCTION_WORDS].filter(
    (w) => w !== 'buat' && !(ASPECT_WORDS as readonly string[]).includes(w) && !(GENERIC_VERBS as readonly string[]).includes(w),
  ),
);

/**
 * True for a question, filler, courtesy, pronoun or linking word ("di", "mau", "yang"): unlike
 * an aspect asked about ("biaya"), a verb of making ("bikin", "buat") or a detail of the case
 * ("gereja", "warung"), it breaks no tie between services (preferHintWords). "Di" or "mau" in
 * an alias phrase ("nikah di kua", "mau menikah") says nothing of "legalisir buku nikah di mpp"
 * or "mau daftarin haji".
 */
export function saysNothing(word: string): boolean {
  return SAY_NOTHING.has(word);
}

/** True when a (folded) query word carries no meaning for finding a service. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
