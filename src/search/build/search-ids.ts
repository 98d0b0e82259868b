// Applies compactPageList to a Pagefind bundle on disk: writes the new page list under a new
// content-hashed name, renames the fragment files and points pagefind-entry.json at it.
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { compactPageList } from '../core/page-list.ts';
import { replacePageList, rewriteBundle, sha256 } from './pagefind-bundle.ts';

const fragmentPath = (dir: string, id: string) => path.join(dir, 'fragment', `${id}.pf_fragment`);

/** Shorten the page ids of the bundle in `dir`; returns the page-list sizes, or null if left as Pagefind wrote it. */
export function compactBundleIds(dir: string): { before: number; after: number } | null {
  return rewriteBundle(
    dir,
    ({ raw }) => {
      const result = compactPageList(raw, sha256(raw).slice(0, 6));
      const complete = result?.renames.every(({ from }) => existsSync(fragmentPath(dir, from)));
      return complete && result ? result : null;
    },
    (result, { language, info, compressed }) => {
      for (const { from, to } of result.renames) renameSync(fragmentPath(dir, from), fragmentPath(dir, to));
      return { before: compressed.length, after: replacePageList(dir, language, info, result.meta) };
    },
  );
}
