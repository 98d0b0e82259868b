// Just enough CBOR to read and splice Pagefind's index files (page list and index chunks).
// Items are located, never decoded whole: the tools that rewrite a bundle copy every byte
// they do not change as Pagefind wrote it.

export const TEXT = 3;
export const ARRAY = 4;
/** Pagefind's marker before the CBOR of every decompressed file. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';
const SIGNATURE_BYTES = new TextEncoder().encode(PAGEFIND_SIGNATURE);

export interface Head {
  major: number;
  /** Length, count or small value of the item. */
  value: number;
  /** Offset of the item's content (after the head). */
  next: number;
}

/** The head of the CBOR item at `at`. Throws on anything Pagefind does not write. */
export function head(bytes: Uint8Array, at: number): Head {
  const first = bytes[at];
  if (first === undefined) throw new RangeError('unexpected end of CBOR');
  const major = first >> 5;
  const info = first & 31;
  if (info < 24) return { major, value: info, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  // Indefinite lengths (31) and reserved values: not something Pagefind writes.
  if (size === 0) throw new RangeError(`unsupported CBOR head ${first} at ${at}`);
  if (at + size >= bytes.length) throw new RangeError('unexpected end of CBOR');
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return { major, value, next: at + 1 + size };
}

/** Offset just past the CBOR item that starts at `at`. */
export function skip(bytes: Uint8Array, at: number): number {
  const { major, value, next } = head(bytes, at);
  switch (major) {
    case 2:
    case TEXT:
      if (next + value > bytes.length) throw new RangeError('unexpected end of CBOR');
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

/** The text item at `at` and the offset after it, or null if the item is not text. */
export function text(bytes: Uint8Array, at: number): { value: string; end: number } | null {
  const h = head(bytes, at);
  if (h.major !== TEXT || h.next + h.value > bytes.length) return null;
  return { value: new TextDecoder().decode(bytes.subarray(h.next, h.next + h.value)), end: h.next + h.value };
}

/** The head of an item of `major` type with `value` (a length or count), in the shortest form. */
export function encodeHead(major: number, value: number): Uint8Array {
  const type = major << 5;
  if (value < 24) return Uint8Array.of(type | value);
  if (value < 0x100) return Uint8Array.of(type | 24, value);
  if (value < 0x10000) return Uint8Array.of(type | 25, value >> 8, value & 0xff);
  return Uint8Array.of(type | 26, (value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

/** A CBOR text item. */
export function encodeText(value: string): Uint8Array {
  const body = new TextEncoder().encode(value);
  return concat([encodeHead(TEXT, body.length), body]);
}

/** Byte arrays joined end to end. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Offset of the CBOR after Pagefind's signature, or -1 if the file does not start with it. */
export function afterSignature(bytes: Uint8Array): number {
  return SIGNATURE_BYTES.every((byte, i) => bytes[i] === byte) ? SIGNATURE_BYTES.length : -1;
}

/**
 * Where the page list's fields start in a decompressed Pagefind 1.x meta file: the offset
 * of the pages array (right after the version) and how many fields the root holds. Null
 * for anything else; throws on CBOR cut short.
 */
export function metaFields(meta: Uint8Array): { pagesAt: number; fields: number } | null {
  const start = afterSignature(meta);
  if (start < 0) return null;
  const root = head(meta, start);
  if (root.major !== ARRAY) return null;
  const version = text(meta, root.next);
  return version?.value.startsWith('1.') ? { pagesAt: version.end, fields: root.value } : null;
}

/** The signature, for files written back. */
export function signature(): Uint8Array {
  return SIGNATURE_BYTES.slice();
}
