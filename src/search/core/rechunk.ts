// Smaller index chunks for a Pagefind index. A search downloads, for each word, the one
// index chunk whose word range holds it. Pagefind closes a chunk only once it holds about
// 20,000 word locations, so on a 10,000-service site a rare word like "ktp" came in a
// 12 KB chunk full of its neighbours ("kontak", "kota", "kua"...). Re-cutting the same word
// entries into chunks of a few kilobytes makes a rare word cost one or two; a common word
// still costs its own entry, which nothing can shrink.
//
// Every word entry is copied byte for byte, in Pagefind's order, so results and scores do
// not change. Only the chunk list in the page list file is rewritten. Anything unexpected
// returns null and the index stays as Pagefind wrote it.
import { afterSignature, ARRAY, concat, encodeHead, encodeText, head, metaFields, signature, skip, text } from './pagefind-cbor.ts';

/** One entry of the page list's chunk list: the chunk holds the words from `from` to `to`. */
export interface ChunkRange {
  from: string;
  to: string;
  hash: string;
}

/** A word's entry in an index chunk: the word and its CBOR bytes as Pagefind wrote them. */
export interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

export interface RechunkedIndex {
  /** The page list with the new chunk list (signature + CBOR). */
  meta: Uint8Array;
  /** New chunk files (signature + CBOR, not compressed), in word order. */
  chunks: { hash: string; bytes: Uint8Array }[];
  /** Hashes of the chunks they replace. */
  replaced: string[];
}

/** Raw bytes a chunk aims at: a rare word then costs about 2 KB of gzip. */
export const CHUNK_TARGET_BYTES = 16_000;

const utf8 = new TextEncoder();

/** Compares words the way Pagefind sorts them and looks them up (Rust strings: by UTF-8 bytes). */
export function compareWords(a: string, b: string): number {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The chunk Pagefind's search loads for an exact word: the first whose range holds it
 * (`from <= word <= to`). Mirrors the lookup in Pagefind's WebAssembly, for tests.
 */
export function chunkFor(ranges: readonly ChunkRange[], word: string): ChunkRange | undefined {
  return ranges.find((r) => compareWords(word, r.from) >= 0 && compareWords(word, r.to) <= 0);
}

/** The page list's chunk list and where it sits in the file. */
export function readChunkRanges(meta: Uint8Array): { ranges: ChunkRange[]; start: number; end: number } | null {
  try {
    const fields = metaFields(meta);
    if (!fields || fields.fields < 3) return null;
    const listAt = skip(meta, fields.pagesAt); // past the pages
    const list = head(meta, listAt);
    if (list.major !== ARRAY) return null;
    const ranges: ChunkRange[] = [];
    let at = list.next;
    for (let i = 0; i < list.value; i++) {
      const entry = head(meta, at);
      if (entry.major !== ARRAY || entry.value !== 3) return null;
      const from = text(meta, entry.next);
      const to = from && text(meta, from.end);
      const hash = to && text(meta, to.end);
      if (!from || !to || !hash) return null;
      ranges.push({ from: from.value, to: to.value, hash: hash.value });
      at = hash.end;
    }
    return { ranges, start: listAt, end: at };
  } catch {
    return null;
  }
}

/** The word entries of a decompressed index chunk, or null if it is not one. */
export function readChunkWords(chunk: Uint8Array): WordEntry[] | null {
  const start = afterSignature(chunk);
  if (start < 0) return null;
  try {
    const root = head(chunk, start);
    if (root.major !== ARRAY || root.value !== 1) return null;
    const list = head(chunk, root.next);
    if (list.major !== ARRAY) return null;
    const words: WordEntry[] = [];
    let at = list.next;
    for (let i = 0; i < list.value; i++) {
      const entry = head(chunk, at);
      const word = entry.major === ARRAY && entry.value >= 2 ? text(chunk, entry.next) : null;
      if (!word) return null;
      const end = skip(chunk, at);
      words.push({ word: word.value, bytes: chunk.subarray(at, end) });
      at = end;
    }
    return at === chunk.length ? words : null;
  } catch {
    return null;
  }
}

/** A chunk file holding these word entries. */
export function encodeChunk(words: readonly WordEntry[]): Uint8Array {
  return concat([signature(), encodeHead(ARRAY, 1), encodeHead(ARRAY, words.length), ...words.map((w) => w.bytes)]);
}

/** Word entries cut into runs of at most `targetBytes` (a larger entry stands alone). */
export function splitWords(words: readonly WordEntry[], targetBytes: number): WordEntry[][] {
  const runs: WordEntry[][] = [];
  let run: WordEntry[] = [];
  let size = 0;
  for (const word of words) {
    if (run.length > 0 && size + word.bytes.length > targetBytes) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(word);
    size += word.bytes.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The shortest start of `next` that sorts after `previous` (Pagefind's own boundary rule). */
export function boundaryAfter(previous: string, next: string): string {
  const a = [...previous];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return b.slice(0, common + 1).join('');
}

/**
 * Ranges for consecutive runs of words. A range starts at the shortest prefix that sorts
 * after the previous run (so a half-typed word still finds its chunk) and ends at its last
 * word in full. Pagefind shortens the end as well, which puts the last word of every chunk
 * outside its own range: in a two-word query that word was not found at all.
 */
export function rangesFor(runs: readonly (readonly WordEntry[])[], hashes: readonly string[]): ChunkRange[] {
  return runs.map((run, i) => {
    const first = run[0]?.word ?? '';
    const previous = runs[i - 1]?.at(-1)?.word;
    return {
      from: previous === undefined ? first : boundaryAfter(previous, first),
      to: run.at(-1)?.word ?? '',
      hash: hashes[i] ?? '',
    };
  });
}

/**
 * Re-cut the index chunks of a decompressed page list. `load` returns a decompressed chunk
 * by hash; `name` names a new chunk by its bytes. Null when anything is not as expected
 * (another layout, a missing chunk, words out of order).
 */
export function rechunkIndex(
  meta: Uint8Array,
  load: (hash: string) => Uint8Array | null,
  name: (chunk: Uint8Array) => string,
  targetBytes = CHUNK_TARGET_BYTES,
): RechunkedIndex | null {
  const list = readChunkRanges(meta);
  if (!list || list.ranges.length === 0) return null;
  const words: WordEntry[] = [];
  for (const range of list.ranges) {
    const chunk = load(range.hash);
    const entries = chunk && readChunkWords(chunk);
    if (!entries) return null;
    words.push(...entries);
  }
  for (let i = 1; i < words.length; i++) {
    if (compareWords(words[i - 1]?.word ?? '', words[i]?.word ?? '') >= 0) return null;
  }
  const runs = splitWords(words, targetBytes);
  const chunks = runs.map((run) => {
    const bytes = encodeChunk(run);
    return { hash: name(bytes), bytes };
  });
  if (new Set(chunks.map((c) => c.hash)).size !== chunks.length) return null;
  const ranges = rangesFor(
    runs,
    chunks.map((c) => c.hash),
  );
  const encoded = concat([
    encodeHead(ARRAY, ranges.length),
    ...ranges.flatMap((r) => [encodeHead(ARRAY, 3), encodeText(r.from), encodeText(r.to), encodeText(r.hash)]),
  ]);
  return {
    meta: concat([meta.subarray(0, list.start), encoded, meta.subarray(list.end)]),
    chunks,
    replaced: list.ranges.map((r) => r.hash),
  };
}
