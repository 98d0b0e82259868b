// Renders share images through a content-addressed cache: each card's PNG is stored as
// <cacheDir>/<hash>.png, so a rebuild only draws cards whose text, layout or fonts
// changed. Large batches go to a pool of worker threads (Satori and resvg are CPU-bound);
// a handful is drawn in-process, which is cheaper than starting workers.
// Build-time Node code: used by the Astro integration and by tests.
import {
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from '../../lib/share-image/card.ts';
import { LAYOUT_VERSION } from '../../lib/share-image/card.ts';
import { cardHash, digest } from '../../lib/share-image/hash.ts';
import type { ShareImageJob } from '../../lib/share-image/jobs.ts';
import { type FontFile, fontFiles } from './png.ts';
import type { WorkerReply, WorkerTask } from './worker.ts';

/** Options for {@link renderShareImages}. */
export interface RenderOptions {
  /** Folder of cached PNGs, e.g. .cache/og */
  cacheDir: string;
  /** Build output folder; each job's PNG is copied to <outDir>/<job.path>. Omit to fill the cache only. */
  outDir?: string;
  /** Worker threads for large batches; 0 draws everything in-process. Default: one per core. */
  workers?: number;
  /** Project root, to find the font package. Default: the working directory. */
  root?: string;
}

/** What a run did, for the build summary. */
export interface RenderReport {
  /** Output path (job.path) → cached PNG, for {@link copyShareImages}. */
  files: Map<string, string>;
  total: number;
  rendered: number;
  reused: number;
  /** Wall-clock time spent drawing, divided by the images drawn (0 when none). */
  msPerImage: number;
  /** Wall-clock time of the whole run, including cache checks and copies. */
  totalMs: number;
}

// Below this many images, starting workers (each loads Satori and the fonts) costs more than it saves.
const IN_PROCESS_LIMIT = 6;
// Cached images unused for this long are deleted, so the cache does not grow forever.
const MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

// The modules that decide the pixels; their source is part of the key, so editing the
// layout redraws every card even if nobody remembers to bump LAYOUT_VERSION.
const LAYOUT_SOURCES = ['../../lib/share-image/card.ts', '../../lib/share-image/text.ts', './png.ts'];

/** Salt mixed into every cache key: layout version and source, font bytes and renderer versions. */
export function rendererSalt(fonts: FontFile[], root = process.cwd()): string {
  const require = createRequire(path.join(root, 'package.json'));
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  const fontDigests = fonts.map((f) => `${f.weight}:${digest(readFileSync(f.file))}`);
  const sources = LAYOUT_SOURCES.map((file) => {
    const url = new URL(file, import.meta.url);
    return url.protocol === 'file:' && existsSync(url) ? digest(readFileSync(url)) : 'bundled';
  });
  return [
    `layout:${LAYOUT_VERSION}:${sources.join(':')}`,
    `satori:${version('satori')}`,
    // The installed bundle itself: src/cli/patch-satori.ts changes how marks are placed.
    `satori-bundle:${digest(readFileSync(require.resolve('satori')))}`,
    `resvg:${version('@resvg/resvg-js')}`,
    `twemoji:${version('@twemoji/svg')}`,
    ...fontDigests,
  ].join('\n');
}

interface Pending {
  card: ShareCard;
  file: string;
}

/** Render (or reuse from cache) every job's PNG, then copy them into outDir when given. */
export async function renderShareImages(jobs: readonly ShareImageJob[], options: RenderOptions): Promise<RenderReport> {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const fonts = fontFiles(root);
  const salt = rendererSalt(fonts, root);
  mkdirSync(options.cacheDir, { recursive: true });

  const files = new Map<string, string>();
  const pending = new Map<string, Pending>();
  for (const job of jobs) {
    const file = path.join(options.cacheDir, `${cardHash(job.card, salt)}.png`);
    files.set(job.path, file);
    if (!pending.has(file) && !existsSync(file)) pending.set(file, { card: job.card, file });
  }

  const drawStart = performance.now();
  const todo = [...pending.values()];
  const workers = options.workers ?? availableParallelism();
  if (todo.length > 0) {
    if (workers === 0 || todo.length <= IN_PROCESS_LIMIT) await drawInProcess(todo, fonts);
    else await drawInPool(todo, fonts, Math.min(workers, Math.ceil(todo.length / IN_PROCESS_LIMIT)));
  }
  const drawMs = performance.now() - drawStart;

  const used = new Set(files.values());
  const now = new Date();
  for (const file of used) if (!pending.has(file)) utimesSync(file, now, now);
  pruneCache(options.cacheDir, used, now.getTime());

  if (options.outDir) await copyShareImages(files, options.outDir);
  const rendered = todo.length;
  return {
    files,
    total: jobs.length,
    rendered,
    reused: jobs.length - rendered,
    msPerImage: rendered ? Math.round(drawMs / rendered) : 0,
    totalMs: Math.round(performance.now() - started),
  };
}

async function drawInProcess(todo: Pending[], fontList: FontFile[]): Promise<void> {
  const { loadFonts, renderPng } = await import('./png.ts');
  const fonts = loadFonts(fontList);
  for (const item of todo) {
    const png = await renderPng(item.card, fonts);
    const temp = `${item.file}.${process.pid}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, item.file);
  }
}

function drawInPool(todo: Pending[], fonts: FontFile[], size: number): Promise<void> {
  const script = new URL('./worker.ts', import.meta.url);
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const pool: Worker[] = [];
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      if (error || done === todo.length) {
        for (const worker of pool) void worker.terminate();
        if (error) reject(error);
        else resolve();
      }
    };
    const feed = (worker: Worker) => {
      if (next >= todo.length) return;
      const id = next++;
      const item = todo[id] as Pending;
      worker.postMessage({ id, card: item.card, file: item.file } satisfies WorkerTask);
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { fonts } });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) return finish(new Error(`Gambar berbagi gagal dibuat: ${reply.error}`));
        done++;
        feed(worker);
        finish();
      });
      worker.on('error', (error) => finish(error));
      feed(worker);
    }
  });
}

function pruneCache(dir: string, used: Set<string>, now: number): void {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (used.has(file)) continue;
    try {
      if (now - statSync(file).mtimeMs > MAX_AGE_MS) unlinkSync(file);
    } catch {
      // Another build may have removed it first; nothing to do.
    }
  }
}

/** Put rendered PNGs from the cache at their paths under outDir (hard links where possible). */
export async function copyShareImages(files: Map<string, string>, outDir: string): Promise<void> {
  const dirs = new Set([...files.keys()].map((p) => path.dirname(path.join(outDir, p))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  const entries = [...files.entries()];
  // Modest batches: thousands of parallel file operations only exhaust file handles.
  for (let i = 0; i < entries.length; i += 64) {
    await Promise.all(entries.slice(i, i + 64).map(([rel, file]) => placeFile(file, path.join(outDir, rel))));
  }
}

// Cached PNGs are never rewritten in place (new content gets a new name), so linking is
// safe and, at 12,000 images, seconds faster than copying. Across file systems, copy.
async function placeFile(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  }
}
