// Whether results really contain the words a resident typed: Pagefind falls back to
// shorter prefixes for words it does not have ("surabaya" finds a lone "S", "ijazah" the
// Roman numeral "I"), so a result list alone proves nothing.
import { POSSESSIVE_ENDINGS, PREFIXES, SUFFIXES, withoutRegionalPossessive } from './affixes.ts';
import { foldText, words } from './normalize.ts';
import type { Hit, PagefindData } from './pagefind-api.ts';
import { displayOrder, type ResultGroup } from './rank.ts';

/** How many of the first results are checked for the query's words. */
const CHECKED_HITS = 3;

/** Shortest query word matched as a prefix; shorter words ("kk") match only whole words. */
export const MIN_PREFIX = 3;

/**
 * True when `word` is `core` with a prefix and suffix around it; with `longer`, `core` may be
 * the start of the word between them, as Pagefind matches a page word by its start.
 */
function isAffixedForm(word: string, core: string, longer = true): boolean {
  return PREFIXES.some(
    (prefix) =>
      word.startsWith(prefix) &&
      SUFFIXES.some((suffix) => {
        const rest = word.slice(prefix.length, word.length - suffix.length);
        if (!word.endsWith(suffix) || !rest.startsWith(core)) return false;
        return longer || isEnding(rest.slice(core.length));
      }),
  );
}

/** Shortest stem stemsOf gives: shorter ones ("pen" of "pena") are other words. */
const MIN_STEM = 4;

/**
 * Chat forms of verbs: the "-in" ending ("nambahin", "masukin") and a nasal that replaces
 * the first consonant ("nambah" of tambah, "nyetor" of setor, "ngirim" of kirim, "macul"
 * of pacul): each nasal with the letters it may stand for ('' when it is only added).
 */
const CHAT_SUFFIXES = ['in', 'kan', 'an', ''];
const CHAT_NASALS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ng', ['', 'k']],
  ['ny', ['s', 'c']],
  ['n', ['t']],
  ['m', ['p']],
];

/** Stems of a chat form: "nambahin" → nambah, tambah; "nyetor" → setor. */
function chatStems(word: string): string[] {
  const stems: string[] = [];
  for (const suffix of CHAT_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length);
    if (suffix === 'in') stems.push(base);
    for (const [nasal, letters] of CHAT_NASALS) {
      if (!base.startsWith(nasal) || !/[aeiou]/.test(base[nasal.length] ?? '')) continue;
      for (const letter of letters) stems.push(letter + base.slice(nasal.length));
    }
  }
  return stems;
}

/** True when `word` is `stem` or the noun or verb its "-an" or "-kan" makes ("tunggakan" of tunggak; "mulai" is not "mula"). */
export function isNounOf(word: string, stem: string): boolean {
  return word === stem || word === `${stem}an` || word === `${stem}kan`;
}

/**
 * The word without the Indonesian prefixes and suffixes it may carry, longest first:
 * "meteran" → meter, "pindahan" → pindah, "sekeluarga" → keluarga, and without the chat
 * forms of chatStems after them ("nambahin" → tambah). The word itself is not listed.
 */
export function stemsOf(word: string): string[] {
  const stems = new Set<string>();
  for (const prefix of PREFIXES)
    for (const suffix of SUFFIXES) {
      if (!word.startsWith(prefix) || !word.endsWith(suffix)) continue;
      const stem = word.slice(prefix.length, word.length - suffix.length);
      if (stem.length >= MIN_STEM && stem !== word) stems.add(stem);
    }
  // A possessive ending may follow a short word ("ktpku", "airnya", "kkmu").
  for (const ending of POSSESSIVE_ENDINGS) {
    const base = word.slice(0, word.length - ending.length);
    if (word.endsWith(ending) && base.length >= 2 && base.length < MIN_STEM) stems.add(base);
  }
  // A Javanese or Sundanese possessive ("kematiane", "berlakune", "biayana").
  for (const base of withoutRegionalPossessive(word)) if (base.length >= MIN_STEM) stems.add(base);
  const affixed = [...stems].sort((a, b) => b.length - a.length);
  // Chat forms come after: "meteran" is meter before it is a nasal form of "peteran".
  const chat = chatStems(word).filter((stem) => stem.length >= MIN_STEM && stem !== word && !stems.has(stem));
  return [...affixed, ...new Set(chat)];
}

