// Applies compactPageList to a Pagefind bundle on disk: writes the new page list under a new
// content-hashed name, renames the fragment files and points pagefind-entry.json at it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compactPageList } from '../lib/search/page-list.ts';

interface PagefindEntry {
  languages: Record<string, { hash: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const metaPath = (dir: string, hash: string) => path.join(dir, `pagefind.${hash}.pf_meta`);
const fragmentPath = (dir: string, id: string) => path.join(dir, 'fragment', `${id}.pf_fragment`);

/** Shorten the page ids of the bundle in `dir`; returns the page-list sizes, or null if left as Pagefind wrote it. */
export function compactBundleIds(dir: string): { before: number; after: number } | null {
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry;
  // Check every language before touching anything, so a surprise never leaves half an index.
  const plans = Object.entries(entry.languages).map(([language, info]) => {
    const compressed = readFileSync(metaPath(dir, info.hash));
    const raw = gunzipSync(compressed);
    const result = compactPageList(raw, sha256(raw).slice(0, 6));
    const complete = result?.renames.every(({ from }) => existsSync(fragmentPath(dir, from)));
    return complete && result ? { language, info, before: compressed.length, result } : null;
  });
  if (plans.length === 0 || plans.some((plan) => plan === null)) return null;
  let before = 0;
  let after = 0;
  for (const plan of plans) {
    if (!plan) continue;
    const { language, info, result } = plan;
    for (const { from, to } of result.renames) renameSync(fragmentPath(dir, from), fragmentPath(dir, to));
    const hash = `${language}_${sha256(result.meta).slice(0, 10)}`;
    const gzipped = gzipSync(result.meta, { level: 9 });
    writeFileSync(metaPath(dir, hash), gzipped);
    rmSync(metaPath(dir, info.hash));
    info.hash = hash;
    before += plan.before;
    after += gzipped.length;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return { before, after };
}
