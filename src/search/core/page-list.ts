// Shorter page ids in a Pagefind index. Pagefind names every page by a 7-hex-digit content
// hash, and the page list every first search downloads holds all of them: on a 10,000-
// service site that list was 65 KB of gzip, a third of a first search. Short sequential ids
// compress to half that. The ids only name fragment files (index and filter chunks point
// at pages by position), so renaming those files is the whole change.
//
// Each page's word count (its length, for ranking) is rounded to a quarter octave: ranking
// shifts by a few per cent at most, and the list compresses a further 20 %.
//
// The page list is CBOR. This reads just enough of it to find each page's id and word count
// and splices new values in, leaving every other byte as Pagefind wrote it. Anything
// unexpected (another layout, fragment groups) returns null and the index is left as it was.
import { ARRAY, concat, encodeHead, encodeText, head, metaFields, skip, text } from './pagefind-cbor.ts';

const UNSIGNED = 0;

/** A page length rounded to a quarter octave (within a tenth); short pages keep theirs. */
export function roundedWordCount(count: number): number {
  if (count <= 16) return count;
  return Math.round(2 ** (Math.round(Math.log2(count) * 4) / 4));
}
/** The compacted page list and the id changes, to rename fragment files by. */
export interface CompactedMeta {
  meta: Uint8Array;
  renames: { from: string; to: string }[];
}

/**
 * Give every page of a decompressed Pagefind meta file (signature + CBOR) the id
 * `${tag}${n}` (n in base 36, in page order) and a rounded word count. The tag keeps ids
 * unique between bundles and changes with the content, so no cache can pair a new page
 * list with an old fragment.
 */
export function compactPageList(meta: Uint8Array, tag: string): CompactedMeta | null {
  try {
    const fields = metaFields(meta);
    if (!fields || fields.fields < 2) return null;
    const pages = head(meta, fields.pagesAt);
    if (pages.major !== ARRAY) return null;

    const parts: Uint8Array[] = [meta.subarray(0, pages.next)];
    const renames: CompactedMeta['renames'] = [];
    let at = pages.next;
    for (let n = 0; n < pages.value; n++) {
      const page = head(meta, at);
      if (page.major !== ARRAY || page.value < 2) return null;
      const id = text(meta, page.next);
      if (!id || !/^[0-9a-z_]+$/.test(id.value)) return null;
      const words = head(meta, id.end);
      if (words.major !== UNSIGNED) return null;
      const end = skip(meta, at);
      // A third field names a fragment group; grouped fragments are not single files.
      if (page.value >= 3) {
        const group = text(meta, words.next);
        if (group?.value !== '') return null;
      }
      const to = `${tag}${n.toString(36)}`;
      renames.push({ from: id.value, to });
      parts.push(
        meta.subarray(at, page.next),
        encodeText(to),
        encodeHead(UNSIGNED, roundedWordCount(words.value)),
        meta.subarray(words.next, end),
      );
      at = end;
    }
    parts.push(meta.subarray(at));
    return { meta: concat(parts), renames };
  } catch {
    return null;
  }
}
