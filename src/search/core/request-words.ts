// Words that say who a service is for (bayi, lansia) or what kind of request it is (new,
// renewal, replacement, change, complaint), rather than which service: a reason to prefer one
// service over another (intent.ts), never a word its page must contain. Kept apart from the
// stop words, which carry no meaning at all.
import { withoutPossessive } from './affixes.ts';

/** Words naming who a service is for: a reason to prefer a service, never a word its page must contain (intent.ts). */
export const AUDIENCE_WORDS: ReadonlySet<string> = new Set([
  'bayi',
  'balita',
  'anak',
  'lansia',
  'manula',
  'remaja',
  'pelajar',
  'dewasa',
  // Whose document it is: the same service for a father, a mother or a spouse
  'bapak',
  'ayah',
  'ibu',
  'suami',
  'istri',
  'kakek',
  'nenek',
  'mertua',
  // The same in chat and in Javanese: a spouse ("bojo", "bini"), grandparents ("mbah",
  // "eyang"), parents ("ortu", "bokap", "nyokap", "emak"), a child ("bocil")
  'bojo',
  'bini',
  'mbah',
  'simbah',
  'eyang',
  'ortu',
  'bokap',
  'nyokap',
  'emak',
  'bocil',
  // Other relatives and a friend, for whom a resident asks: the same service for them
  'adik',
  'adek',
  'kakak',
  'keponakan',
  'ponakan',
  'saudara',
  'sepupu',
  'paman',
  'bibi',
  'tante',
  'cucu',
  'menantu',
  'teman',
  'temen',
  'kakung',
  // Parents, grandparents, older siblings, uncles and aunts in the regional languages (Javanese
  // "pakde", Sundanese "ambu", Minang "amak", Madurese "eppak", Batak "ompung", Sasak "inaq")
  ...['mbak', 'pakde', 'bude', 'akang', 'teteh', 'mang', 'abah', 'ambu', 'ema', 'nini', 'babe', 'enyak'],
  ...['amak', 'apak', 'uda', 'uni', 'kai', 'acil', 'emmak', 'eppak', 'meme', 'daeng', 'ammak', 'amang'],
  ...['inang', 'ompung', 'wak', 'tanta', 'tete', 'usi', 'inaq', 'amaq', 'papuq'],
  // A pupil, a student or a newly wed couple: the same service for them. Not the school
  // level ("sma"): "ijazah sma" names a document of that level.
  'siswa',
  'mahasiswa',
  'pengantin',
]);

/**
 * Kinds of request a service title can be (intent.ts), and the words residents and titles use
 * for each. Set aside like audience words when something else is named: the titles decide.
 */
export const INTENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Not "bikin" or "buat": residents make (bikin) renewals and replacements too.
  baru: ['baru', 'pertama', 'pemula', 'ujian', 'tes', 'test', 'pembuatan', 'daftar', 'pendaftaran', 'rekam', 'perekaman'],
  perpanjang: [
    'perpanjang',
    'perpanjangan',
    'memperpanjang',
    // In chat ("ngepanjangin sim") and run out in chat, Javanese and Sundanese ("mau abis",
    // "arep entek", "bade seep")
    'ngepanjangin',
    'panjangin',
    'habis',
    'abis',
    'entek',
    'seep',
    'mati',
    'kedaluwarsa',
    'kadaluwarsa',
    'kadaluarsa',
    'kedaluarsa',
    'expired',
    'perbarui',
    'diperbarui',
    'memperbarui',
    'pembaruan',
    'diperbaharui',
    'pembaharuan',
  ],
  // "naik kelas", "turun kelas": a change of class
  ubah: [
    'ubah',
    'perubahan',
    'mengubah',
    'ganti',
    'penggantian',
    'tambah',
    'menambah',
    'koreksi',
    'pembetulan',
    'naik',
    'turun',
    // Adding someone to, or taking someone off, a card or a membership
    'masukin',
    'masukkan',
    'memasukkan',
    'hapus',
    'menghapus',
    'kurangi',
    'mengurangi',
  ],
  // How a document was lost or spoilt (stolen, burnt, flooded, torn) is still a lost or damaged one.
  hilang: [
    'hilang',
    'ilang',
    'rusak',
    'patah',
    'kehilangan',
    'dicuri',
    'kecurian',
    'dicopet',
    'kecopetan',
    'kemalingan',
    'terbakar',
    'kebakaran',
    'kebanjiran',
    'basah',
    'robek',
    'sobek',
    'retak',
    'kecuci',
    'tercuci',
    'lecek',
    'lusuh',
    'pudar',
    'luntur',
    'jambret',
    'dijambret',
    'kejambret',
    'dirampok',
    'kerampokan',
    'hanyut',
    'dimakan',
    'rayap',
    'tikus',
  ],
  // What went wrong (water that smells, an account blocked, an activation failing): a
  // complaint, or help with the service the other words name.
  aduan: [
    'pengaduan',
    'aduan',
    'keluhan',
    'komplain',
    'gangguan',
    'gagal',
    'error',
    'eror',
    'blokir',
    'terblokir',
    'diblokir',
    'macet',
    'lemot',
    'mampet',
    'bau',
    'mengalir',
    'ngalir',
  ],
};

