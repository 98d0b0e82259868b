// The steps of the search for queries with words no page has (engine.ts calls them): the
// words that name the service when the others are details of the request, and whether a
// correction stands for what was typed. Kept apart from the main flow to keep each readable.
import type { SearchFilters } from './groups.ts';
import { type QueryWords, words as splitWords } from './normalize.ts';
import type { Hit } from './pagefind-api.ts';
import { matchedWords, wordMatches } from './query-words.ts';
import { adjustedScore, isStrongMatch, type ResultGroup } from './rank.ts';
import type { PageClasses, SearchIndex } from './session.ts';
import { isStopWord } from './stop-words.ts';
import { suggestQuery, type TermIndex } from './suggest.ts';
import { CASE_MARKERS, describesCase, looksLikeAcronym, looksLikeVerbForm } from './unknown-words.ts';
import { allWords } from './word-hits.ts';

/** Meaningful words from which a query tells the resident's case, not only the service's name. */
export const LONG_QUERY = 4;

/** At most this many services named by title or alias terms: the words name a service, not a field ("izin", "kartu"). */
export const SPECIFIC_NAME = 3;

/** One search's state the detail steps read: made once by the engine, shared by both steps. */
export interface SearchState {
  index: SearchIndex;
  /** The query as understood, with slips corrected when the search went on with them. */
  understood: QueryWords;
  /** The stem an affixed form no page has is searched by ("pindahan" → "pindah"). */
  stems: ReadonlyMap<string, string>;
  /** Whether a correction away from the word is offered instead ("umur" → "umum"). */
  offered: (word: string) => boolean;
  /** A function word ("padahal", "sana"), which never names a service. */
  isFunctionWord: (word: string) => boolean;
  filters: SearchFilters;
}

/**
 * The results for the words that name the service when the rest are details of the request,
 * not a service the MPP lacks; else null. Details are the words after a case marker ("paspor
 * buat kerja ke luar negeri", "sim kena razia": unknown-words.ts) when the words before it
 * name a service, and words no page has after two or more words that name one service or a
 * few by title or alias terms ("pajak mobil avanza"), or anywhere in a longer query that
 * tells the resident's case around the service's name. A word no page has is what is asked
 * for, not offered, beside a general word ("izin trayek", "kartu tani"), when it looks like
 * an agency's or a product's acronym ("visa umroh bpom"), or when it is a correction away
 * from a word pages use (`offered`: the correction is offered instead). The page names the
 * words it did not find.
 */
export async function withoutDetails(
  state: SearchState,
  known: readonly string[],
  unknown: readonly string[],
): Promise<{ groups: ResultGroup<Hit>[]; searched: string[] } | null> {
  const { index, understood, stems, offered, filters } = state;
  const afterMarker = (w: string) => describesCase(understood.all, w);
  const marker = understood.all.findIndex((w) => CASE_MARKERS.has(w));
  const beforeMarker = marker > 0 && unknown.every(afterMarker) ? known.filter((w) => understood.all.indexOf(w) < marker) : [];
  const tries = [beforeMarker, unknown.length > 0 ? known : []].filter((words) => words.length > 0);
  for (const words of tries) {
    const named = await allWords(
      index,
      words.map((w) => stems.get(w) ?? w),
      filters,
    );
    if (!named.found) continue;
    const strong = (named.groups.find((g) => g.type === 'layanan')?.hits ?? []).filter(isStrongMatch);
    // The services named about as well as the best one (half its score or more): "pajak motor"
    // names the vehicle tax, though "pajak" alone is in many services' names.
    const best = strong[0] ? adjustedScore(strong[0]) : 0;
    const rivals = strong.filter((h) => adjustedScore(h) >= best / 2).length;
    // Named by the words themselves, not by longer words a short one begins ("tera" of "terakhir").
    const bestData = strong[0] ? await strong[0].data() : null;
    const whole = new Set(bestData ? matchedWords(bestData) : []);
    const own = (w: string) => whole.has(w) || stems.has(w) || w.length > 4;
    const specific = rivals > 0 && rivals <= SPECIFIC_NAME && words.every(own);
    // A word after two or more words that name the service qualifies it ("pajak mobil avanza");
    // one word may be only the kind of document ("sim internasional", "paspor diplomatik"),
    // and a word before them is the thing asked for ("uji emisi motor", "ambulans gratis").
    const at = (w: string) => understood.all.indexOf(w);
    const lastNamer = Math.max(...words.map(at));
    const afterNamers = (w: string) => words.length >= 2 && at(w) > lastNamer;
    // A longer query tells the case around the service's name ("ktp aye ilang kemaren di
    // pasar", "takut sertifikat tanah yang mau dibeli palsu"): there a word no page has is a
    // detail when the words that name the service outnumber such words and it does not
    // follow one of them directly, the place of the kind asked for ("buka rekening saham").
    // Before all of them it is a detail only when the service's title has one of them, not
    // only its aliases ("damkar tangkap ular di rumah" asks for the fire brigade).
    const titleWords = splitWords(bestData?.meta.title ?? '');
    const titled = words.some((w) => titleWords.some((t) => wordMatches(w, t)));
    const toldAround = understood.meaningful.length >= LONG_QUERY && words.length > unknown.length;
    const firstNamer = Math.min(...words.map(at));
    const kindOf = (w: string) => words.includes(understood.all[at(w) - 1] ?? '');
    const qualifies = (w: string) => afterNamers(w) || (toldAround && (at(w) > firstNamer || titled) && !kindOf(w));
    const detail = (w: string) => afterMarker(w) || (specific && qualifies(w) && !looksLikeAcronym(w) && !offered(w));
    if (words === beforeMarker ? specific : unknown.every(detail)) return { groups: named.groups, searched: [...words] };
  }
  return null;
}