/**
 * True when a page word stands for a query word: it starts with it ("ktp" → "ktp-el"),
 * the query word is a longer form of it ("perpanjangan" → "perpanjang"), or the query word
 * is the page word with Indonesian affixes ("perekaman" → "rekam"). Page words of one or
 * two letters, and query words shorter than MIN_PREFIX, count only when equal.
 */
export function wordMatches(queryWord: string, pageWord: string): boolean {
  if (queryWord === pageWord) return true;
  if (queryWord.length < MIN_PREFIX || pageWord.length < MIN_PREFIX) return false;
  if (pageWord.startsWith(queryWord)) return true;
  if (queryWord.length >= 4 && isAffixedForm(pageWord, queryWord)) return true;
  if (pageWord.length < 4) return false;
  return (queryWord.startsWith(pageWord) && isEnding(queryWord.slice(pageWord.length))) || isAffixedForm(queryWord, pageWord, false);
}

/**
 * Endings a query word may add to a page word and still be that word: an Indonesian suffix or
 * possessive, a chat or regional one (Javanese "syarate", Sundanese "syaratna",
 * Minang "syaratnyo"), or one slipped letter. Any other tail makes another word: "coretex" is
 * no form of "coret" (it is a slip of "coretax").
 */
const WORD_ENDINGS: ReadonlySet<string> = new Set([
  ...SUFFIXES,
  ...POSSESSIVE_ENDINGS,
  ...['in', 'e', 'ne', 'ipun', 'na', 'nyo', 'nye', 'lah', 'kah', 'pun', 'nyi', 'ken'],
]);

function isEnding(tail: string): boolean {
  return tail.length <= 1 || WORD_ENDINGS.has(tail);
}

/** True when any of the query words stands for the page word. */
export function matchesAny(queryWords: readonly string[], pageWord: string): boolean {
  const word = foldText(pageWord);
  return queryWords.some((q) => wordMatches(q, word));
}

/** Words Pagefind marked in an excerpt, plus the words of every meta field (title, alias terms, documents, …). */
export function matchedWords(data: PagefindData): string[] {
  const marked = [...data.excerpt.matchAll(/<mark>(.*?)<\/mark>/gi)].map((m) => m[1] ?? '');
  return [...marked, ...Object.values(data.meta).map((v) => v ?? '')].flatMap(words);
}

/** The query words (folded) found in a page's data. */
export function wordsFound(data: PagefindData, queryWords: readonly string[]): string[] {
  const pageWords = matchedWords(data);
  return queryWords.filter((q) => pageWords.some((p) => wordMatches(q, p)));
}

/** The query's words as checked: each word of each meaningful term ("ktp-el" → ktp, el). */
export function checkedWords(meaningful: readonly string[]): string[] {
  return meaningful.flatMap(words);
}

/**
 * Whether the first results really contain every query word. Loads the data of at most
 * three pages, which the page shows anyway.
 */
export async function containsQueryWords(groups: ResultGroup<Hit>[], meaningful: readonly string[]): Promise<boolean> {
  const queryWords = checkedWords(meaningful);
  const hits = displayOrder(groups, () => CHECKED_HITS).slice(0, CHECKED_HITS);
  if (hits.length === 0 || queryWords.length === 0) return false;
  const found = new Set((await Promise.all(hits.map((h) => h.data()))).flatMap((d) => wordsFound(d, queryWords)));
  return queryWords.every((q) => found.has(q));
}
