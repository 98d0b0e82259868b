// When a save renames or deletes an entry with a public page, the old address keeps
// working: a redirect is recorded in content/pengalihan.yaml in the same commit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatRedirects, parseRedirects, REDIRECTS_FILE, type Redirect, updateRedirects } from '../lib/redirects.ts';
import { announcementUrl, geraiUrl, pageUrl, serviceUrl } from '../lib/urls.ts';
import type { EntryRef } from './schema.ts';

// Collections with a public page, and where a deleted entry's visitors are sent instead.
const PUBLIC: Record<string, { url: (slug: string) => string; list: string }> = {
  layanan: { url: serviceUrl, list: '/layanan/' },
  gerai: { url: geraiUrl, list: '/gerai/' },
  pengumuman: { url: announcementUrl, list: '/pengumuman/' },
  halaman: { url: pageUrl, list: '/' },
};

/** The public path of a collection entry, or null when it has none. */
export function publicPath(ref: EntryRef): string | null {
  const kind = PUBLIC[ref.key];
  return kind && ref.slug ? kind.url(ref.slug) : null;
}

/**
 * Record redirects for `moved` entries (to their new slug, or the collection's list when
 * deleted) and forget redirects from paths that `created` entries take again. Returns
 * whether the redirects file changed.
 */
export function recordRedirects(repoDir: string, moved: { ref: EntryRef; to: string | null }[], created: EntryRef[]): boolean {
  const gone: Redirect[] = [];
  for (const { ref, to } of moved) {
    const from = publicPath(ref);
    const kind = PUBLIC[ref.key];
    if (from && kind) gone.push({ dari: from, ke: to ? kind.url(to) : kind.list });
  }
  const existing = new Set(created.map(publicPath).filter((p): p is string => p !== null));
  if (gone.length === 0 && existing.size === 0) return false;
  const file = path.join(repoDir, 'content', REDIRECTS_FILE);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const next = updateRedirects(parseRedirects(before).redirects, gone, existing);
  const text = next.length ? formatRedirects(next) : null;
  if (text === before || (text === null && before === null)) return false;
  writeFileSync(file, text ?? formatRedirects([]));
  return true;
}
