// Words that describe a resident's situation rather than name a service: what kind of
// vehicle, building or business it is about, the resident's trade, a place, a life
// situation, a channel or a day. "uji kir truk", "pbg gudang", "skck buat kerja ke jepang"
// ask for the service the other words name; the page rarely lists every kind of truck,
// building or country, so such a word must neither be required on the page nor make the
// search say "not offered here". Like stop words they are set aside when something else is
// named and only break ties (normalize.ts, groups.ts). A word that names a service or is in
// a service's usual alias terms ("motor", "mobil", "rumah", "toko", "tanah", "ojol") is not
// listed: it finds that service. Pure word lists, true for every MPP.

/** Kinds of vehicle beyond "motor" and "mobil", which name services (pajak motor, sim mobil). */
const VEHICLE_KINDS = [
  'truk',
  'truck',
  'tronton',
  'trailer',
  'fuso',
  'engkel',
  'bus',
  'bis',
  'minibus',
  'elf',
  'colt',
  'diesel',
  'pikap',
  'pickup',
  'bak',
  'angkot',
  'mikrolet',
  'taksi',
  'taxi',
  'becak',
  'bajaj',
  'matic',
  'skuter',
  'vespa',
  'moge',
  'ojek',
] as const;

/** Makes and models of motorbikes and cars: the vehicle tax or test is the same for each. */
const VEHICLE_MODELS = [
  ...['honda', 'yamaha', 'suzuki', 'kawasaki', 'toyota', 'daihatsu', 'mitsubishi', 'nissan', 'wuling', 'hyundai', 'isuzu', 'hino'],
  ...['vario', 'beat', 'scoopy', 'supra', 'revo', 'mio', 'nmax', 'aerox', 'jupiter', 'vixion', 'satria', 'xmax', 'pcx'],
  ...['avanza', 'xenia', 'innova', 'rush', 'terios', 'brio', 'jazz', 'ertiga', 'carry', 'l300', 'pajero', 'fortuner'],
  ...['grandmax', 'sigra', 'calya', 'agya', 'ayla', 'apv', 'livina'],
] as const;

/** Kinds of building or premises a licence, a connection or a tax is for. */
const BUILDING_KINDS = [
  'ruko',
  'rukan',
  'gudang',
  'pabrik',
  'kos',
  'kosan',
  'kost',
  'kontrakan',
  'kios',
  'lapak',
  'warung',
  'warkop',
  'kantin',
  'kafe',
  'cafe',
  'resto',
  'losmen',
  'homestay',
  'villa',
  'vila',
  'apartemen',
  'rusun',
  'perumahan',
  'lantai',
  'tingkat',
  'kavling',
  'kaveling',
  // Places a resident names around the request ("kantin sekolah", "pedagang pasar")
  'pasar',
  'sekolah',
  'kampus',
  'desa',
  'kampung',
  'kecamatan',
  'kabupaten',
  'gereja',
  'masjid',
  'vihara',
  'pura',
  'klenteng',
] as const;

/** Kinds of business and home-made product: the licence is the same for a laundry or a workshop. */
const BUSINESS_KINDS = [
  'laundry',
  'londri',
  'bengkel',
  'salon',
  'barbershop',
  'konter',
  'olshop',
  'kerupuk',
  'krupuk',
  'keripik',
  'kripik',
  'sambal',
  'sambel',
  'roti',
  'kopi',
  'jamu',
  'frozen',
  'botolan',
  'kelontong',
  'shop',
  'konveksi',
  'tekstil',
  'gorengan',
  'angkringan',
  'marketplace',
  'snack',
  'homemade',
  'galon',
] as const;

/** The resident's trade or employer: the same service for a teacher, a fisher or a migrant worker. */
const TRADES = [
  'guru',
  'dosen',
  'petani',
  'nelayan',
  'buruh',
  'sopir',
  'supir',
  'kuli',
  'tukang',
  'satpam',
  'honorer',
  'bumn',
  'tni',
  'polri',
  'polisi',
  'tki',
  'tkw',
  'fisioterapis',
  'spesialis',
  'freelance',
  'freelancer',
  'lepas',
  'cpns',
  'pppk',
  'fresh',
  'graduate',
  'lulusan',
  'wni',
  'hrd',
  'swasta',
] as const;

