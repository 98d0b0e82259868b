// `npm run bench -- --services 10000`: how the build grows with content. Generates a
// synthetic content set, builds it cold (share images, search index and all), changes one
// service and rebuilds with a warm share-image cache, then prints a table and writes JSON:
// build times, pages per second, peak memory, output size, HTML gzip per page, search
// index size, first-search bytes and time per share image. Several sizes: --services
// 1000,10000,30000. Everything stays in a temporary folder.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEFAULTS, generateContent, writeContent } from '../bench/generate-content.ts';
import { benchSearch } from './bench-search.ts';

interface BuildRun {
  seconds: number;
  peakMb: number;
  log: string;
}

/** Run a build, sampling the resident memory of its whole process tree. */
function timedBuild(contentDir: string, outDir: string, ogCache: string): Promise<BuildRun> {
  const started = performance.now();
  const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, MPP_CONTENT_DIR: contentDir, MPP_OG_CACHE_DIR: ogCache, MPP_TODAY: DEFAULTS.today },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr.on('data', (c: Buffer) => (log += c.toString()));
  let peakKb = 0;
  const sample = setInterval(() => {
    peakKb = Math.max(peakKb, treeRssKb(child.pid ?? 0));
  }, 250);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`build gagal (kode ${code}):\n${log.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, log });
    });
  });
}

/** Resident memory (KB) of a process and all its descendants. */
function treeRssKb(root: number): number {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const children = new Map<number, number[]>();
    for (const [pid, ppid] of rows) children.set(ppid ?? 0, [...(children.get(ppid ?? 0) ?? []), pid ?? 0]);
    const rss = new Map(rows.map(([pid, , kb]) => [pid ?? 0, kb ?? 0]));
    let total = 0;
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop() ?? 0;
      total += rss.get(pid) ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    return total;
  } catch {
    return 0;
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
const sizeOf = (dir: string) => files(dir).reduce((n, f) => n + statSync(f).size, 0);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const msPerImage = (log: string) => Number(/(\d+(?:[.,]\d+)?) ms\/gambar/.exec(log)?.[1]?.replace(',', '.') ?? Number.NaN);

async function benchSize(services: number, keep: boolean) {
  const work = mkdtempSync(path.join(tmpdir(), `mpp-bench-${services}-`));
  const scale = services / DEFAULTS.services;
  const options = {
    ...DEFAULTS,
    services,
    announcements: Math.max(20, Math.round(DEFAULTS.announcements * scale)),
    agreements: Math.max(10, Math.round(DEFAULTS.agreements * scale)),
  };
  console.log(`\n# ${services} layanan: membuat konten di ${work}`);
  const contentDir = writeContent(work, generateContent(options));
  const outDir = path.join(work, 'dist');
  const ogCache = path.join(work, 'og-cache');

  console.log('  build dingin...');
  const cold = await timedBuild(contentDir, outDir, ogCache);
  const html = files(outDir).filter((f) => f.endsWith('.html'));
  const htmlGzip = html.map((f) => gzipSync(readFileSync(f)).length).sort((a, b) => a - b);

  // One editor change: a service's summary, as a DPMPTSP editor would make it.
  const serviceDir = path.join(contentDir, 'layanan');
  const first = readdirSync(serviceDir).sort()[0] ?? '';
  const file = path.join(serviceDir, first);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^ringkasan: (.*)$/m, 'ringkasan: $1 (diperbarui)'));
  console.log('  build ulang setelah satu perubahan (cache gambar hangat)...');
  const warm = await timedBuild(contentDir, outDir, ogCache);

  console.log('  pencarian pertama di Chromium...');
  const [search] = await benchSearch(outDir, ['perpanjang sim']);
  const result = {
    services,
    pages: html.length,
    coldSeconds: cold.seconds,
    pagesPerSecond: html.length / cold.seconds,
    msPerPage: (cold.seconds * 1000) / html.length,
    warmSeconds: warm.seconds,
    warmShare: warm.seconds / cold.seconds,
    peakMemoryMb: Math.max(cold.peakMb, warm.peakMb),
    outputMb: sizeOf(outDir) / 1024 / 1024,
    htmlGzipKb: { p50: percentile(htmlGzip, 50) / 1024, p95: percentile(htmlGzip, 95) / 1024, max: (htmlGzip.at(-1) ?? 0) / 1024 },
    pagefindMb: sizeOf(path.join(outDir, 'pagefind')) / 1024 / 1024,
    firstSearchKb: (search?.gzip ?? Number.NaN) / 1024,
    msPerShareImage: msPerImage(cold.log),
  };
  if (!keep) rmSync(work, { recursive: true, force: true });
  return result;
}

const { values } = parseArgs({ options: { services: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const sizes = String(values.services)
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const results: Awaited<ReturnType<typeof benchSize>>[] = [];
let failed = false;
for (const size of sizes) {
  // A size that fails (e.g. runs out of memory) still leaves the figures of the others.
  try {
    results.push(await benchSize(size, values.keep ?? false));
  } catch (error) {
    failed = true;
    console.error(`\n${size} layanan gagal: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const rows: [string, (r: (typeof results)[number]) => string][] = [
  ['Halaman', (r) => String(r.pages)],
  ['Build dingin (s)', (r) => f(r.coldSeconds)],
  ['Halaman per detik', (r) => f(r.pagesPerSecond)],
  ['ms per halaman', (r) => f(r.msPerPage, 2)],
  ['Build ulang, 1 perubahan (s)', (r) => f(r.warmSeconds)],
  ['Build ulang / dingin', (r) => `${f(r.warmShare * 100, 0)} %`],
  ['Memori puncak (MB)', (r) => f(r.peakMemoryMb, 0)],
  ['Ukuran keluaran (MB)', (r) => f(r.outputMb)],
  ['HTML gzip p50 / p95 / maks (KB)', (r) => `${f(r.htmlGzipKb.p50)} / ${f(r.htmlGzipKb.p95)} / ${f(r.htmlGzipKb.max)}`],
  ['Indeks Pagefind (MB)', (r) => f(r.pagefindMb)],
  ['Pencarian pertama, gzip (KB)', (r) => f(r.firstSearchKb)],
  ['ms per gambar berbagi', (r) => f(r.msPerShareImage, 0)],
];
// Columns are separated by two spaces at least, however long a cell gets.
const cell = (text: string) => `  ${text.padStart(20)}`;
console.log(`\n${'Ukuran'.padEnd(34)}${results.map((r) => cell(`${r.services} layanan`)).join('')}`);
for (const [label, value] of rows) console.log(`${label.padEnd(34)}${results.map((r) => cell(value(r))).join('')}`);
const first = results[0];
const last = results.at(-1);
if (first && last && results.length > 1) {
  console.log(`\nWaktu per halaman pada ${last.services} dibanding ${first.services}: ${f(last.msPerPage / first.msPerPage, 2)}×`);
}
mkdirSync('.cache/bench', { recursive: true });
const out = `.cache/bench/bench-${sizes.join('-')}.json`;
writeFileSync(out, JSON.stringify({ machine: { cpus: (await import('node:os')).cpus().length }, results }, null, 2));
console.log(`JSON: ${out}`);
if (failed) process.exitCode = 1;
