// Redirects for published URLs that went away (a renamed or deleted service, gerai,
// announcement or page). The editors' room records them in content/pengalihan.yaml; the
// public build turns each into an Indonesian redirect page at the old path, and the content
// check validates the file like every other content file.
import { isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import type { RawContent } from './content-types.ts';
import { categoryGroups, INDEX_PREVIEW } from './catalog.ts';
import { laterPages } from './paginate.ts';
import { announcementListUrl, announcementUrl, categoryUrl, geraiUrl, guideUrl, pageUrl, serviceUrl, tagUrl } from './urls.ts';

/** One redirect: old path → new path (both site paths ending in "/"). */
export interface Redirect {
  dari: string;
  ke: string;
}

/** A problem in the redirects file: the field (e.g. "pengalihan 2 › ke") and an Indonesian message. */
export interface RedirectProblem {
  field: string;
  message: string;
}

/** File (inside the content folder) that holds the redirects. */
export const REDIRECTS_FILE = 'pengalihan.yaml';

const SITE_PATH = /^\/(?:[a-z0-9][a-z0-9-]*\/)+$|^\/$/;
const PATH_HINT = 'tulis jalur di situs ini dengan garis miring di awal dan akhir, misalnya /layanan/nama-layanan/';

/** Parse the redirects file; invalid items become problems naming their field, in Indonesian. */
export function parseRedirects(text: string | null): { redirects: Redirect[]; problems: RedirectProblem[]; items: number[] } {
  const problems: RedirectProblem[] = [];
  const redirects: Redirect[] = [];
  // Each valid redirect's item number in the file, for messages about it.
  const items: number[] = [];
  if (!text?.trim()) return { redirects, problems, items };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const at = lines.linePos(syntax.pos[0]);
    return { redirects, items, problems: [{ field: '-', message: `kesalahan penulisan YAML di baris ${at.line} kolom ${at.col}` }] };
  }
  const root = doc.contents;
  const list = isMap(root) ? root.get('pengalihan', true) : undefined;
  if (!isSeq(list))
    return {
      redirects,
      items,
      problems: [{ field: 'pengalihan', message: 'harus berisi daftar "pengalihan" (butir dengan kolom dari dan ke)' }],
    };
  const firstItem = new Map<string, number>();
  (list.toJSON() as { dari?: unknown; ke?: unknown }[]).forEach((item, i) => {
    const field = (name: string) => `pengalihan ${i + 1} › ${name}`;
    const { dari, ke } = item ?? {};
    if (typeof dari !== 'string' || !SITE_PATH.test(dari) || dari === '/')
      problems.push({ field: field('dari'), message: `alamat lama "${dari ?? ''}" tidak valid; ${PATH_HINT}` });
    else if (typeof ke !== 'string' || !SITE_PATH.test(ke))
      problems.push({ field: field('ke'), message: `alamat tujuan "${ke ?? ''}" tidak valid; ${PATH_HINT}` });
    else if (dari === ke) problems.push({ field: field('ke'), message: `alamat lama dan tujuan sama (${dari})` });
    else if (firstItem.has(dari))
      problems.push({
        field: field('dari'),
        message: `alamat lama ${dari} sudah dialihkan di pengalihan ${firstItem.get(dari)}; hapus salah satunya`,
      });
    else {
      firstItem.set(dari, i + 1);
      redirects.push({ dari, ke });
      items.push(i + 1);
    }
  });
  return { redirects, problems, items };
}

/**
 * Problems of well-formed redirects against the site: a loop, a target that is itself
 * redirected (visitors would bounce twice), a target no page has, and an old address an
 * entry uses again (the page and the redirect would claim the same address).
 */
export function redirectProblems(
  redirects: Redirect[],
  pageExists: (path: string) => boolean,
  items = redirects.map((_, i) => i + 1),
): RedirectProblem[] {
  const problems: RedirectProblem[] = [];
  const target = new Map(redirects.map((r) => [r.dari, r.ke]));
  redirects.forEach(({ dari, ke }, i) => {
    const field = (name: string) => `pengalihan ${items[i]} › ${name}`;
    if (pageExists(dari)) {
      problems.push({ field: field('dari'), message: `alamat lama ${dari} masih dipakai halaman yang terbit; hapus pengalihan ini` });
      return;
    }
    if (target.has(ke)) {
      const hops = [dari, ke];
      let next = target.get(ke);
      while (next !== undefined && !hops.includes(next)) {
        hops.push(next);
        next = target.get(next);
      }
      if (next !== undefined) problems.push({ field: field('ke'), message: `pengalihan berputar: ${[...hops, next].join(' → ')}` });
      else
        problems.push({
          field: field('ke'),
          message: `alamat tujuan ${ke} juga dialihkan; tulis tujuan akhirnya (${hops[hops.length - 1]}) agar pengunjung tidak dialihkan dua kali`,
        });
      return;
    }
    if (!pageExists(ke)) problems.push({ field: field('ke'), message: `alamat tujuan ${ke} tidak ada di situs` });
  });
  return problems;
}

// Routes of src/pages that exist whatever the content holds.
const FIXED_PAGES = [
  '/',
  '/layanan/',
  '/gerai/',
  '/pengumuman/',
  '/panduan/',
  '/jam-layanan/',
  '/kemitraan/',
  '/lokasi/',
  '/cari/',
  '/data/',
];

/** Every page address the public build makes from a content set (entries that failed the schema included). */
export function publishedPaths(content: RawContent): Set<string> {
  const paths = new Set(FIXED_PAGES);
  const add = (url: (slug: string) => string, slugs: string[]) => {
    for (const slug of slugs) paths.add(url(slug));
  };
  const unreadable = (folder: string) =>
    [...(content.unreadable ?? [])].filter((k) => k.startsWith(`${folder}/`)).map((k) => k.slice(folder.length + 1));
  const slugs = (entries: { slug: string }[], folder: string) => [...entries.map((e) => e.slug), ...unreadable(folder)];
  add(serviceUrl, slugs(content.layanan, 'layanan'));
  add(geraiUrl, slugs(content.gerai, 'gerai'));
  add(announcementUrl, slugs(content.pengumuman, 'pengumuman'));
  add(pageUrl, slugs(content.halaman, 'halaman'));
  add(guideUrl, slugs(content.panduan, 'panduan'));
  const services = content.layanan.map((e) => e.entry);
  for (const [kategori, list] of categoryGroups(services)) if (list.length > INDEX_PREVIEW) paths.add(categoryUrl(kategori));
  for (const { entry } of content.pengumuman) for (const tag of entry.tag) paths.add(tagUrl(tag));
  for (const page of laterPages(content.pengumuman.length)) paths.add(announcementListUrl(page));
  return paths;
}

/**
 * Add redirects for paths that went away, point older redirects at the newest target (no
 * chains), and drop redirects from paths that exist again.
 */
export function updateRedirects(current: Redirect[], gone: Redirect[], existing: Set<string>): Redirect[] {
  const target = new Map(gone.map((g) => [g.dari, g.ke]));
  const next = current.map((r) => ({ dari: r.dari, ke: target.get(r.ke) ?? r.ke }));
  for (const g of gone) if (!next.some((r) => r.dari === g.dari)) next.push(g);
  return next.filter((r) => r.dari !== r.ke && !existing.has(r.dari));
}

/** The redirects file's text. */
export function formatRedirects(redirects: Redirect[]): string {
  return stringify({ pengalihan: redirects });
}
