// The files of a Pagefind bundle on disk that the build rewrites after Pagefind: the entry
// (pagefind-entry.json, naming each language's page list) and the page lists themselves.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** pagefind-entry.json: each language's page list is `pagefind.<hash>.pf_meta`. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** Hex SHA-256 of some bytes, for content-hashed file names. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const entryPath = (dir: string) => path.join(dir, 'pagefind-entry.json');
const metaPath = (dir: string, hash: string) => path.join(dir, `pagefind.${hash}.pf_meta`);

/** The bundle's entry file. */
export function readEntry(dir: string): PagefindEntry {
  return JSON.parse(readFileSync(entryPath(dir), 'utf8')) as PagefindEntry;
}

/** Write the entry back after its page lists were replaced. */
export function writeEntry(dir: string, entry: PagefindEntry): void {
  writeFileSync(entryPath(dir), JSON.stringify(entry));
}

/** A language's page list: compressed as on disk, and decompressed (signature + CBOR). */
export function readPageList(dir: string, hash: string): { compressed: Buffer; raw: Uint8Array } {
  const compressed = readFileSync(metaPath(dir, hash));
  return { compressed, raw: gunzipSync(compressed) };
}

/**
 * Write a new page list for `language` under a name hashed from its content, remove the old
 * one and point the entry's `info` at it. Returns the compressed size.
 */
export function replacePageList(dir: string, language: string, info: { hash: string }, raw: Uint8Array): number {
  const hash = `${language}_${sha256(raw).slice(0, 10)}`;
  const gzipped = gzipSync(raw, { level: 9 });
  writeFileSync(metaPath(dir, hash), gzipped);
  if (hash !== info.hash) rmSync(metaPath(dir, info.hash));
  info.hash = hash;
  return gzipped.length;
}
