// Applies rechunkIndex to a Pagefind bundle on disk: writes the new index chunks, removes
// the ones they replace and writes the page list under a new content-hashed name. Runs
// before the page ids are shortened (search-ids.ts), which rewrites the page list again.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CHUNK_TARGET_BYTES, rechunkIndex } from '../core/rechunk.ts';
import { replacePageList, rewriteBundle, sha256 } from './pagefind-bundle.ts';

const chunkPath = (dir: string, hash: string) => path.join(dir, 'index', `${hash}.pf_index`);

/** Re-cut the index chunks of the bundle in `dir`; returns the chunk counts, or null if left as Pagefind wrote it. */
export function rechunkBundle(dir: string, targetBytes = CHUNK_TARGET_BYTES): { before: number; after: number } | null {
  const load = (hash: string) => {
    const file = chunkPath(dir, hash);
    return existsSync(file) ? gunzipSync(readFileSync(file)) : null;
  };
  return rewriteBundle(
    dir,
    ({ language, raw }) => {
      // Seven hex digits, as Pagefind names chunks (the page list carries every name); longer on a clash.
      const used = new Set<string>();
      const name = (bytes: Uint8Array) => {
        const hash = sha256(bytes);
        let length = 7;
        while (used.has(hash.slice(0, length))) length++;
        used.add(hash.slice(0, length));
        return `${language}_${hash.slice(0, length)}`;
      };
      return rechunkIndex(raw, load, name, targetBytes);
    },
    (result, { language, info }) => {
      const kept = new Set(result.chunks.map((c) => c.hash));
      for (const hash of result.replaced) if (!kept.has(hash)) rmSync(chunkPath(dir, hash), { force: true });
      for (const chunk of result.chunks) writeFileSync(chunkPath(dir, chunk.hash), gzipSync(chunk.bytes, { level: 9 }));
      replacePageList(dir, language, info, result.meta);
      return { before: result.replaced.length, after: result.chunks.length };
    },
  );
}