/** The services (not gerai, pages or announcements) that hits name by title or alias terms. */
export const servicesNamedBy = (hits: readonly Hit[], classes: PageClasses) =>
  hits.filter((h) => isStrongMatch(h) && !classes.typeOf.has(h.id));

/**
 * Whether the words no page has (`unknown`) and the rare words the best match lacks
 * (`lacking`) are details of the case on the same terms as in withoutDetails, not a service
 * the MPP lacks: after two or more words the best match has (`namers`: "validasi bphtb
 * notaris", as "pajak mobil avanza"), or in a query that tells the case around them ("beli
 * rumah bekas, meteran air …", "loketnya yg mana"), when one of them names few services by
 * itself. Short queries were once all taken as requests; the read query sets showed twenty
 * such details told "not offered" for each request this let through. "Surat izin" or "surat
 * keterangan" name a field, and "penelitian" after them is what is asked for. When every word
 * the best match lacks is on no page, one beside a word some page has is part of the name asked for ("uji emisi", "rekening koran",
 * "badan hukum yayasan"), not a detail.
 */
export async function unmatchedAreDetails(
  state: SearchState,
  coverage: { namers: readonly string[]; perWord: readonly { word: string; hits: readonly Hit[] }[]; classes: PageClasses },
  unknown: readonly string[],
  lacking: readonly string[],
): Promise<boolean> {
  const { understood, isFunctionWord } = state;
  const { namers, perWord, classes } = coverage;
  const namesFew = (w: string) => {
    const named = servicesNamedBy(perWord.find((p) => p.word === w)?.hits ?? [], classes);
    return named.length > 0 && named.length <= SPECIFIC_NAME;
  };
  if (!namers.some(namesFew)) return false;
  // Neighbours that may name: not a function word ("padahal") nor a chat or passive verb
  // ("ditutup": what happened).
  const known = new Set(perWord.map((p) => p.word).filter((w) => !isFunctionWord(w) && !looksLikeVerbForm(w)));
  const { all } = understood;
  const besideKnown = (w: string) => {
    const at = all.indexOf(w);
    return known.has(all[at - 1] ?? '') || known.has(all[at + 1] ?? '');
  };
  if (lacking.length === 0 && unknown.some(besideKnown)) return false;
  return (await withoutDetails(state, namers, [...unknown, ...lacking])) !== null;
}

/**
 * Whether the corrected words may stand for what was typed although no page has all of them:
 * a letter left out, added or swapped ("pjak", "ruksak", "skkc") is a slip; one letter
 * replaced by another is a slip only when the corrected word is on a page with a word left
 * as typed ("izin amdal pabrik" is not "andal", on no page with "izin" or "pabrik").
 */
export async function fitsTheOthers(index: SearchIndex, typed: readonly string[], corrected: readonly string[], filters: SearchFilters) {
  const sorted = (w: string) => [...w].sort().join('');
  const kept = corrected.filter((w, i) => w === typed[i]);
  for (const [i, word] of corrected.entries()) {
    const was = typed[i] ?? word;
    if (word === was || word.length !== was.length || sorted(word) === sorted(was) || isStopWord(word)) continue;
    const pairs = await Promise.all(kept.map(async (other) => (await allWords(index, [word, other], filters)).found));
    if (!pairs.includes(true)) return false;
  }
  return true;
}

/**
 * Closest known spelling of each unknown word, or the word joined with its neighbour
 * ("ketenaga kerjaan"); words `kept` (function words) stay as typed.
 */
export function correctWords(
  meaningful: readonly string[],
  unknown: readonly string[],
  terms: TermIndex,
  kept: (word: string) => boolean = () => false,
): string[] {
  const corrected = suggestQuery(meaningful.join(' '), terms, unknown, kept);
  return corrected ? corrected.split(' ') : [...meaningful];
}
