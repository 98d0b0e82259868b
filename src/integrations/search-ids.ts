// Applies compactPageList to a Pagefind bundle on disk: writes the new page list under a new
// content-hashed name, renames the fragment files and points pagefind-entry.json at it.
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { compactPageList } from '../lib/search/page-list.ts';
import { readEntry, readPageList, replacePageList, sha256, writeEntry } from './pagefind-bundle.ts';

const fragmentPath = (dir: string, id: string) => path.join(dir, 'fragment', `${id}.pf_fragment`);

/** Shorten the page ids of the bundle in `dir`; returns the page-list sizes, or null if left as Pagefind wrote it. */
export function compactBundleIds(dir: string): { before: number; after: number } | null {
  const entry = readEntry(dir);
  // Check every language before touching anything, so a surprise never leaves half an index.
  const plans = Object.entries(entry.languages).map(([language, info]) => {
    const { compressed, raw } = readPageList(dir, info.hash);
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
    before += plan.before;
    after += replacePageList(dir, language, info, result.meta);
  }
  writeEntry(dir, entry);
  return { before, after };
}
