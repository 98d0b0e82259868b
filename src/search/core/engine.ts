// The search flow on top of Pagefind's JS API, kept free of the DOM so the page, the
// relevance test and the benchmark run the very same steps:
//   1. understand the query (normalize.ts): stop words set aside, spellings standardised;
//   2. ask Pagefind once (groups.ts). Gerai and editor pages carry a `tipe` filter in the
//      primary bundle (services are the untyped rest), announcements get one when their
//      bundle is merged (session.ts), so hits are grouped by type without loading any page
//      data; groups are then ordered (rank.ts);
//   3. when the words are not found among services, gerai and pages, merge the
//      announcements bundle (loaded on demand: it can be thousands of pages) and try again;
//   4. the services the words name come first (named-services.ts);
//   5. a word in no page: an affixed form of a page's word is searched by its stem
//      (stem-lookup.ts); a slip of the keyboard ("psapor", "pjak sepeda motor") is searched
//      corrected, labelled; a chat or passive verb or a function word ("kecuci", "padahal":
//      unknown-words.ts) is set aside; a word after a case marker or after the service's
//      name ("paspor buat umroh", "pajak mobil avanza": detail-steps.ts) is a detail;
//   6. any other word in no page is said so first ("Tidak ada layanan untuk “bpom” di MPP
//      ini"): a real word or another word ("daya", "prakerja") gets its correction offered
//      only, and the pages matching the other words follow as near matches, never as if
//      they answered;
//   7. when no page has all the words but each is on some page, rank pages by how many they
//      match (coverage.ts);
//   8. a service this MPP lists but serves elsewhere leads only when its name says more of the
//      words than the others'; found first, it is said so first, with where to go (elsewhere.ts).
import { rankByCoverage } from './coverage.ts';
import { correctWords, fitsTheOthers, type SearchState, servicesNamedBy, unmatchedAreDetails, withoutDetails } from './detail-steps.ts';
import { describesCase, looksLikeVerbForm, namesNoService } from './unknown-words.ts';
import { preferHintWords, preferRequested, type SearchFilters, servicesBeforeGuides } from './groups.ts';
import { elsewhereOnlyWhenNamed, type ServedElsewhere, servedElsewhere } from './elsewhere.ts';
import { withNamedServices } from './named-services.ts';
import { allWords, realHits, unknownWords } from './word-hits.ts';
import { understandQuery, withTypedWords } from './normalize.ts';
import type { Hit } from './pagefind-api.ts';
import { MIN_PREFIX } from './query-words.ts';
import { isStrongMatch, RESULT_TYPES, type ResultGroup, type ResultType } from './rank.ts';
import type { SearchIndex } from './session.ts';
import { isStopWord } from './stop-words.ts';
import { stemsOnPages } from './stem-lookup.ts';
import { isSlipCorrection, type TermIndex } from './suggest.ts';

export type { SearchFilters } from './groups.ts';
export { SearchIndex } from './session.ts';

export interface SearchOutcome {
  /** The query as the resident typed it (trimmed). */
  query: string;
  /** The query whose results are shown: `query`, or the suggestion when it replaced a failed query. */
  shownQuery: string;
  /** True when the results are for `suggestion` because `query` found nothing useful. */
  corrected: boolean;
  /** True when no page has all the words: results are ranked by how many they match; `shownQuery` has those the first matches. */
  relaxed: boolean;
  /** True when a word is in no page: "not offered here" is said first, and `groups` are near matches (services only). */
  notOffered: boolean;
  /** The words in no page, as typed (normalised), when `notOffered`. */
  missing: string[];
  /** Words in no page set aside because the others name a service or they describe the case (`relaxed`). */
  unmatched: string[];
  /** The first result when it is a service this MPP lists but serves elsewhere (not with `notOffered`). */
  elsewhere: ServedElsewhere | null;
  /** "Mungkin maksud Anda: …", or null. */
  suggestion: string | null;
  groups: ResultGroup<Hit>[];
  total: number;
  /** Types whose bundle was not searched (not loaded yet): the page offers to include them. */
  notSearched: ResultType[];
}

const NO_WORDS: ReadonlySet<string> = new Set();

const countHits = (groups: ResultGroup<Hit>[]) => groups.reduce((n, g) => n + g.hits.length, 0);

/** Pages a word may be on and still be rare: a distinctive word, not one many services share. */
export const RARE_WORD_PAGES = 3;

/** Whether a word found on `found` of `total` pages is rare enough that a best match lacking it does not answer. */
export const isRare = (found: number, total: number) => found > 0 && found <= Math.max(RARE_WORD_PAGES, total * 0.02);