/**
 * Places and destinations: moving to Semarang or working in Japan asks for the same service.
 * Not "luar negeri": abroad is what a visa or a passport is about.
 */
const PLACES = [
  'jakarta',
  'semarang',
  'surabaya',
  'bandung',
  'yogyakarta',
  'jogja',
  'jogjakarta',
  'solo',
  'batang',
  'pemalang',
  'tegal',
  'brebes',
  'kendal',
  'jepang',
  'korea',
  'taiwan',
  'hongkong',
  'malaysia',
  'singapura',
  'arab',
  'saudi',
  'mekah',
  'makkah',
  // Other cities and islands residents move from or work in
  ...['bekasi', 'bogor', 'depok', 'tangerang', 'cikarang', 'karawang', 'cirebon', 'indramayu', 'purwokerto', 'cilacap'],
  ...['magelang', 'kudus', 'pati', 'jepara', 'demak', 'klaten', 'boyolali', 'wonosobo', 'kebumen', 'salatiga', 'malang'],
  ...['kediri', 'madiun', 'medan', 'padang', 'palembang', 'pekanbaru', 'batam', 'lampung', 'makassar', 'manado'],
  ...['balikpapan', 'samarinda', 'banjarmasin', 'pontianak', 'denpasar', 'bali', 'lombok', 'kalimantan', 'sumatra'],
  ...['sumatera', 'sulawesi', 'papua', 'singapur', 'australia', 'qatar', 'dubai', 'eropa', 'amerika', 'brunei'],
  // Where it happened or lies: a port, a station, a crossroads, the roadside
  ...['bandara', 'pelabuhan', 'terminal', 'stasiun', 'perempatan', 'pinggir'],
  // Hospitals, where a birth or a stay happened
  'rs',
  'rsud',
] as const;

/**
 * Life situations and purposes around a request: a widow's family card, a passport for a
 * holiday. Not "umroh": an MPP may well have an umroh service (Kemenag's recommendation).
 */
const SITUATIONS = [
  'janda',
  'duda',
  'yatim',
  'piatu',
  'almarhum',
  'almarhumah',
  'alm',
  'kembar',
  'resign',
  'phk',
  'dipecat',
  'miskin',
  'siri',
  'tetangga',
  'razia',
  'liburan',
  'wisata',
  'jalan-jalan',
  // What befell the resident or the document, and how it feels ("ktp kebawa banjir", "paspor
  // ketinggalan di taksi", "takut sertifikatnya palsu"): the service is the same
  'banjir',
  'kebakaran',
  'gempa',
  'longsor',
  'kecopetan',
  'dicopet',
  'kemalingan',
  'ketinggalan',
  'mudik',
  'takut',
  'bingung',
  'palsu',
  'dobel',
  // Size and purpose of the thing ("papan nama toko gede", "baliho promo"), and a card's chip
  'gede',
  'gedhe',
  'promo',
  'chip',
] as const;

/** How or when the resident means to go about it (online, tomorrow, for a year), and where (in front, far away). */
const CHANNELS_AND_DAYS = [
  'online',
  'daring',
  'offline',
  'luring',
  'besok',
  'lusa',
  'kemarin',
  'kemaren',
  'sekarang',
  'nanti',
  'segera',
  'setahun',
  'sebulan',
  'seminggu',
  'sehari',
  'depan',
  'belakang',
  'samping',
  'sebelah',
  'jauh',
  'dekat',
  'dibawah',
  'diatas',
] as const;

/** Ways in: logging in. What went wrong is a kind of request instead (a complaint, request-words.ts). */
const ACCESS = ['login', 'signin'] as const;

/** Every detail word (folded, lower case). */
export const DETAIL_WORDS: ReadonlySet<string> = new Set<string>([
  ...VEHICLE_KINDS,
  ...VEHICLE_MODELS,
  ...BUILDING_KINDS,
  ...BUSINESS_KINDS,
  ...TRADES,
  ...PLACES,
  ...SITUATIONS,
  ...CHANNELS_AND_DAYS,
  ...ACCESS,
]);

/** True for a (folded) query word that describes the resident's situation, not the service asked for. */
export function isDetailWord(word: string): boolean {
  return DETAIL_WORDS.has(word);
}
