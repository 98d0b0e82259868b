// Builds the search index after the site is written: Pagefind indexes the main content of
// every page that marks it (data-pagefind-body) into two bundles (see
// src/search/core/bundles.ts): services, gerai and editor pages at <outDir>/pagefind/ (with
// Pagefind's script, worker and WebAssembly), announcements in a sub-folder. Each bundle's
// index is then cut into smaller chunks (search-chunks.ts) and its page ids are shortened
// (search-ids.ts). A small term list for typo suggestions is written next to it. The search
// page (src/pages/cari.astro) loads all of this only when a resident searches.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { sharedBuildSite } from '../../data/index.ts';
import { BUNDLE_DIRS, declaredType, typeFilterIndexed } from '../core/bundles.ts';
import { RESULT_TYPES, type ResultType } from '../core/rank.ts';
import { buildTermList, realWordsNearTerms } from '../core/terms.ts';
import { functionWords } from './function-words.ts';
import { rechunkBundle } from './search-chunks.ts';
import { compactBundleIds } from './search-ids.ts';

/** Folder of the index inside the build, and the URL the search page imports from. */
export const PAGEFIND_DIR = 'pagefind';
export const TERMS_FILE = 'terms.json';

/**
 * Parts of shared components that say nothing a resident searches for, and would make
 * every search download them: print-only hints and buttons, the open-status widget, and on
 * gerai pages the weekly hours table and the list of upcoming closures.
 */
const EXCLUDE_SELECTORS = ['.no-print', '[data-hours]', '[data-pagefind-body] > table', 'section[aria-labelledby="libur-mendatang"]'];

/** Pagefind's bundled UIs: the search page has its own, so these are not shipped. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/** Runtime files merged bundles never load (they use the primary bundle's). */
const RUNTIME_FILES = /^(pagefind\.js|wasm\..*\.pagefind)$/;

/** Built HTML files, as paths relative to the build folder. */
function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === PAGEFIND_DIR ? [] : htmlFiles(full, base);
    return entry.name.endsWith('.html') ? [path.relative(base, full)] : [];
  });
}

