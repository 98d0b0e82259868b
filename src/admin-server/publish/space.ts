// Free disk space for builds: checked before a build starts (a nearly full disk gives an
// editor one Indonesian sentence instead of a bundler's stack trace), and a full disk
// recognised in whatever failed while building.
import { statfsSync } from 'node:fs';
import { s } from '../strings/index.ts';

/** Default free space a build needs: room for one release, the share images and the bundler's chunks. */
export const DEFAULT_MIN_FREE_BYTES = 1024 * 1024 * 1024;

/** Bytes an unprivileged process may still write on the filesystem holding `dir`. */
export type FreeSpace = (dir: string) => number;

export const freeSpace: FreeSpace = (dir) => {
  const stat = statfsSync(dir);
  return stat.bavail * stat.bsize;
};

const MB = 1024 * 1024;

/** An Indonesian message when any of `dirs` has less than `minBytes` free, else null. */
export function lowSpace(dirs: string[], minBytes: number, free: FreeSpace = freeSpace): string | null {
  for (const dir of dirs) {
    const bytes = free(dir);
    if (bytes < minBytes) return s.diskLow(dir, Math.floor(bytes / MB), Math.ceil(minBytes / MB));
  }
  return null;
}

/** Whether an error or a tool's output says the disk is full. */
export function isDiskFull(detail: unknown): boolean {
  const text = detail instanceof Error ? `${(detail as NodeJS.ErrnoException).code ?? ''} ${detail.message}` : String(detail);
  return /ENOSPC|No space left on device|EDQUOT|Disk quota exceeded/i.test(text);
}
