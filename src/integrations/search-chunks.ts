// Applies rechunkIndex to a Pagefind bundle on disk: writes the new index chunks, removes
// the ones they replace and writes the page list under a new content-hashed name. Runs
// before the page ids are shortened (search-ids.ts), which rewrites the page list again.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CHUNK_TARGET_BYTES, rechunkIndex } from '../lib/search/rechunk.ts';
import { readEntry, readPageList, replacePageList, sha256, writeEntry } from './pagefind-bundle.ts';

const chunkPath = (dir: string, hash: string) => path.join(dir, 'index', `${hash}.pf_index`);

/** Re-cut the index chunks of the bundle in `dir`; returns the chunk counts, or null if left as Pagefind wrote it. */
export function rechunkBundle(dir: string, targetBytes = CHUNK_TARGET_BYTES): { before: number; after: number } | null {
  const entry = readEntry(dir);
  const load = (hash: string) => {
    const file = chunkPath(dir, hash);
    return existsSync(file) ? gunzipSync(readFileSync(file)) : null;
  };
  // Plan every language before writing anything, so a surprise never leaves half an index.
  const plans = Object.entries(entry.languages).map(([language, info]) => {
    const meta = readPageList(dir, info.hash).raw;
    // Seven hex digits, as Pagefind names chunks (the page list carries every name); longer on a clash.
    const used = new Set<string>();
    const name = (bytes: Uint8Array) => {
      const hash = sha256(bytes);
      let length = 7;
      while (used.has(hash.slice(0, length))) length++;
      used.add(hash.slice(0, length));
      return `${language}_${hash.slice(0, length)}`;
    };
    const result = rechunkIndex(meta, load, name, targetBytes);
    return result && { language, info, result };
  });
  if (plans.length === 0 || plans.some((plan) => plan === null)) return null;
  let before = 0;
  let after = 0;
  for (const plan of plans) {
    if (!plan) continue;
    const { language, info, result } = plan;
    const kept = new Set(result.chunks.map((c) => c.hash));
    for (const hash of result.replaced) if (!kept.has(hash)) rmSync(chunkPath(dir, hash), { force: true });
    for (const chunk of result.chunks) writeFileSync(chunkPath(dir, chunk.hash), gzipSync(chunk.bytes, { level: 9 }));
    replacePageList(dir, language, info, result.meta);
    before += result.replaced.length;
    after += result.chunks.length;
  }
  writeEntry(dir, entry);
  return { before, after };
}
