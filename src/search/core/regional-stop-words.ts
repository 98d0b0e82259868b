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
  // Javanese "at all" ("ora metu blas", "babar blas")
  ...['blas', 'babar'],
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

/**
 * More of the same, language by language: pronouns, this and that, question words (where,
 * how, why, who, how much, when), negations, not yet, already, want, can, must, there is,
 * prepositions, conjunctions, time words (now, yesterday, tomorrow, later) and greetings and
 * thanks. Relatives ("amak", "eppak") are audience words (request-words.ts). None is a word
 * of the sample content (a test reads it). Words that are also Indonesian words with another
 * meaning ("ban" tyre, "aki" battery, "napi", "idi") are left out, and so are two-letter
 * words but the five residents type most ("ka", "ra", "sa", "su", "ko").
 */
export const MORE_REGIONAL_FUNCTION_WORDS = [
  // Javanese
  ...['kowe', 'sampeyan', 'panjenengan', 'dheweke', 'kula', 'kabeh', 'iki', 'iku', 'kuwi', 'niki', 'niku'],
  ...['ngendi', 'dospundi', 'ngopo', 'menapa', 'sapa', 'pira', 'ojo', 'gelem', 'entuk', 'ndak', 'isih'],
  ...['dhisik', 'wingi', 'sesuk', 'mengko', 'mangke', 'ning', 'ing', 'menyang', 'nganti', 'saking', 'lan'],
  ...['utawa', 'nanging', 'amarga', 'mergo', 'dadi', 'uga', 'ana', 'nggih', 'iyo', 'nuwun', 'maturnuwun'],
  ...['nyuwun', 'monggo', 'ono'],
  // Sundanese
  ...['kuring', 'anjeun', 'manehna', 'ieu', 'eta', 'saha', 'iraha', 'naha', 'kunaon', 'kamana', 'ulah'],
  ...['tacan', 'geus', 'parantos', 'hayang', 'palay', 'jeung', 'atawa', 'pikeun', 'dina', 'pami', 'lamun'],
  ...['mun', 'oge', 'mah', 'enya', 'isukan', 'engke', 'hatur', 'nuhun'],
  // Betawi
  ...['ape', 'aje', 'kite', 'nyang', 'kenape', 'ngapain', 'dimane', 'kemane', 'berape', 'siape', 'pegimane'],
  ...['ame', 'ude', 'belon', 'mao', 'bise', 'ogah', 'ntar', 'sampe', 'kayak', 'punye', 'gini', 'gitu'],
  // Minang
  ...['kayo', 'inyo', 'kito', 'apo', 'siapo', 'bilo', 'dima', 'dimano', 'mangapo', 'bara', 'alah', 'amuah'],
  ...['dapek', 'paralu', 'ado', 'untuak', 'karano', 'patang', 'bisuak', 'nan'],
  // Banjar
  ...['sidin', 'inya', 'kadada', 'balum', 'hakun', 'kawa', 'kaina', 'barapa', 'gasan', 'matan', 'amun', 'jua'],
  ...['imbah'],
  // Madurese
  ...['kaula', 'dhika', 'enjek', 'tadek', 'bhunten', 'engghi', 'terro', 'kodu', 'olle', 'sateya', 'berempa'],
  ...['arapa', 'dhari', 'sakalangkong'],
  // Balinese
  ...['titiang', 'icang', 'tusing', 'nenten', 'tonden', 'suba', 'sube', 'nyidang', 'kenken', 'akuda', 'dija'],
  ...['jani', 'suksma', 'swastyastu'],
  // Bugis
  ...['iyya', 'aga', 'magai', 'niga', 'dena', 'degaga', 'deppa', 'engka', 'maelo', 'weddingi', 'sibawa'],
  // Makassar
  ...['nakke', 'ikau', 'katte', 'tena', 'ero', 'kulle', 'inai', 'angngapa', 'siagang', 'punna', 'kodong'],
  // Toba Batak
  ...['ahu', 'ibana', 'ndang', 'naeng', 'boi', 'nunga', 'dope', 'dohot', 'molo', 'ise', 'aha', 'boasa', 'beha'],
  ...['didia', 'sadia', 'horas', 'mauliate'],
  // Palembang
  ...['dio', 'galo', 'dak', 'idak', 'dem', 'pacak', 'galak', 'cakmano', 'ngapo', 'berapo', 'kemano', 'nian'],
  ...['katek'],
  // Manado
  ...['ngana', 'torang', 'dorang', 'nyanda', 'nda', 'nimbole', 'bole', 'blom', 'deng', 'kiapa', 'bagimana'],
  ...['skarang', 'makase'],
  // Acehnese
  ...['lon', 'tanyoe', 'gata', 'droeneuh', 'hana', 'golom', 'jeut', 'peu', 'pakon', 'padum', 'soe', 'kiban'],
  ...['jinoe', 'ngon', 'nyoe', 'nyan'],
  // Papuan, NTT and Ambon Malay
  ...['kitorang', 'kitong', 'tra', 'trada', 'sonde', 'beta', 'katong', 'pung', 'bagemana', 'sakarang'],
  // Sundanese and Minang "ka" (to), Javanese "ra" (not): two letters, typed apart as often as whole
  ...['ka', 'ra'],
  // Sasak, with the spellings "lek", "mbe", "ndek" of "leq", "embe", "ndeq"
  ...['ite', 'ndeq', 'uah', 'mele', 'araq', 'berembe', 'pire', 'embe', 'leq', 'aok', 'tampiasih'],
  ...['lek', 'mbe', 'ndek'],
  // Papuan, Kupang and Ambon Malay again: I, already, you, can, you (Ambon), to, you all,
  // maybe, again, there is none, go. "sa", "su" and "ko" ("sa su urus") are typed apart as
  // often as "ka" and "ra", so they are the other two-letter words here. Not "seng" (not),
  // the roof sheet, nor "son" (not), an English word for the child.
  ...['sa', 'su', 'ko', 'dapa', 'ale', 'sang', 'kamong', 'mangkali', 'lai', 'tarada', 'pigi'],
  // Medan Malay: how, (particle), you all. Not "kek" (grandfather) nor "awak" (crew).
  ...['cemana', 'bah', 'kelen'],
  // Balinese (common and refined): just now, at, will, why, where to, may, what
  ...['mare', 'wau', 'ring', 'lakar', 'ngudiang', 'kije', 'dados', 'punapi'],
  // Madurese refined: what, how; Sundanese: may, is not (not "teh", tea); Betawi: where,
  // you; Minang: go, (particle); Bugis and Makassar: then
  ...['ponapa', 'kadhi', 'kenging', 'sanes', 'mane', 'ente', 'elu', 'pai', 'lah', 'pale'],
] as const;
