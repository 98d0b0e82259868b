// The publisher's current job, written to the releases folder before it starts and when
// it ends, so after a restart or a crash the Terbitkan page can say what became of it.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { s } from '../strings/index.ts';
import type { BuildProgress } from './types.ts';

export const JOB_FILE = 'proses-terakhir.json';

/** Replace the job record durably (write, fsync, rename), so a crash leaves the old or the new one. */
export function writeJob(dir: string, progress: BuildProgress): void {
  const file = path.join(dir, JOB_FILE);
  const temp = `${file}.baru`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(progress));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

function readJob(dir: string): BuildProgress | null {
  const file = path.join(dir, JOB_FILE);
  if (!existsSync(file)) return null;
  try {
    const job = JSON.parse(readFileSync(file, 'utf8')) as BuildProgress;
    return typeof job.kind === 'string' && typeof job.startedAt === 'string' ? job : null;
  } catch {
    return null;
  }
}

/**
 * The last job as the publisher starts: as recorded when it ended, or, when the process
 * died while it ran (no outcome recorded), marked as interrupted and recorded so.
 */
export function recoverJob(dir: string): BuildProgress | null {
  const job = readJob(dir);
  if (!job || job.outcome) return job;
  const message = job.stage === 'mengalihkan' ? s.interruptedSwitching(job) : s.interrupted(job);
  const recovered: BuildProgress = {
    ...job,
    stage: 'gagal',
    outcome: { ok: false, interrupted: true, messages: [message], durationMs: 0 },
  };
  console.error(`Penerbit: ${message}`);
  try {
    writeJob(dir, recovered);
  } catch {
    // A full disk: the room still starts and shows the message; the record is rewritten by the next job.
  }
  return recovered;
}
