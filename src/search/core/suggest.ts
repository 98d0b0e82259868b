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
  const fixes = alignCorrection(typed, corrected);
  if (!fixes) return false;
  return fixes.every(([typedWord, fixed]) => {
    // Two words joined or one split ("baliknama" → balik nama) are the same letters.
    if (typedWord.replaceAll(' ', '') === fixed.replaceAll(' ', '')) return true;
    // A hyphen is no letter: "e-cort" is one slip from "ecourt".
    const word = fixed.includes('-') ? typedWord : typedWord.replaceAll('-', '');
    if (fixed === word) return true;
    if (dropsVowels(word, fixed)) return !index.real.has(word);
    // A word of three letters or without a vowel is mostly an abbreviation, and one letter
    // turns it into another one ("bni" is not a slip of "bri", "cpns" not of "pns"): only
    // the same letters swapped ("skkc" for "skck") are a slip.
    const abbreviation = word.length <= SHORT_WORD || !/[aiueo]/.test(word);
    if (abbreviation && !sameLetters(word, fixed)) return false;
    return !index.real.has(word) && editDistance(word, fixed, 1) <= 1;
  });
}

/**
 * Each typed word (or two typed words joined) with what corrects it, or null when the
 * correction does not line up with the words typed. suggestQuery keeps the order and joins
 * or splits only neighbours, so a split ("baliknama" → "balik nama") or a join ("ketenaga
 * kerjaan" → "ketenagakerjaan") is found by its letters.
 */
function alignCorrection(typed: readonly string[], corrected: readonly string[]): [string, string][] | null {
  const pairs: [string, string][] = [];
  let at = 0;
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i] ?? '';
    const next = typed[i + 1];
    const fixed = corrected[at];
    if (fixed === undefined) return null;
    if (next !== undefined && fixed === word + next) {
      pairs.push([`${word} ${next}`, fixed]);
      i++;
      at++;
    } else if (corrected[at + 1] !== undefined && `${fixed}${corrected[at + 1]}` === word) {
      pairs.push([word, `${fixed} ${corrected[at + 1]}`]);
      at += 2;
    } else {
      pairs.push([word, fixed]);
      at++;
    }
  }
  return at === corrected.length ? pairs : null;
}

/** Whether two words have the same letters, in any order ("skkc" and "skck"). */
function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
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
    // Two neighbours swapped ("npwdp") is the commonest slip of fast thumbs: among terms as
    // near, the one with the same letters wins over a more frequent one ("npwp").
    const rank = distance * 4 + (term[0] === word[0] ? 0 : 2) + (sameLetters(word, term) ? 0 : 1);
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
    // Two words typed as one ("baliknama", "aktelahir"): split where both halves are terms.
    const split = known(part) ? null : splitInTwo(part, index);
    if (split) {
      corrected.push(split);
      changed = true;
      continue;
    }
    // Hyphenated input ("e-ktp") is checked word by word but kept whole when all are known.
    const pieces = words(part);
    if (pieces.every(known)) {
      corrected.push(part);
      continue;
    }
    // A slip in a hyphenated name ("e-cort") is a slip of the name written whole ("ecourt").
    const whole = pieces.length > 1 ? closestTerm(pieces.join(''), index) : null;
    if (whole) {
      // Written as typed, with its hyphen, when the first part stays ("e-court"): that is how
      // the pages write it.
      const first = pieces[0] ?? '';
      const rest = whole.slice(first.length);
      corrected.push(whole.startsWith(first) && rest && known(rest) ? `${first}-${rest}` : whole);
      changed = true;
      continue;
    }
    const fixed = pieces.map((w) => (known(w) ? w : (closestTerm(w, index) ?? w)));
    if (fixed.join(' ') !== pieces.join(' ')) changed = true;
    corrected.push(fixed.join(' ') === pieces.join(' ') ? part : fixed.join(' '));
  }
  return changed ? corrected.join(' ') : null;
}

/** Shortest half of a word split in two by splitInTwo: shorter ones are mostly affixes ("di", "ke"). */
const MIN_HALF = 3;

/** "balik nama" for "baliknama": the split whose halves are both terms, the longest first half first; or null. */
export function splitInTwo(word: string, index: TermIndex): string | null {
  for (let at = word.length - MIN_HALF; at >= MIN_HALF; at--) {
    const [first, second] = [word.slice(0, at), word.slice(at)];
    if (index.set.has(first) && index.set.has(second)) return `${first} ${second}`;
  }
  return null;
}