const INTENT_VOCABULARY: ReadonlySet<string> = new Set(Object.values(INTENT_WORDS).flat());

/**
 * Events after which "baru" means "just" and "habis" means "after", not a first document or an
 * expired one: "baru pindah dari semarang", "baru nikah di gereja", "habis pemberkatan", "habis
 * beli rumah". A document is new or expired after its name instead ("kk baru", "sim habis").
 * Not starting work ("baru diterima kerja, hrd minta npwp"): what it asks for is a first one.
 */
export const EVENTS_AFTER_TIME_WORDS: ReadonlySet<string> = new Set([
  ...['pindah', 'pindahan', 'datang', 'nikah', 'menikah', 'kawin', 'lahir', 'lahiran', 'melahirkan', 'beli', 'membeli', 'dibeli'],
  ...['jual', 'dijual', 'kena', 'lulus', 'keluar', 'pulang', 'cerai', 'meninggal', 'pensiun', 'selesai'],
  ...['bangun', 'dibangun', 'jalan', 'buka', 'mulai', 'akad', 'pemberkatan', 'resepsi', 'operasi', 'sembuh', 'dapat', 'dapet'],
  ...['sidang', 'razia'],
]);

/** The words "baru" ("just") and "habis" ("after") that say when something happened, before one of EVENTS_AFTER_TIME_WORDS. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['baru', 'habis', 'abis']);

/**
 * "Not yet" in Indonesian chat and the regional languages ("blm", Javanese "durung", Banjar
 * "balum", Sundanese "acan"): before one of HAVE_WORDS it says the resident has never had the
 * thing, so what they ask for is a first one ("belum pernah punya sim", "durung duwe ktp").
 */
export const NOT_YET_WORDS: ReadonlySet<string> = new Set([
  'belum',
  'blm',
  'blum',
  'belom',
  'blom',
  'durung',
  'urung',
  'balum',
  'bolum',
  'acan',
]);

/**
 * Words wanting to have something: before one of HAVE_WORDS they ask for a first one too
 * ("umur 17 mau punya sim").
 */
export const WANT_WORDS: ReadonlySet<string> = new Set(['mau', 'mo', 'pengen', 'pingin', 'pengin', 'ingin', 'kepengen', 'arep', 'hoyong']);

/**
 * Having, or having ever been given, something ("punya", "pernah", "duwe", "dapat", "kena" of
 * "belum pernah kena pbb"), in chat and the regional languages. Not "kawin" ("belum kawin" is
 * a status on a card) nor "jadi" ("ktp belum jadi" waits for one already asked for), nor "ada"
 * or "ikut" ("pengen ada jaminan", "mau ikut jkk": which scheme is asked for, not whether it is a first one).
 */
export const HAVE_WORDS: ReadonlySet<string> = new Set([
  ...['punya', 'pny', 'pnya', 'pernah', 'prnh', 'dapat', 'dapet', 'dpt', 'kena', 'terdaftar', 'bersertifikat'],
  ...['duwe', 'nduwe', 'gaduh', 'boga', 'suah'],
]);

/** The audience word a word is, with a possessive ending ("ibunya", "anakku") or without, or null. */
export function audienceOf(word: string): string | null {
  if (AUDIENCE_WORDS.has(word)) return word;
  const base = withoutPossessive(word);
  return base !== word && AUDIENCE_WORDS.has(base) ? base : null;
}

/** True for a word that names who a service is for or what kind of request it is, not the service itself. */
export function isPreferenceWord(word: string): boolean {
  return audienceOf(word) !== null || INTENT_VOCABULARY.has(word);
}
