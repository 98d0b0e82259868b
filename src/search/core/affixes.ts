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

/** The word without its possessive ending ("anakku" → anak), or the word itself when it has none. */
export function withoutPossessive(word: string): string {
  const ending = POSSESSIVE_ENDINGS.find((e) => word.endsWith(e) && word.length > e.length);
  return ending ? word.slice(0, word.length - ending.length) : word;
}
