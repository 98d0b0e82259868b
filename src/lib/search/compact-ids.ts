// Shorter page ids in a Pagefind index. Pagefind names every page by a 7-hex-digit content
// hash, and the page list every first search downloads holds all of them: on a 10,000-
// service site that list was 65 KB of gzip, a third of a first search. Short sequential ids
// compress to half that. The ids only name fragment files (index and filter chunks point
// at pages by position), so renaming those files is the whole change.
//
// The page list is CBOR. This reads just enough of it to find each page's id and splices
// new ids in, leaving every other byte as Pagefind wrote it. Anything unexpected (another
// layout, fragment groups) returns null and the index is left as it was.

const TEXT = 3;
const ARRAY = 4;
/** Pagefind's marker before the CBOR of every decompressed file. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

interface Head {
  major: number;
  /** Length, count or small value of the item. */
  value: number;
  /** Offset of the item's content (after the head). */
  next: number;
}

function head(bytes: Uint8Array, at: number): Head {
  const first = bytes[at];
  if (first === undefined) throw new RangeError('unexpected end of CBOR');
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  // Indefinite lengths (31) and reserved values: not something Pagefind writes.
  if (size === 0) throw new RangeError(`unsupported CBOR head ${first} at ${at}`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return { major, value, next: at + 1 + size };
}

/** Offset just past the CBOR item that starts at `at`. */
function skip(bytes: Uint8Array, at: number): number {
  const { major, value, next } = head(bytes, at);
  switch (major) {
    case 2:
    case TEXT:
      return next + value;
    case ARRAY:
    case 5: {
      let end = next;
      for (let i = 0; i < (major === 5 ? 2 * value : value); i++) end = skip(bytes, end);
      return end;
    }
    case 6:
      return skip(bytes, next);
    default:
      return next; // integers and simple values / floats: the head is the whole item
  }
}

function text(bytes: Uint8Array, at: number): { value: string; end: number } | null {
  const h = head(bytes, at);
  if (h.major !== TEXT) return null;
  return { value: new TextDecoder().decode(bytes.subarray(h.next, h.next + h.value)), end: h.next + h.value };
}

function encodeText(value: string): Uint8Array {
  const body = new TextEncoder().encode(value);
  if (body.length >= 24) throw new RangeError('page ids are short');
  const out = new Uint8Array(1 + body.length);
  out[0] = (TEXT << 5) | body.length;
  out.set(body, 1);
  return out;
}

/** The compacted page list and the id changes, to rename fragment files by. */
export interface CompactedMeta {
  meta: Uint8Array;
  renames: { from: string; to: string }[];
}

/**
 * Give every page of a decompressed Pagefind meta file (signature + CBOR) the id
 * `${tag}${n}` (n in base 36, in page order). The tag keeps ids unique between bundles and
 * changes with the content, so no cache can pair a new page list with an old fragment.
 */
export function compactPageIds(meta: Uint8Array, tag: string): CompactedMeta | null {
  const signature = new TextEncoder().encode(PAGEFIND_SIGNATURE);
  if (!signature.every((byte, i) => meta[i] === byte)) return null;
  try {
    const root = head(meta, signature.length);
    if (root.major !== ARRAY || root.value < 2) return null;
    const version = text(meta, root.next);
    if (!version?.value.startsWith('1.')) return null;
    const pages = head(meta, version.end);
    if (pages.major !== ARRAY) return null;

    const parts: Uint8Array[] = [meta.subarray(0, pages.next)];
    const renames: CompactedMeta['renames'] = [];
    let at = pages.next;
    for (let n = 0; n < pages.value; n++) {
      const page = head(meta, at);
      if (page.major !== ARRAY || page.value < 2) return null;
      const id = text(meta, page.next);
      if (!id || !/^[0-9a-z_]+$/.test(id.value)) return null;
      const end = skip(meta, at);
      // A third field names a fragment group; grouped fragments are not single files.
      if (page.value >= 3) {
        const group = text(meta, skip(meta, id.end));
        if (group?.value !== '') return null;
      }
      const to = `${tag}${n.toString(36)}`;
      renames.push({ from: id.value, to });
      parts.push(meta.subarray(at, page.next), encodeText(to), meta.subarray(id.end, end));
      at = end;
    }
    parts.push(meta.subarray(at));
    const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return { meta: out, renames };
  } catch {
    return null;
  }
}
