// "Mungkin maksud Anda: paspor". Corrects each unknown query word to the closest known
// term (service names, aliases, dictionary) by Damerau–Levenshtein distance (optimal string
// alignment: insert, delete, substitute, swap two neighbours). Pure; a few thousand terms
// take well under a millisecond per word because most are rejected by length or by the
// banded early exit.
import { normalizeQuery, words } from './normalize.ts';

/** Distance between two strings, or `max + 1` as soon as it is certain to exceed `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * How many edits a word of this length may need. One for most words, two only for long
 * ones: Indonesian has many real words two edits apart (lebaran/lamaran, pajak/pasak).
 */
export function allowedDistance(length: number): number {
  if (length < 3) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * True when `word` is `term` with only vowels left out ("prpnjang" of "perpanjang", "pribdi"
 * of "pribadi"): how residents shorten words in chat, a slip however many letters it drops.
 * Four letters at least and the same first letter, so acronyms ("bca", "kua") stay acronyms.
 */
export function dropsVowels(word: string, term: string): boolean {
  if (word.length < 4 || term.length <= word.length || word[0] !== term[0]) return false;
  let at = 0;
  for (const letter of term) {
    if (letter === word[at]) at++;
    else if (!'aiueo'.includes(letter)) return false;
  }
  return at === word.length;
}

/** A prepared term list: the terms (most frequent first), a set for exact look-ups, real words near them and function words (terms.ts). */
export interface TermIndex {
  terms: readonly string[];
  set: ReadonlySet<string>;
  real: ReadonlySet<string>;
  ordinary: ReadonlySet<string>;
}

export function termIndex(terms: readonly string[], real: readonly string[] = [], ordinary: readonly string[] = []): TermIndex {
  return { terms, set: new Set(terms), real: new Set(real), ordinary: new Set(ordinary) };
}

/**
 * Whether a correction may be shown in place of what was typed (labelled "Menampilkan hasil
 * untuk …"): every changed word is one edit from what was typed (or two words joined) and
 * not a real word in its own right. "psapor" → "paspor" is shown; "daya" → "data" (a real
 * word) and "prakerja" → "pekerja" (two edits: another word, not a slip) are only offered.
 */
export function isSlipCorrection(typed: readonly string[], corrected: readonly string[], index: TermIndex): boolean {
  if (corrected.length < typed.length) return corrected.join('') === typed.join('');
  return typed.every((word, i) => {
    const fixed = corrected[i] ?? '';
    if (fixed === word) return true;
    if (dropsVowels(word, fixed)) return !index.real.has(word);
    // A word of three letters or without a vowel is mostly an abbreviation, and one letter
    // turns it into another one ("bni" is not a slip of "bri", "cpns" not of "pns"): only
    // the same letters swapped ("skkc" for "skck") are a slip.
    const abbreviation = word.length <= SHORT_WORD || !/[aiueo]/.test(word);
    const sameLetters = [...word].sort().join('') === [...fixed].sort().join('');
    if (abbreviation && !sameLetters) return false;
    return !index.real.has(word) && editDistance(word, fixed, 1) <= 1;
  });
}

/** Longest word taken as a likely abbreviation by isSlipCorrection, whatever its letters. */
export const SHORT_WORD = 3;

/** True when the word is a term, or the start of one (the resident may still be typing). */
export function isKnown(word: string, index: TermIndex): boolean {
  if (index.set.has(word) || /^\d+$/.test(word)) return true;
  if (word.length < 3) return true;
  return index.terms.some((t) => t.startsWith(word));
}

/**
 * The closest term to a word, or null when nothing is near enough: the most frequent term
 * it shortens by leaving out vowels (dropsVowels), else the nearest by edits. Ties go to the term
 * sharing the first letter, then to the more frequent term (earlier in the list).
 */
export function closestTerm(word: string, index: TermIndex): string | null {
  const spelledOut = index.terms.find((term) => dropsVowels(word, term));
  if (spelledOut) return spelledOut;
  const max = allowedDistance(word.length);
  if (max === 0) return null;
  let best: string | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const term of index.terms) {
    if (Math.abs(term.length - word.length) > max || term === word) continue;
    const distance = editDistance(word, term, max);
    if (distance > max) continue;
    const rank = distance * 2 + (term[0] === word[0] ? 0 : 1);
    if (rank < bestRank) {
      best = term;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * A corrected query when at least one word is unknown and has a close term, else null.
 * Known words are kept as typed (normalised), so "perpanjang sin" → "perpanjang sim". A word
 * joined with its neighbour that makes a term is joined ("ketenaga kerjaan" →
 * "ketenagakerjaan"). `unknown` lists words known to be in no page: they are corrected even
 * when the term list has something starting with them. `kept` lists words never corrected:
 * the language's function words, which no page needs to have ("lagi" is no "bagi").
 */
export function suggestQuery(
  query: string,
  index: TermIndex,
  unknown: readonly string[] = [],
  kept: (word: string) => boolean = () => false,
): string | null {
  const parts = normalizeQuery(query).split(' ').filter(Boolean);
  const known = (w: string) => kept(w) || (!unknown.includes(w) && isKnown(w, index));
  let changed = false;
  const corrected: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    if (next !== undefined && (!known(part) || !known(next)) && index.set.has(part + next)) {
      corrected.push(part + next);
      changed = true;
      i++;
      continue;
    }
    // Hyphenated input ("e-ktp") is checked word by word but kept whole when all are known.
    const pieces = words(part);
    if (pieces.every(known)) {
      corrected.push(part);
      continue;
    }
    const fixed = pieces.map((w) => (known(w) ? w : (closestTerm(w, index) ?? w)));
    if (fixed.join(' ') !== pieces.join(' ')) changed = true;
    corrected.push(fixed.join(' ') === pieces.join(' ') ? part : fixed.join(' '));
  }
  return changed ? corrected.join(' ') : null;
}
