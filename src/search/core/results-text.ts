// The words the /cari/ page shows around its results: the status line, each result's facts
// and which text describes it. Pure, so the browser script only builds elements.
import type { t } from '../../i18n/id.ts';
import { fill, formatDate } from '../../lib/format.ts';
import { SERVED_ELSEWHERE, SERVED_WITH_LIMITS } from '../../lib/vocabulary.ts';
import type { SearchOutcome } from './engine.ts';
import type { Hit, PagefindData } from './pagefind-api.ts';
import { understandQuery, words } from './normalize.ts';
import { isStrongMatch, type ResultType } from './rank.ts';

/** The strings the search script needs, in the order the page serialises them (not the whole dictionary). */
export const SEARCH_SCRIPT_STRINGS = [
  'types',
  'results',
  'resultsFiltered',
  'none',
  'noneFiltered',
  'noneHelp',
  'corrected',
  'relaxed',
  'unmatched',
  'unmatchedMany',
  'notOfferedStatus',
  'notOfferedClose',
  'nearMatches',
  'servedElsewhere',
  'availability',
  'alsoAnnouncements',
  'didYouMean',
  'more',
  'groupCount',
  'loading',
  'failed',
  'published',
] as const;

/** The search script's strings, as cari.astro hands them over. */
export type SearchStrings = Pick<(typeof t)['searchResults'], (typeof SEARCH_SCRIPT_STRINGS)[number]>;

/** Results shown per group before "Tampilkan lagi", and how many each press adds. */
export const FIRST_RESULTS: Readonly<Record<ResultType, number>> = { layanan: 5, gerai: 2, pengumuman: 3, halaman: 2 };
/** How many more results each "Tampilkan lagi" press shows. */
export const MORE_RESULTS = 10;

/** The words to highlight in results: the meaningful words of the shown query, split at spaces and hyphens. */
export function highlightTerms(shownQuery: string): string[] {
  return understandQuery(shownQuery)
    .meaningful.flatMap((w) => w.split(/[\s-]+/))
    .filter(Boolean);
}

function safeDate(value: string): string {
  try {
    return formatDate(value);
  } catch {
    return value;
  }
}

/** The facts line under a result's title ("Gerai · Biaya", the agency, the publication date), or ''. */
export function resultFacts(type: ResultType, meta: PagefindData['meta'], strings: SearchStrings): string {
  const facts =
    type === 'layanan'
      ? [meta.gerai, meta.biaya]
      : type === 'gerai'
        ? [meta.instansi]
        : type === 'pengumuman' && meta.tanggal
          ? [fill(strings.published, { date: safeDate(meta.tanggal) })]
          : [];
  return facts.filter(Boolean).join(' · ');
}

/** The service summary to show instead of the excerpt, or null to show where the words occur. */
export function summaryInstead(type: ResultType, hit: Hit, data: PagefindData): string | null {
  // A service found by its name, aliases or summary (none of them in the excerpt's text) is
  // best described by its summary; otherwise show where the words occur.
  const summary = type === 'layanan' && (isStrongMatch(hit) || !data.excerpt.includes('<mark>')) && data.meta.ringkasan;
  return summary || null;
}

/** The tag under a service result this MPP limits or serves elsewhere, or ''. */
export function availabilityTag(type: ResultType, meta: PagefindData['meta'], strings: SearchStrings): string {
  const kind = meta.ketersediaan;
  return type === 'layanan' && (kind === SERVED_WITH_LIMITS || kind === SERVED_ELSEWHERE) ? strings.availability[kind] : '';
}

/**
 * The status line above the results: how many, for which words, and whether they were
 * corrected, relaxed or not offered; first, when the first result is served elsewhere, where.
 */
export function statusLine(outcome: SearchOutcome, filtered: boolean, strings: SearchStrings): string {
  const counted = countLine(outcome, filtered, strings);
  const { elsewhere } = outcome;
  return elsewhere ? `${fill(strings.servedElsewhere, { s: elsewhere.title, note: elsewhere.note })} ${counted}` : counted;
}

/** A word of three letters or fewer ("pra", "kpr"): out of its query it says little. */
const SHORT_WORD = 3;

/**
 * What the "not offered" notice names: the words no page has. A short one ("pra", "tuo") says
 * little alone, so it is named with the word typed after it, or before it when it is the last
 * ("pra kerja", "wong tuo"); a query of three words or fewer is named whole ("kartu pra
 * kerja"). Never a long query whole: "Tidak ada layanan untuk" followed by the resident's
 * whole sentence reads as if nothing in it were offered.
 */
export function namedMissing(query: string, missing: readonly string[]): string[] {
  // Split and folded as the missing words were, so they are found among them.
  const typed = words(query);
  if (missing.length === 0 || (typed.length <= 3 && missing.some((w) => w.length <= SHORT_WORD))) return [query];
  const named = missing.map((word) => {
    const at = typed.indexOf(word);
    if (word.length > SHORT_WORD || at < 0 || typed.length < 2) return word;
    return at + 1 < typed.length ? `${word} ${typed[at + 1]}` : `${typed[at - 1]} ${word}`;
  });
  return [...new Set(named)];
}

function countLine(outcome: SearchOutcome, filtered: boolean, strings: SearchStrings): string {
  const { query, shownQuery, total } = outcome;
  if (outcome.notOffered) {
    const missing = namedMissing(query, outcome.missing)
      .map((w) => `“${w}”`)
      .join(', ');
    return `${fill(strings.notOfferedStatus, { q: missing })}${total > 0 ? ` ${strings.notOfferedClose}` : ''}`;
  }
  if (outcome.corrected) return fill(strings.corrected, { q: query, s: shownQuery, n: total });
  if (outcome.relaxed && outcome.unmatched.length > 0) {
    // "Kata" for one word, "Kata-kata" for several, as Indonesian says it.
    const template = outcome.unmatched.length > 1 ? strings.unmatchedMany : strings.unmatched;
    return fill(template, { w: outcome.unmatched.map((w) => `“${w}”`).join(', '), s: shownQuery, n: total });
  }
  if (outcome.relaxed) return fill(strings.relaxed, { q: query, s: shownQuery, n: total });
  if (total > 0) return fill(filtered ? strings.resultsFiltered : strings.results, { q: query, n: total });
  return `${fill(filtered ? strings.noneFiltered : strings.none, { q: query })} ${strings.noneHelp}`;
}
