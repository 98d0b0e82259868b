// Measures what a resident's first search costs: serves a build, opens /cari/ in Chromium
// with an empty cache, focuses the search box, types a query and waits for the results.
// Counts every byte received after the focus (Pagefind's script, WebAssembly, index
// chunks, page fragments, the term list when a suggestion is needed) and the time to
// results, once on the local network and once on a slow mobile profile.
//
// The query is typed one character at a time within one task of the page, so the search
// box sees a resident typing faster than its debounce however loaded the machine is: the
// figures do not depend on when the machine happens to stall. `--per-kata` adds, on the
// local profile, a resident who stops after every word until its results show (each
// word's search runs in full): the most that searching while typing can add.
//
//   npm run bench:search -- [build folder] [--query "ktp" ...] [--per-kata]   (default: RESIDENT_QUERIES)
//   node src/cli/bench-search.ts .cache/dist-10k --query "perpanjang sim"
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { SEARCH_ROOT } from '../search/core/bundles.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveStatic } from '../server/static.ts';

/**
 * What residents type first, as the benchmark measures it by default: names, questions with
 * everyday words, documents, split and variant spellings, and words no page has.
 */
export const RESIDENT_QUERIES: readonly string[] = [
  'ktp',
  'perpanjang sim',
  'izin usaha',
  'izin usaha mikro',
  'pasport',
  'syarat bikin ktp',
  'berapa biaya perpanjang sim',
  'cara ngurus akta kelahiran',
  'surat keterangan pindah',
  'skpwni',
  'sppt',
  'stnk',
  'buku nikah',
  'ijazah',
  'legalisir ijazah',
  'ketenaga kerjaan',
  'sertipikat tanah',
  'surabaya',
  'xylofon',
];

/** A slow mobile connection, as many residents have: 1.6 Mbit/s down, 150 ms round trip. */
export const SLOW_MOBILE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

export interface FileCost {
  path: string;
  /** Bytes received (headers and body) as the server sent them (gzipped where src/server/static.ts compresses, as nginx would). */
  wire: number;
  /** The same if the host gzips text (JS, JSON, HTML); Pagefind's index files are compressed already. */
  gzip: number;
}

export interface SearchCost {
  query: string;
  profile: 'lokal' | 'seluler lambat' | 'lokal, per kata';
  /** Bytes of /cari/ itself before the box is touched (HTML, CSS, scripts). */
  pageBytes: number;
  files: FileCost[];
  wire: number;
  gzip: number;
  /** From focusing the box to results on screen (includes loading Pagefind). */
  msFromFocus: number;
  /** From the last keystroke to results on screen (includes the debounce). */
  msFromTyping: number;
  results: number;
}

const COMPRESSIBLE = /\.(js|json|css|html|svg|txt|xml)$|\/$/;

const BOX = '#cari-halaman';

/** Type `text` at the end of the search box, one input event per character, all in one task of the page. */
async function typeBurst(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ([selector, chars]) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`${selector} tidak ada`);
      for (const data of chars) {
        input.value += data;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data }));
      }
    },
    [BOX, text] as const,
  );
}

const resultsOf = (query: string) => `[data-search-results][data-state="done"][data-query="${query}"]`;

async function measure(browser: Browser, url: string, query: string, slow: boolean, perWord = false): Promise<SearchCost> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_MOBILE);
  }
  let focused = false;
  let pageBytes = 0;
  const files: Promise<FileCost>[] = [];
  page.on('requestfinished', (request) => {
    const after = focused;
    const cost = (async () => {
      const sizes = await request.sizes();
      const wire = sizes.responseBodySize + sizes.responseHeadersSize;
      const pathname = new URL(request.url()).pathname;
      let body = sizes.responseBodySize;
      if (COMPRESSIBLE.test(pathname)) {
        const raw = await (await request.response())?.body().catch(() => null);
        if (raw) body = gzipSync(raw, { level: 6 }).length;
      }
      return { path: pathname, wire, gzip: body + sizes.responseHeadersSize };
    })();
    // Only the search's own files: the browser also fetches the favicon lazily around then.
    if (after && new URL(request.url()).pathname.startsWith(SEARCH_ROOT)) files.push(cost);
    // A request of the page itself may finish as the context closes: it counts for nothing then.
    else void cost.then((c) => (pageBytes += c.wire)).catch(() => undefined);
  });
  await page.goto(`${url}/cari/`);
  await page.waitForLoadState('networkidle');
  focused = true;
  const start = performance.now();
  await page.focus(BOX);
  const words = query.split(' ');
  if (perWord) {
    // Each word's results on screen before the next word is typed.
    for (const [i, word] of words.slice(0, -1).entries()) {
      await typeBurst(page, i === 0 ? word : ` ${word}`);
      await page.waitForSelector(resultsOf(words.slice(0, i + 1).join(' ')), { state: 'attached', timeout: 120_000 });
    }
    await typeBurst(page, words.length > 1 ? ` ${words.at(-1)}` : query);
  } else await typeBurst(page, query);
  const typed = performance.now();
  await page.waitForSelector(resultsOf(query), { state: 'attached', timeout: 120_000 });
  const done = performance.now();
  await page.waitForLoadState('networkidle');
  const results = await page.locator('.search-result').count();
  // Sizes are read from the open context: every search file is counted before it closes.
  const list = await Promise.all(files);
  await context.close();
  return {
    query,
    profile: perWord ? 'lokal, per kata' : slow ? 'seluler lambat' : 'lokal',
    pageBytes,
    files: list,
    wire: list.reduce((n, f) => n + f.wire, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
    msFromFocus: Math.round(done - start),
    msFromTyping: Math.round(done - typed),
    results,
  };
}

