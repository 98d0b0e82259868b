// The one list of query words that carry no meaning for finding a service. Residents type
// questions ("berapa biaya bikin paspor?"), not titles, and Pagefind requires every word, so
// these words are left out of the query sent to Pagefind (when another word remains). They
// still break ties among the first results (engine.ts), so "bikin ktp" prefers the new
// KTP-el over the lost one. Applied to queries only, never to the index.

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

/** Verbs of doing or making that fit every service ("ngurus", "bikin", "nggawe" in Javanese). */
const GENERIC_VERBS = ['bikin', 'bikinin', 'nggawe', 'gawe', 'ngurus', 'ngurusin', 'urus', 'mengurus', 'pengurusan', 'proses'] as const;

/** Every query stop word (folded, lower case). */
export const STOP_WORDS: ReadonlySet<string> = new Set<string>([...QUESTION_AND_FILLER, ...ASPECT_WORDS, ...GENERIC_VERBS]);

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
  baru: ['baru', 'pertama', 'ujian', 'tes', 'test', 'pembuatan', 'daftar', 'pendaftaran', 'rekam', 'perekaman'],
  perpanjang: [
    'perpanjang',
    'perpanjangan',
    'memperpanjang',
    'habis',
    'mati',
    'kedaluwarsa',
    'kadaluwarsa',
    'kadaluarsa',
    'kedaluarsa',
    'expired',
  ],
  ubah: ['ubah', 'perubahan', 'mengubah', 'ganti', 'penggantian', 'tambah', 'menambah', 'koreksi', 'pembetulan'],
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
  ],
};

const INTENT_VOCABULARY: ReadonlySet<string> = new Set(Object.values(INTENT_WORDS).flat());

/** True for a word that names who a service is for or what kind of request it is, not the service itself. */
export function isPreferenceWord(word: string): boolean {
  return AUDIENCE_WORDS.has(word) || INTENT_VOCABULARY.has(word);
}

/** True when a (folded) query word carries no meaning for finding a service. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
