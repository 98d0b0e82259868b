// The stop words of the regional languages residents mix into their queries, kept apart
// from the Indonesian ones in stop-words.ts, which joins them into STOP_WORDS. Pure word list.

/**
 * Function words of Javanese (ngoko and krama), Sundanese, Betawi, Banjar, Minang, Madurese,
 * Makassar, Bugis and Balinese: not, already, not yet, want, can, have, with, only, from, for,
 * now ("simbah ora duwe akte", "sim kari seminggu", "abdi bade ngadamel ktp"). They carry no
 * more meaning for finding a service than their Indonesian equivalents, which are stop words
 * (stop-words.ts) or function words (terms.json `ordinary`).
 */
export const REGIONAL_FUNCTION_WORDS = [
  ...['ora', 'mboten', 'boten', 'durung', 'dereng', 'sampun', 'pun', 'badhe', 'bade', 'pengin', 'kepengin'],
  ...['iso', 'isa', 'saged', 'duwe', 'gadhah', 'karo', 'kalih', 'kari', 'mung', 'namung', 'saka', 'seko', 'teko'],
  ...['kanggo', 'nggo', 'saiki', 'sakniki', 'yen', 'menawi', 'napa', 'lho', 'ae'],
  ...['teu', 'henteu', 'acan', 'tos', 'atos', 'hoyong', 'tiasa', 'gaduh', 'sareng', 'ngan', 'ti', 'ayeuna', 'abdi', 'seep'],
  ...['punten', 'deui', 'maneh', 'kulo', 'melu', 'meh', 'kagak', 'bareng'],
  // How many, want, I, not, how: Javanese "piro", "pinten"; Sundanese "naon", "sabaraha",
  // "urang"; Banjar "handak", "nak", "ulun", "pian", "kada"; Minang "ambo", "baa caro",
  // "indak"; Betawi "kaga", "doang", "ngapa"; Madurese "kaule", "bede"; Bugis "iye";
  // Balinese "tiang", "nyen"; and "numpang" (may I) of "numpang tanya".
  ...['piro', 'pinten', 'naon', 'sabaraha', 'urang', 'handak', 'nak', 'ulun', 'pian', 'kada'],
  ...['ambo', 'baa', 'caro', 'indak', 'kaga', 'doang', 'ngapa', 'kaule', 'bede', 'iye', 'tiang', 'nyen', 'numpang'],
  // Want, I, have, need, where, must, yet, by oneself, old: Minang "nio"; Madurese "sengko",
  // "engkok", "andik", "parlo", "dimma"; Makassar and Bugis "tabe'" (excuse me) and the
  // particles "ki'", "ta'", "mi", "ji"; Sundanese "kedah", "nembe", "kakara", "nyalira",
  // "sumping" (come: in person, not the moving-in service);
  // Banjar "ikam", "lawas", "banar" (very).
  ...['nio', 'sengko', 'engkok', 'andik', 'parlo', 'dimma', 'tabe', 'ki', 'ta', 'mi', 'ji'],
  ...['kedah', 'nembe', 'kakara', 'nyalira', 'sumping', 'ikam', 'lawas', 'banar'],
] as const;