/** Run the benchmark on a built folder; returns one row per query and profile. */
export async function benchSearch(dist: string, queries: string[], options: { perWord?: boolean } = {}): Promise<SearchCost[]> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} belum dibangun: jalankan npm run build dulu`);
  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const rows: SearchCost[] = [];
    for (const slow of [false, true]) for (const query of queries) rows.push(await measure(browser, url, query, slow));
    if (options.perWord)
      for (const query of queries.filter((q) => q.includes(' '))) rows.push(await measure(browser, url, query, false, true));
    return rows;
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function kind(file: string): string {
  if (file.endsWith('/pagefind.js')) return 'pagefind.js';
  if (file.endsWith('.pagefind')) return 'wasm';
  if (file.endsWith('.pf_meta')) return 'meta';
  if (file.endsWith('.pf_index')) return 'indeks';
  if (file.endsWith('.pf_filter')) return 'filter';
  if (file.endsWith('.pf_fragment')) return 'fragmen';
  if (file.endsWith('terms.json')) return 'istilah';
  if (file.endsWith('pagefind-entry.json')) return 'entry';
  return 'lain';
}

export function formatTable(dist: string, rows: SearchCost[]): string {
  const kinds = ['indeks', 'fragmen', 'filter', 'meta'];
  const header = [
    'kueri',
    'profil',
    'permintaan',
    'byte (tanpa kompresi)',
    'byte (teks di-gzip)',
    ...kinds.map((k) => `${k} (gzip)`),
    'fokus→hasil',
    'ketik→hasil',
    'hasil',
  ];
  const body = rows.map((r) => [
    r.query,
    r.profile,
    String(r.files.length),
    kb(r.wire),
    kb(r.gzip),
    ...kinds.map((k) => {
      const of = r.files.filter((f) => kind(f.path) === k);
      return `${of.length}: ${kb(of.reduce((n, f) => n + f.gzip, 0))}`;
    }),
    `${r.msFromFocus} ms`,
    `${r.msFromTyping} ms`,
    String(r.results),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  const first = rows[0];
  const byKind = new Map<string, { n: number; wire: number; gzip: number }>();
  for (const f of first?.files ?? []) {
    const k = kind(f.path);
    const entry = byKind.get(k) ?? { n: 0, wire: 0, gzip: 0 };
    byKind.set(k, { n: entry.n + 1, wire: entry.wire + f.wire, gzip: entry.gzip + f.gzip });
  }
  return [
    `Pencarian pertama di ${dist} (cache kosong; byte dihitung sejak kotak pencarian difokuskan)`,
    `Halaman /cari/ sebelum fokus: ${kb(first?.pageBytes ?? 0)}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
    '',
    `Rincian kueri "${first?.query}" (${first?.profile}):`,
    ...[...byKind.entries()].map(
      ([k, v]) => `  ${k.padEnd(12)} ${String(v.n).padStart(3)} berkas  ${kb(v.wire).padStart(10)}  ${kb(v.gzip).padStart(10)} gzip`,
    ),
    '',
    `Byte termasuk header respons. Profil seluler lambat: ${(SLOW_MOBILE.downloadThroughput * 8) / 1e6} Mbit/s turun, ${SLOW_MOBILE.latency} ms latensi (emulasi Chromium).`,
  ].join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { query: { type: 'string', multiple: true }, 'per-kata': { type: 'boolean', default: false } },
  });
  const dist = path.resolve(positionals[0] ?? 'dist');
  if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) {
    console.error(`${dist} belum berisi indeks pencarian (pagefind/pagefind.js). Bangun situs dulu.`);
    process.exit(2);
  }
  const queries = values.query?.length ? values.query : [...RESIDENT_QUERIES];
  const rows = await benchSearch(dist, queries, { perWord: values['per-kata'] });
  console.log(formatTable(path.relative(process.cwd(), dist) || dist, rows));
}
