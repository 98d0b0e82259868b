// `npm run lighthouse`: Lighthouse (mobile settings) on the pages residents use most,
// against a production build served locally. Prints scores and the key metrics; it
// measures, it does not pass or fail. Map tiles come from a local stub so the run needs
// no network.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { loadSite } from '../data/index.ts';
import { announcementUrl, guideUrl, serviceUrl } from '../lib/urls.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { serveStatic } from '../server/static.ts';

const OUT = path.resolve('.cache/dist-lighthouse');
// A plain 256x256 tile stands in for every map tile (full size, so Lighthouse does not
// flag it as a low-resolution image).
const TILE = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e8eef2"/></svg>',
)
  .render()
  .asPng();

// A fixed port: the build bakes the tile URL into its pages, and --no-build reuses that build.
const TILE_PORT = 47815;
const tiles = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=86400' }).end(TILE));
await new Promise<void>((resolve, reject) => {
  tiles.once('error', (error) => reject(new Error(`port ubin peta ${TILE_PORT} sedang dipakai: ${error.message}`)));
  tiles.listen(TILE_PORT, '127.0.0.1', resolve);
});
const tileUrl = `http://127.0.0.1:${TILE_PORT}/{z}/{x}/{y}.png`;

if (!process.argv.includes('--no-build')) {
  console.log('Membangun situs untuk Lighthouse...');
  const build = spawnSync('npx', ['astro', 'build', '--outDir', OUT], { stdio: 'inherit', env: { ...process.env, MPP_TILE_URL: tileUrl } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await loadSite();
const { server, url } = await serveStatic(OUT);
const service = site.services.find((s) => s.populer) ?? site.services[0];
const pages: [string, string][] = [
  ['Beranda', '/'],
  ['Layanan', serviceUrl(service?.slug ?? '')],
  ['Pencarian', '/cari/?q=ktp'],
  ['Lokasi (peta)', '/lokasi/'],
  ['Pengumuman', announcementUrl(site.announcements[0]?.slug ?? '')],
  ...(site.guides[0] ? ([['Panduan', guideUrl(site.guides[0].slug)]] as [string, string][]) : []),
];

// `--page Pencarian --page Beranda` runs only those rows; `--json DIR` keeps each full report,
// with the page's trace beside it (`<page>.trace.json`, opens in Chrome DevTools' Performance panel).
const only = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--page' ? [arg] : []));
const jsonDir = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;

/**
 * One Lighthouse run in a browser of its own: every page is measured as a first visit, and
 * the service worker or caches one page leaves behind cannot reach the next. (Sharing one
 * browser, the map page after the search page lost its trace, NO_NAVSTART, in half the runs.)
 */
async function measure(pagePath: string) {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(url + pagePath, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result?.lhr) throw new Error(`Lighthouse tidak menghasilkan laporan untuk ${pagePath}`);
    return result;
  } finally {
    chrome.kill();
  }
}

const rows: string[][] = [];
try {
  for (const [name, pagePath] of pages.filter(([name]) => only.length === 0 || only.includes(name))) {
    const result = await measure(pagePath);
    const lhr = result.lhr;
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      const file = path.join(jsonDir, name.replace(/\W+/g, '-').toLowerCase());
      writeFileSync(`${file}.json`, JSON.stringify(lhr));
      writeFileSync(`${file}.trace.json`, JSON.stringify(result.artifacts.Trace));
    }
    // A failed run scores nothing; say why instead of printing a misleading 0.
    if (lhr.runtimeError) console.log(`  ${name}: Lighthouse gagal (${lhr.runtimeError.code}): ${lhr.runtimeError.message}`);
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      return typeof value === 'number' ? String(Math.round(value * 100)) : '–';
    };
    if (process.argv.includes('--details')) {
      for (const category of Object.values(lhr.categories)) {
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            const items = (audit.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
            const urls = items.flatMap((i) => (i.url ? [i.url] : [])).slice(0, 3);
            console.log(`  ${name} › ${category.title} › ${audit.title}: ${audit.displayValue ?? audit.score} ${urls.join(' ')}`);
          }
        }
      }
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? 0;
    rows.push([
      name,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      `${(metric('largest-contentful-paint') / 1000).toFixed(2)} s`,
      `${Math.round(metric('total-blocking-time'))} ms`,
      metric('cumulative-layout-shift').toFixed(3),
      `${(metric('total-byte-weight') / 1024).toFixed(1)} KB`,
    ]);
  }
} finally {
  server.close();
  tiles.close();
}

const header = ['Halaman', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'Bytes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(`\nLighthouse (seluler, throttling simulasi) pada ${url}`);
console.log(line(header));
for (const row of rows) console.log(line(row));
