// Worker thread of the share-image pool: loads the fonts once, then draws the cards it
// is sent and writes each PNG atomically into the cache. Runs under Node's own
// TypeScript support (not Vite), so it and its imports use erasable syntax only.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ShareCard } from '../../lib/share-image/card.ts';
import { type FontFile, loadFonts, renderPng } from './png.ts';

/** A card to draw and the cache file to write. */
export interface WorkerTask {
  id: number;
  card: ShareCard;
  file: string;
}

/** Reply for one task: time spent drawing, or the error. */
export type WorkerReply = { id: number; ms: number } | { id: number; error: string };

const fonts = loadFonts((workerData as { fonts: FontFile[] }).fonts);

parentPort?.on('message', async (task: WorkerTask) => {
  try {
    const started = performance.now();
    const png = await renderPng(task.card, fonts);
    const temp = `${task.file}.${process.pid}.${task.id}.tmp`;
    writeFileSync(temp, png);
    renameSync(temp, task.file);
    parentPort?.postMessage({ id: task.id, ms: performance.now() - started } satisfies WorkerReply);
  } catch (error) {
    parentPort?.postMessage({
      id: task.id,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies WorkerReply);
  }
});
