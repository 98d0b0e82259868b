// The term list behind typo suggestions (written to /pagefind/terms.json at build): the
// words residents are likely to mean, most frequent first. Built from names and aliases,
// not from body text, so a suggestion always points at something the site is about.
import { dictionaryWords, expandSearchTerms } from './aliases.ts';
import { words } from './normalize.ts';
import { allowedDistance, editDistance } from './suggest.ts';

/** Upper bound on the list, keeping the file a few kilobytes even for very large sites. */
export const MAX_TERMS = 4000;

/** The parts of the site model the term list reads (a structural subset of `Site`). */
export interface TermSource {
  services: readonly { nama: string; alias: readonly string[] }[];
  gerai: readonly { nama: string; instansi: { nama: string; singkatan: string } }[];
  announcements: readonly { judul: string; tag: readonly string[] }[];
  pages: readonly { judul: string }[];
}

/** The file format of terms.json. */
export interface TermFile {
  version: 1;
  terms: string[];
  /**
   * Real Indonesian words no page has that are a correction away from a term ("daya" from
   * "data"): a search for one is told there is no such service, with the correction only
   * offered, never shown as if it answered (see engine.ts).
   */
  real?: string[];
  /**
   * The language's function words ("padahal", "lagi", "sana"; stopwords-iso's Indonesian
   * list): a word no page has, or one the best match lacks, that is one of these names no
   * service, so it never makes the search say "not offered here" (engine.ts).
   */
  ordinary?: string[];
}

const usable = (w: string) => w.length >= 3 && w.length <= 24 && !/^\d+$/.test(w);

/** Words weighted by where they appear (titles and aliases count most), most frequent first. */
export function buildTermList(source: TermSource, max = MAX_TERMS): TermFile {
  const counts = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of words(text)) if (usable(w)) counts.set(w, (counts.get(w) ?? 0) + weight);
  };
  for (const s of source.services) {
    add(s.nama, 3);
    for (const a of s.alias) add(a, 3);
    for (const term of expandSearchTerms(s)) add(term, 1);
  }
  for (const g of source.gerai) {
    add(g.nama, 2);
    add(g.instansi.nama, 1);
    add(g.instansi.singkatan, 2);
  }
  for (const a of source.announcements) {
    add(a.judul, 1);
    for (const tag of a.tag) add(tag, 1);
  }
  for (const p of source.pages) add(p.judul, 1);
  for (const w of dictionaryWords()) add(w, 1);
  const terms = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([w]) => w);
  return { version: 1, terms };
}

/** Every string made by deleting up to `max` letters of `word` (with the word itself). */
function deletions(word: string, max: number): Set<string> {
  let level = new Set([word]);
  const all = new Set(level);
  for (let d = 0; d < max; d++) {
    const next = new Set<string>();
    for (const w of level) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) all.add(w);
    level = next;
  }
  return all;
}

/**
 * The words of `dictionary` (a list of real words) that are not terms but within correction
 * distance of one: only these need telling apart from typos, so the browser downloads a few
 * kilobytes instead of the whole dictionary. Candidates come from shared deletions (two
 * strings within n edits share a string made by at most n deletions from each), then the
 * distance is checked, so a large dictionary takes well under a second.
 */
export function realWordsNearTerms(terms: readonly string[], dictionary: Iterable<string>): string[] {
  const known = new Set(terms);
  const byDeletion = new Map<string, string[]>();
  for (const term of terms) {
    for (const key of deletions(term, allowedDistance(term.length))) byDeletion.set(key, [...(byDeletion.get(key) ?? []), term]);
  }
  const near: string[] = [];
  for (const raw of new Set(dictionary)) {
    const word = raw.toLowerCase();
    if (!/^[a-z]+$/.test(word) || known.has(word)) continue;
    const max = allowedDistance(word.length);
    if (max === 0) continue;
    const candidates = new Set([...deletions(word, max)].flatMap((key) => byDeletion.get(key) ?? []));
    if ([...candidates].some((term) => editDistance(word, term, max) <= max)) near.push(word);
  }
  return near.sort();
}
