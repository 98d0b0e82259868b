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
function readEntry(dir: string): PagefindEntry {
  return JSON.parse(readFileSync(entryPath(dir), 'utf8')) as PagefindEntry;
}

/** Write the entry back after its page lists were replaced. */
function writeEntry(dir: string, entry: PagefindEntry): void {
  writeFileSync(entryPath(dir), JSON.stringify(entry));
}

/** A language's page list: compressed as on disk, and decompressed (signature + CBOR). */
function readPageList(dir: string, hash: string): { compressed: Buffer; raw: Uint8Array } {
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

/** A language of the bundle as a rewrite step sees it. */
export interface BundleLanguage {
  language: string;
  info: { hash: string };
  /** The page list as on disk (gzip) and decompressed. */
  compressed: Buffer;
  raw: Uint8Array;
}

/**
 * Rewrite every language of the bundle in `dir` in two passes: `plan` reads and checks
 * each one (null refuses), and only when all are planned does `apply` write them, so a
 * surprise never leaves half an index. Returns the sums of what `apply` reports, or null
 * when the bundle was left as it was.
 */
export function rewriteBundle<P>(
  dir: string,
  plan: (language: BundleLanguage) => P | null,
  apply: (plan: P, language: BundleLanguage) => { before: number; after: number },
): { before: number; after: number } | null {
  const entry = readEntry(dir);
  const plans = Object.entries(entry.languages).map(([language, info]) => {
    const target: BundleLanguage = { language, info, ...readPageList(dir, info.hash) };
    const planned = plan(target);
    return planned === null ? null : { planned, target };
  });
  if (plans.length === 0 || plans.some((p) => p === null)) return null;
  const total = { before: 0, after: 0 };
  for (const p of plans) {
    if (!p) continue;
    const sizes = apply(p.planned, p.target);
    total.before += sizes.before;
    total.after += sizes.after;
  }
  writeEntry(dir, entry);
  return total;
}
