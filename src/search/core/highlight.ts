// Highlighting for result titles and excerpts, as plain segments the page turns into text
// nodes and <mark> elements (no HTML from the index is ever inserted as markup).
import { foldText } from './normalize.ts';
import { matchesAny } from './query-words.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the entities Pagefind escapes in excerpts (&amp; &lt; &#39; &#x27; …). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt ("… <mark>KTP</mark>-el …") → segments; any other tag is dropped. With
 * query words, a mark is kept only on a word that really matches one (query-words.ts):
 * Pagefind also marks the letter it fell back to ("S" for "surabaya", a Roman numeral "I").
 */
export function parseExcerpt(html: string, queryWords?: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let mark = false;
  const real = (text: string) => !queryWords || [...text.matchAll(/[\p{L}\p{N}]+/gu)].some((m) => matchesAny(queryWords, m[0]));
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, mark: mark && real(text) });
    }
  }
  return merge(segments);
}

/**
 * Marks the words of `text` that match a query word (case and accents ignored, see
 * wordMatches), so "ktp" marks "KTP-el" and "perpanjang" marks "Perpanjangan", but a lone
 * letter or a two-letter word is marked only when the query has exactly that word.
 */
export function highlightWords(text: string, query: readonly string[]): Segment[] {
  const needles = query.map(foldText).filter((q) => q.length >= 2);
  if (needles.length === 0) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!matchesAny(needles, match[0])) continue;
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return merge(segments);
}

/** Joins neighbouring segments of the same kind ("KTP" "-" "el" stay apart only when marks differ). */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (prev && prev.mark === s.mark) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
