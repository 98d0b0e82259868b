// `npm run budget`: per page template, the HTML size (gzip) and the JavaScript a
// visitor downloads on load (scripts, island components and renderers, with their static
// imports; gzip). Targets: service pages ≤ 14 KB of HTML, no JS beyond the tiny scripts on
// pages without islands. Prints figures; it does not fail.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSite } from '../data/index.ts';
import { announcementUrl, geraiUrl, serviceUrl } from '../lib/urls.ts';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** JS files reachable on load from a page: its scripts and islands, plus static imports. */
function pageScripts(html: string): { files: Set<string>; inline: number } {
  const files = new Set<string>();
  const queue: string[] = [];
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) queue.push(src ?? '');
  for (const [, url] of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) queue.push(url ?? '');
  let inline = 0;
  for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
    inline += gz(body ?? '');
    for (const [, imported] of (body ?? '').matchAll(/(?:import\s*(?:[^'"]*from\s*)?|import\()["']([^"']+\.js)["']/g))
      queue.push(imported ?? '');
  }
  while (queue.length) {
    const url = queue.pop() ?? '';
    if (!url.startsWith('/') || files.has(url)) continue;
    const file = path.join(DIST, url);
    if (!existsSync(file)) continue;
    files.add(url);
    const code = readFileSync(file, 'utf8');
    // Static imports only: dynamic import() chunks load later, on demand.
    for (const [, rel] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), rel ?? ''));
    }
  }
  return { files, inline };
}

const site = await loadSite();
const templates: [string, string][] = [
  ['Beranda', '/'],
  ['Layanan (indeks)', '/layanan/'],
  ['Gerai (detail)', geraiUrl(site.gerai[0]?.slug ?? '')],
  ['Jam layanan', '/jam-layanan/'],
  ['Lokasi', '/lokasi/'],
  ['Kemitraan', '/kemitraan/'],
  ['Pengumuman (daftar)', '/pengumuman/'],
  ['Pengumuman (detail)', announcementUrl(site.announcements[0]?.slug ?? '')],
  ['Cari', '/cari/'],
  ['404', '/404.html'],
];
const servicePages = site.services.map((s) => serviceUrl(s.slug));

function measure(urlPath: string) {
  const file = path.join(DIST, urlPath.endsWith('.html') ? urlPath : `${urlPath}index.html`);
  const html = readFileSync(file);
  const { files, inline } = pageScripts(html.toString('utf8'));
  const js = [...files].reduce((sum, f) => sum + gz(readFileSync(path.join(DIST, f))), 0) + inline;
  return { html: gz(html), js, scripts: files.size };
}

const rows = templates.map(([name, urlPath]) => ({ name, ...measure(urlPath) }));
const services = servicePages.map(measure).sort((a, b) => a.html - b.html);
const pct = (p: number) => services[Math.min(services.length - 1, Math.floor((p / 100) * services.length))];
const serviceRow = (label: string, m: ReturnType<typeof measure> | undefined) => m && rows.push({ name: label, ...m });
serviceRow('Layanan (detail) p50', pct(50));
serviceRow('Layanan (detail) p95', pct(95));
serviceRow('Layanan (detail) maks', services[services.length - 1]);

console.log(`Anggaran ukuran halaman (${DIST})`);
console.log(`${'Template'.padEnd(24)}${'HTML gzip'.padStart(11)}${'JS gzip'.padStart(11)}${'berkas JS'.padStart(11)}`);
for (const r of rows)
  console.log(`${r.name.padEnd(24)}${kb(r.html).padStart(11)}${kb(r.js).padStart(11)}${String(r.scripts).padStart(11)}`);
const over = services.filter((s) => s.html > 14 * 1024).length;
console.log(`\nHalaman layanan di atas 14 KB HTML gzip: ${over} dari ${services.length}.`);
