// Keeps the queue server's opening hours in step with the portal's content while it runs: a
// closure or special hours an editor publishes reaches the queue (booking stops for that day,
// its bookings are cancelled with the closure's reason, the board announces it) without a
// restart. The folder is polled by file size and modification time, which costs a few stat
// calls; it is read again only when something changed. Polling rather than fs.watch because
// publishing may replace the whole folder (rename), which watchers on the old folder miss.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { QueueServerConfig } from './config.ts';
import type { ServerContext } from './context.ts';

/** A cheap signature of a folder: every file's path, size and modification time. */
export function folderSignature(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) {
        const s = statSync(p);
        parts.push(`${p}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.sort().join('\n');
}

/** Takes the hours of `fresh` into the running config (the gerai list itself needs a restart). */
export function applyHours(ctx: ServerContext, fresh: QueueServerConfig): void {
  ctx.config.hours = fresh.hours;
  for (const g of ctx.config.gerai) {
    const next = fresh.gerai.find((f) => f.id === g.id);
    if (next) g.hours = next.hours;
  }
  ctx.booking.cancelClosed();
  ctx.changed();
}

/**
 * Polls `dir` every `seconds` and, when it changed, builds the config again with `load` and
 * applies its hours. A content error keeps the hours in force and is logged for the IT staff.
 * Returns a function that stops polling.
 */
export function watchContent(ctx: ServerContext, dir: string, seconds: number, load: () => Promise<QueueServerConfig>): () => void {
  let last = '';
  try {
    last = folderSignature(dir);
  } catch {
    // Unreadable now: the first successful look counts as a change.
  }
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      const now = folderSignature(dir);
      if (now === last) return;
      last = now; // a broken change is reported once, not at every poll
      applyHours(ctx, await load());
      console.log(`Jam layanan dan hari libur dibaca ulang dari konten ${dir}`);
    } catch (error) {
      console.error(`Konten ${dir} tidak dapat dibaca ulang; jam layanan sebelumnya tetap berlaku: ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
