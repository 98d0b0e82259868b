// Technical settings in Profil MPP (site address, coordinates, map tiles, queue API) decide
// where the site links, what it loads and where it points residents: a wrong value breaks
// the map or the queue panel for everyone. Only admins change them; other roles' saves that
// do are refused, naming the fields in the CMS's labels and whom to ask.
import { type Account, hasRole } from './accounts/accounts.ts';
import { splitEntry } from './history/history.ts';
import type { Update } from './saves/references.ts';
import { entryForFile, labelPath } from './schema.ts';
import { t } from './strings/index.ts';

/** Field paths of the profile that only admins change. */
export const TECHNICAL_FIELDS = ['alamatSitus', 'koordinat.lintang', 'koordinat.bujur', 'peta.tileUrl', 'antrian.apiUrl'];

function valueAt(data: unknown, dotted: string): unknown {
  let here = data;
  for (const key of dotted.split('.')) here = here && typeof here === 'object' ? (here as Record<string, unknown>)[key] : undefined;
  return here ?? null;
}

/**
 * The refusal for a save by `account` that changes a technical setting (null: allowed).
 * `read` gives a file's current contents; `admins` names the people who may change them.
 */
export function technicalRefusal(account: Account, update: Update, read: (file: string) => string | null, admins: string[]): string | null {
  if (hasRole(account.role, 'admin')) return null;
  const changed = new Set<string>();
  const touched = [
    ...update.additions.map((a) => ({ path: a.path, next: a.contents.toString('utf8') })),
    ...update.deletions.map((d) => ({ path: d.path, next: null })),
  ];
  for (const { path, next } of touched) {
    if (entryForFile(path)?.key !== 'profil') continue;
    const before = splitEntry(read(path) ?? '').data;
    const after = next === null ? {} : splitEntry(next).data;
    for (const field of TECHNICAL_FIELDS) {
      if (JSON.stringify(valueAt(before, field)) !== JSON.stringify(valueAt(after, field)))
        changed.add(labelPath('profil', field).join(' › '));
    }
  }
  return changed.size ? t.technical.refused([...changed], admins) : null;
}
