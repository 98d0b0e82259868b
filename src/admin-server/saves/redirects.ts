// When a save renames or deletes an entry with a public page, the old address keeps
// working: a redirect is recorded in content/pengalihan.yaml in the same commit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatRedirects, parseRedirects, REDIRECTS_FILE, type Redirect, updateRedirects } from '../../lib/redirects.ts';
import { announcementUrl, geraiUrl, pageUrl, serviceUrl } from '../../lib/urls.ts';
import type { EntryRef } from '../schema.ts';
import { t } from '../strings/index.ts';

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

// Whether a redirect is one the content check accepts: the library's own parser is the
// one rule, so the room never writes a line that would block publishing.
function valid(redirect: Redirect): boolean {
  return parseRedirects(formatRedirects([redirect])).problems.length === 0;
}

/** What recording redirects did: whether the file changed, and notes for the commit message. */
export interface RedirectOutcome {
  changed: boolean;
  notes: string[];
}

/**
 * Record redirects for `moved` entries (to their new slug, or the collection's list when
 * deleted) and forget redirects from paths that `created` entries take again. A slug that
 * is no valid address gets no redirect (noted instead); invalid lines already in the file
 * are dropped (noted); a file that is not readable YAML is left alone for the check to name.
 */
export function recordRedirects(repoDir: string, moved: { ref: EntryRef; to: string | null }[], created: EntryRef[]): RedirectOutcome {
  const gone: Redirect[] = [];
  const notes: string[] = [];
  for (const { ref, to } of moved) {
    const from = publicPath(ref);
    const kind = PUBLIC[ref.key];
    if (!from || !kind) continue;
    const redirect = { dari: from, ke: to ? kind.url(to) : kind.list };
    if (valid(redirect)) gone.push(redirect);
    else if (valid({ dari: from, ke: kind.list })) gone.push({ dari: from, ke: kind.list });
    else notes.push(t.redirectSkip.invalidSlug(ref.slug ?? ''));
  }
  const existing = new Set(created.map(publicPath).filter((p): p is string => p !== null));
  if (gone.length === 0 && existing.size === 0) return { changed: false, notes };
  const file = path.join(repoDir, 'content', REDIRECTS_FILE);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const parsed = parseRedirects(before);
  if (parsed.problems.some((p) => !p.field.startsWith('pengalihan '))) return { changed: false, notes };
  const dropped = parsed.problems.length;
  const next = updateRedirects(parsed.redirects, gone, existing);
  const text = next.length ? formatRedirects(next) : null;
  if (text === before || (text === null && before === null)) return { changed: false, notes };
  writeFileSync(file, text ?? formatRedirects([]));
  return { changed: true, notes: dropped ? [...notes, t.redirectSkip.repaired(dropped)] : notes };
}

/**
 * Drop the redirect items the content check refuses (content/pengalihan.yaml has no form
 * in the CMS, so this is how editors repair it). Returns how many were dropped; a file
 * that is not readable YAML is not touched (0).
 */
export function repairRedirects(repoDir: string): number {
  const file = path.join(repoDir, 'content', REDIRECTS_FILE);
  if (!existsSync(file)) return 0;
  const parsed = parseRedirects(readFileSync(file, 'utf8'));
  if (parsed.problems.some((p) => !p.field.startsWith('pengalihan '))) return 0;
  if (parsed.problems.length === 0) return 0;
  writeFileSync(file, formatRedirects(parsed.redirects));
  return parsed.problems.length;
}
