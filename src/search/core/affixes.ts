// The Indonesian affixes the search strips from a word, listed once: query-words.ts stems
// with them, normalize.ts reads "ktp-nya" as ktp, request-words.ts "anakku" as anak.

/** Prefixes a stemmer strips: "perekaman" is "pe-" + "rekam" + "-an". */
export const PREFIXES = [
  '',
  'me',
  'mem',
  'men',
  'meng',
  'meny',
  'pe',
  'pem',
  'pen',
  'peng',
  'peny',
  'per',
  'ber',
  'be',
  'di',
  'ke',
  'ter',
  'se',
];

/** Suffixes a stemmer strips. */
export const SUFFIXES = ['', 'kan', 'an', 'i', 'nya'];

/** "Its", "my", "your": endings after any word, an acronym too ("ktpku"). */
export const POSSESSIVE_ENDINGS: readonly string[] = ['nya', 'ku', 'mu'];

/**
 * The word without a Javanese or Sundanese possessive ending ("banyune" its water,
 * "kematiane", "daftare", "biayana"): "-ne" after a vowel, "-e" after a consonant, "-na"
 * after either; both readings of "-ne" after a vowel ("banyu-ne", "kematian-e"). Only
 * guesses: callers keep one when it is a word they know.
 */
export function withoutRegionalPossessive(word: string): string[] {
  const vowel = (letter: string | undefined) => letter !== undefined && 'aiueo'.includes(letter);
  if (word.length < 5) return [];
  const bases: string[] = [];
  if (word.endsWith('ne') && vowel(word.at(-3))) bases.push(word.slice(0, -2));
  if (word.endsWith('na')) bases.push(word.slice(0, -2));
  if (word.endsWith('e') && !vowel(word.at(-2))) bases.push(word.slice(0, -1));
  return bases;
}

/** The word without its possessive ending ("anakku" → anak), or the word itself when it has none. */
export function withoutPossessive(word: string): string {
  const ending = POSSESSIVE_ENDINGS.find((e) => word.endsWith(e) && word.length > e.length);
  return ending ? word.slice(0, word.length - ending.length) : word;
}