/**
 * The whole search: results for the query's meaningful words; else for the closest known
 * spelling; else ranked by how many of the words each page matches; and when words are in
 * no page and no page has two of them, the "not offered here" state with the closest
 * services. `loadTerms` is called only when a word is unknown, so the term list is not
 * downloaded for ordinary searches; `isCurrent` false (the resident typed on) stops before
 * each step that downloads more. `settle` is awaited once before those steps: the page
 * waits there for the resident to stop typing, so a word still being typed never loads
 * the announcements or the term list.
 */
export async function runSearch(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  loadTerms: () => Promise<TermIndex | null> = async () => null,
  isCurrent: () => boolean = () => true,
  settle: () => Promise<void> = async () => undefined,
): Promise<SearchOutcome> {
  const trimmed = query.trim();
  if (filters.tipe && !index.has(filters.tipe)) await index.load(filters.tipe);
  const understood = understandQuery(trimmed);
  const { meaningful, hints } = understood;
  const outcome: SearchOutcome = {
    query: trimmed,
    shownQuery: meaningful.join(' '),
    corrected: false,
    relaxed: false,
    notOffered: false,
    missing: [],
    unmatched: [],
    elsewhere: null,
    suggestion: null,
    groups: [],
    total: 0,
    notSearched: [],
  };
  if (meaningful.length === 0) return outcome;
  const done = async (groups: ResultGroup<Hit>[], extra: Partial<SearchOutcome> = {}): Promise<SearchOutcome> => {
    const hinted = extra.relaxed || extra.notOffered || !isCurrent() ? groups : await preferHintWords(groups, hints);
    // What is asked for (a first licence, a renewal) and for whom decide next.
    // Near matches too: "paspor ilang di kapal" lists the lost passport before the new one.
    // A corrected query is read as corrected ("perpnjangan skck" asks for a renewal).
    // The kind of request and the audience typed stay when the suggestion leaves them out ("kartu
    // kleuarga rusak" is corrected to "kartu keluarga", and still asks for a damaged card).
    const read = extra.corrected && extra.suggestion ? withTypedWords(understandQuery(extra.suggestion), understood) : understood;
    const asked = !isCurrent() ? hinted : await preferRequested(index, hinted, read, filters);
    // A service the words name comes before a life-event guide, whatever the hints or the
    // audience preferred, unless the query is the life event itself (the guide's key phrase).
    const guided = extra.notOffered || !isCurrent() ? asked : await servicesBeforeGuides(asked, trimmed);
    // Near matches too: a service served elsewhere leads them only when the words name it.
    const ranked = !isCurrent() ? guided : await elsewhereOnlyWhenNamed(guided, read.all);
    const elsewhere = extra.notOffered || !isCurrent() ? null : await servedElsewhere(ranked);
    return {
      ...outcome,
      ...extra,
      elsewhere,
      groups: ranked,
      total: countHits(ranked),
      notSearched: filters.tipe ? [] : RESULT_TYPES.filter((type) => !index.has(type)),
    };
  };

  if (!isCurrent()) return outcome;
  // A three-letter word typed in full (another word follows, even one set aside: "bantuan pip
  // anak sekolah") that is no whole word of any page ("pra" of "kartu pra kerja") is a word
  // the MPP does not have, not the start of "praktik".
  const typedOn = (w: string) => understood.all.indexOf(w) < understood.all.length - 1;
  const stray = (
    await Promise.all(
      meaningful.map(async (w) => typedOn(w) && w.length === MIN_PREFIX && !(await index.api.search(`"${w}"`))?.results.length),
    )
  ).flatMap((missing, i) => (missing ? [meaningful[i] as string] : []));
  // One word's hits, searched once per search: naming services and ranking by coverage both need them.
  const wordHits = new Map<string, Promise<Hit[]>>();
  const hitsOf = (word: string) => {
    const hits = wordHits.get(word) ?? realHits(index, word, filters);
    wordHits.set(word, hits);
    return hits;
  };
  // The services the words name, in the order of how well (named-services.ts).
  const named = async (groups: ResultGroup<Hit>[], named = meaningful) =>
    withNamedServices(groups, named, hitsOf, await index.pageClasses());
  let first = await allWords(index, meaningful, filters);
  if (first.found && stray.length === 0) return done(await named(first.groups));
  // A word shorter than three letters matches only whole words; one that is no whole word
  // of any page is mostly the start of a word being typed ("perpanjang si"): the other
  // words answer, cheaply (an exact search reads the chunk already loaded).
  // Only the last word can be still being typed: a short non-word before it ("kartu pra
  // kerja") is a word the resident meant, and is looked for like any other.
  const partial = await Promise.all(
    meaningful.map(
      async (w, i) => i === meaningful.length - 1 && w.length < MIN_PREFIX && !(await index.api.search(`"${w}"`))?.results.length,
    ),
  );
  const rest = meaningful.filter((_, i) => !partial[i]);
  if (rest.length === 0) return done([]);
  if (rest.length < meaningful.length && stray.length === 0) {
    const withoutPartial = await allWords(index, rest, filters);
    if (withoutPartial.found) return done(withoutPartial.groups, { relaxed: true, shownQuery: rest.join(' ') });
  }
  // The steps below download more (announcements, page data, the term list): skipped once
  // the resident has typed on.
  if (!isCurrent()) return done(first.groups);
  await settle();
  if (!isCurrent()) return done(first.groups);
  // Announcements load only when services, gerai and pages do not answer (and no filter
  // that announcements cannot match is set).
  const lazy = index.types().length < RESULT_TYPES.length && !filters.tipe && !filters.gerai && !filters.instansi;
  if (lazy) {
    await Promise.all(RESULT_TYPES.map((type) => index.load(type)));
    wordHits.clear();
    first = await allWords(index, meaningful, filters);
    if (first.found && stray.length === 0) return done(await named(first.groups));
  }

  const words = [...meaningful];
  if (!isCurrent()) return done(first.groups);
  // Numbers ("2024") are no service's distinctive word: a page without them is no miss.
  const unknownForms = [...new Set([...stray, ...(await unknownWords(index, words))])].filter((w) => !/^\d+$/.test(w));
  // A word no page has in this form may be an affixed form of one they have ("meteran" of
  // "meter", "pindahan" of "pindah"): it is looked for by that stem, not taken as missing.
  const stems = await stemsOnPages(
    index,
    unknownForms.filter((w) => !stray.includes(w)),
  );
  let unknown = unknownForms.filter((w) => !stems.has(w));
  let terms: TermIndex | null = null;
  // A function word by the term list's account (once loaded), or by shape.
  const namesNone = (w: string) => namesNoService(w, terms?.ordinary ?? NO_WORDS);
  // Set when a slip was corrected but no page has all the corrected words: the search goes
  // on with them, as if typed so ("pjak sepeda motor" → pajak sepeda motor).
  let slipFixed: Partial<SearchOutcome> = {};
  let asTyped = understood;
  if (unknown.length > 0 && isCurrent()) {
    terms = await loadTerms();
    // A function word is set aside below, never corrected into a page's word ("lagi" is no "bagi").
    const corrected = terms ? correctWords(words, unknown, terms, namesNone) : words;
    if (terms && corrected.join(' ') !== words.join(' ')) {
      const suggestion = corrected.join(' ');
      // Only a slip is shown corrected; a real word, or one two edits away, is another word.
      const slip = isSlipCorrection(words, corrected, terms);
      // Searched as if typed so: a corrected word that only says the kind of request or a
      // stop word ("perpanjanh" → perpanjang) is set aside as it would have been.
      const asCorrected = understandQuery(suggestion).meaningful;
      const alternative = slip ? await allWords(index, asCorrected.length > 0 ? asCorrected : corrected, filters) : null;
      if (alternative?.found) return done(alternative.groups, { shownQuery: suggestion, corrected: true, suggestion });
      if (slip && corrected.length === words.length && (await fitsTheOthers(index, words, corrected, filters))) {
        const fixes = new Map(words.map((w, i) => [w, corrected[i] ?? w]));
        asTyped = { ...understood, all: understood.all.map((w) => fixes.get(w) ?? w) };
        const stillUnknown = await unknownWords(
          index,
          corrected.filter((w) => !words.includes(w)),
        );
        unknown = unknown.flatMap((w) => (fixes.get(w) === w ? [w] : stillUnknown.filter((u) => u === fixes.get(w))));
        // A slip of a word searches leave out ("taun" of "tahun") is left out too.
        words.splice(0, words.length, ...corrected.filter((w) => !isStopWord(w)));
        slipFixed = { corrected: true, suggestion };
      } else {
        // Offered, not searched: "umur" is a real word, not a typo of "umum".
        outcome.suggestion = suggestion;
      }
    }
  }
  // Words no page has that never name a service: the language's function words ("padahal",
  // "sana") and chat or passive verbs ("kecuci", "dibantuin": what happened). Set aside, like
  // stop words, when other words remain; the page names them.
  const setAside = unknown.filter((w) => namesNone(w) || looksLikeVerbForm(w));
  if (setAside.length < words.length) {
    unknown = unknown.filter((w) => !setAside.includes(w));
    words.splice(0, words.length, ...words.filter((w) => !setAside.includes(w)));
  } else setAside.length = 0;

  if (!isCurrent()) return done(first.groups);
  const known = words.filter((w) => !unknown.includes(w));
  const offered = (w: string) => outcome.suggestion !== null && !outcome.suggestion.split(' ').includes(w);
  const state: SearchState = { index, understood: asTyped, stems, offered, isFunctionWord: namesNone, filters };
  const withoutDetail = await withoutDetails(state, known, unknown);
  if (withoutDetail) {
    const unmatched = [...unknown, ...setAside];
    return done(withoutDetail.groups, { ...slipFixed, relaxed: true, shownQuery: withoutDetail.searched.join(' '), unmatched });
  }
  if (unknown.length === 0 && setAside.length > 0) {
    const rest = await allWords(
      index,
      known.map((w) => stems.get(w) ?? w),
      filters,
    );
    if (rest.found)
      return done(await named(rest.groups, known), { ...slipFixed, relaxed: true, shownQuery: known.join(' '), unmatched: setAside });
  }
  const classes = await index.pageClasses();
  const perWord = await Promise.all(known.map(async (word) => ({ word, hits: await hitsOf(stems.get(word) ?? word) })));
  const coverage = rankByCoverage(
    perWord,
    (hit) => classes.typeOf.get(hit.id) ?? 'layanan',
    classes.total,
    (w) => describesCase(asTyped.all, w),
  );
  // A word in no page, or a rare word the best match lacks ("edar" of "izin edar obat", found
  // only in the home-food licence): this MPP does not offer what it names. Said first; the
  // services that match the other words follow as near matches.
  // A rare word in another service's name or alias terms ("toko" of "toko obat") names a
  // service this MPP has, which follows among the results: no reason to say it is missing.
  const namesService = (hits: readonly Hit[]) => servicesNamedBy(hits, classes).length > 0;
  // A word only announcements or pages not about it have ("disabilitas", "listrik") is on no
  // service: none is offered for it. A page or gerai named by it (jam, lokasi) answers it.
  const onNoService = (hits: readonly Hit[]) =>
    hits.every((h) => classes.typeOf.has(h.id)) &&
    !hits.some((h) => isStrongMatch(h) && ['halaman', 'gerai'].includes(classes.typeOf.get(h.id) ?? ''));
  let lacking = known.filter((w) => {
    const hits = perWord.find((p) => p.word === w)?.hits ?? [];
    const rareAndLacking = !coverage.bestWords.includes(w) && isRare(hits.length, classes.total);
    const notOnService = (rareAndLacking && !namesService(hits)) || onNoService(hits);
    // After a case marker it describes the resident's case, like a word no page has (withoutDetails).
    return !/^\d+$/.test(w) && notOnService && !describesCase(asTyped.all, w);
  });
  // A function word ("padahal", "lagi") or a chat or passive verb ("kebaca": what happened) on a
  // page or two names no service either.
  if (lacking.length > 0 && isCurrent()) {
    terms ??= await loadTerms();
    lacking = lacking.filter((w) => !namesNone(w) && !looksLikeVerbForm(w));
  }
  // Words no page has and rare words the best match lacks may be details of the case, told
  // around the words the best match has.
  if (
    (unknown.length > 0 || lacking.length > 0) &&
    isCurrent() &&
    (await unmatchedAreDetails(state, { namers: coverage.bestWords, perWord, classes }, unknown, lacking))
  ) {
    // The pages ranked by the words they match follow, as when every word is on some page.
    const unmatched = [...unknown, ...lacking, ...setAside];
    return done(coverage.groups, { ...slipFixed, relaxed: true, shownQuery: coverage.bestWords.join(' '), unmatched });
  }
  const missing = words.filter((w) => unknown.includes(w) || lacking.includes(w));
  if (missing.length > 0) {
    const close = coverage.groups.filter((g) => g.type === 'layanan');
    return done(close, { notOffered: true, missing, shownQuery: coverage.bestWords.join(' ') || words.join(' ') });
  }
  if (coverage.best === 0) return done([]);
  return done(coverage.groups, { ...slipFixed, relaxed: true, shownQuery: coverage.bestWords.join(' '), unmatched: setAside });
}