/** The URL Pagefind should report for a built file: /layanan/ktp-el/ for layanan/ktp-el/index.html. */
export function urlOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  return `/${posix.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The HTML Pagefind indexes for a page of a type: the type filter is kept only where the
 * index needs it (gerai and editor pages, see typeFilterIndexed), and added to editor pages
 * that do not declare it. Only the indexed copy changes; the published page is untouched.
 *
 * Pagefind skips <label> text, so the requirement checklist (document names in labels) is
 * not indexed as it stands: on a 10,000-service site, indexing it made the index chunk a
 * resident downloads for "ktp" five times larger (nearly every service asks for a KTP-el).
 * The words that tell services apart are indexed instead as the `dokumen` meta field
 * (serviceDocumentTerms in src/search/core/page-terms.ts).
 */
export function indexableHtml(html: string, type: ResultType): string {
  const untyped = indexedPart(html).replace(/ data-pagefind-filter="tipe:[a-z]+"/, '');
  if (!typeFilterIndexed(type)) return untyped;
  return untyped.replace('data-pagefind-body', `data-pagefind-body data-pagefind-filter="tipe:${type}"`);
}

/**
 * The page reduced to its data-pagefind-body element (where every filter and meta tag of
 * ours lives) inside an <html> with the page's language. Pagefind reads nothing else, and
 * handing it a third of the HTML made indexing 10,000 services markedly faster.
 */
export function indexedPart(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<', marker);
  const tag = /^<([a-z][a-z0-9]*)/i.exec(html.slice(start))?.[1]?.toLowerCase();
  if (marker < 0 || start < 0 || !tag) return html;
  // Find the matching end tag, counting nested elements of the same name.
  const pattern = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', match.index) + 1;
      const htmlTag = /<html[^>]*>/i.exec(html)?.[0] ?? '<html>';
      return `<!doctype html>${htmlTag}<head><meta charset="utf-8"></head><body>${html.slice(start, end)}</body></html>`;
    }
  }
  return html;
}

/** Pages with main content (data-pagefind-body), by declared type; undeclared pages count as editor pages. */
async function pagesByType(outDir: string): Promise<Map<ResultType, { url: string; html: string }[]>> {
  const byType = new Map<ResultType, { url: string; html: string }[]>(RESULT_TYPES.map((t) => [t, []]));
  const files = htmlFiles(outDir);
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = await Promise.all(
      files.slice(i, i + BATCH).map(async (file) => ({ file, html: await readFile(path.join(outDir, file), 'utf8') })),
    );
    for (const { file, html } of batch) {
      if (!html.includes('data-pagefind-body')) continue;
      const type = declaredType(html) ?? 'halaman';
      byType.get(type)?.push({ url: urlOf(file), html: indexableHtml(html, type) });
    }
  }
  return byType;
}

/** Write one type's bundle; returns the number of pages in it. */
async function writeBundle(pages: { url: string; html: string }[], target: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind tidak dapat dimulai: ${errors.join('; ')}`);
  const BATCH = 64;
  for (let i = 0; i < pages.length; i += BATCH) {
    await Promise.all(
      pages.slice(i, i + BATCH).map(async ({ url, html }) => {
        const result = await index.addHTMLFile({ url, content: html });
        if (result.errors.length) throw new Error(`Pagefind gagal mengindeks ${url}: ${result.errors.join('; ')}`);
      }),
    );
  }
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length) throw new Error(`Pagefind gagal menulis indeks ${target}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return pages.length;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(full);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`;

/** Index a built site folder; returns a one-line summary. Exported for the benchmark tools. */
export async function indexSite(outDir: string, logger?: Pick<AstroIntegrationLogger, 'warn'>): Promise<string> {
  const started = performance.now();
  const target = path.join(outDir, PAGEFIND_DIR);
  rmSync(target, { recursive: true, force: true });
  const byType = await pagesByType(outDir);
  const counts: string[] = [];
  let pages = 0;
  let pageList = 0;
  let chunks = 0;
  try {
    // The primary bundle first: it is the root folder the other bundles sit in.
    const dirs = [...new Set(RESULT_TYPES.map((type) => BUNDLE_DIRS[type]))];
    for (const bundle of dirs) {
      const types = RESULT_TYPES.filter((type) => BUNDLE_DIRS[type] === bundle);
      const dir = path.join(target, bundle);
      pages += await writeBundle(
        types.flatMap((type) => byType.get(type) ?? []),
        dir,
      );
      for (const type of types) counts.push(`${byType.get(type)?.length ?? 0} ${type}`);
      // Pages are indexed as Indonesian (forceLanguage), so the language-neutral WebAssembly is never used.
      const unused = (name: string) =>
        UNUSED_FILES.includes(name) || name === 'wasm.unknown.pagefind' || (bundle !== '' && RUNTIME_FILES.test(name));
      for (const name of readdirSync(dir)) if (unused(name)) rmSync(path.join(dir, name), { force: true });
      const rechunked = rechunkBundle(dir);
      if (rechunked) chunks += rechunked.after;
      else logger?.warn(`indeks ${bundle || 'utama'} tidak dipotong ulang: format Pagefind tidak dikenali; pencarian tetap berjalan`);
      const compacted = compactBundleIds(dir);
      if (compacted) pageList += compacted.after;
      else
        logger?.warn(`id halaman indeks ${bundle || 'utama'} tidak diperpendek: format Pagefind tidak dikenali; pencarian tetap berjalan`);
    }
  } finally {
    await pagefind.close();
  }

  let termCount = 0;
  try {
    const site = await sharedBuildSite();
    const terms = buildTermList(site);
    // Indonesian common and encyclopedia words (the password checker's word lists, already a dependency).
    const { dictionary } = await import('@zxcvbn-ts/language-id');
    terms.real = realWordsNearTerms(terms.terms, [...dictionary['commonWords-id'], ...dictionary['wikipedia-id']]);
    terms.ordinary = functionWords();
    termCount = terms.terms.length;
    writeFileSync(path.join(target, TERMS_FILE), JSON.stringify(terms));
  } catch (error) {
    // Suggestions are a nicety: search still works without them.
    logger?.warn(`daftar istilah saran pencarian tidak ditulis: ${error instanceof Error ? error.message : String(error)}`);
  }

  const size = folderSize(target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `indeks pencarian: ${pages} halaman (${counts.join(', ')}), ${kb(size.bytes)} dalam ${size.files} berkas (daftar halaman ${kb(pageList)}, ${chunks} potongan indeks), ${termCount} istilah saran, ${seconds} dtk`;
}

/** Astro integration indexing the built site with Pagefind. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'mpp-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await indexSite(fileURLToPath(dir), logger));
      },
    },
  };
}
