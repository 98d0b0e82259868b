// The releases folder on disk: one sub-folder per release (named by time and commit),
// the publish log (JSON lines), and the atomic switch of a symlink by rename(2).
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import path from 'node:path';
import { s } from '../strings/index.ts';
import type { PublishLogEntry } from './types.ts';

/** Release folder names: UTC time of the build, then the short commit. */
export const RELEASE_ID = /^(\d{8}T\d{6}Z)-([0-9a-f]{7,})$/;
/** The publish log inside the releases folder. */
export const LOG_FILE = 'publish-log.jsonl';

const stampOf = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
const dateOfStamp = (stamp: string) =>
  new Date(
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`,
  );

/** Release ids in `dir`, oldest first (publish order). */
export function releaseIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && RELEASE_ID.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** A new id after every existing one, even when two builds start within the same second. */
export function newReleaseId(commit: string, now: Date, existing: string[]): string {
  const last = existing.at(-1)?.match(RELEASE_ID)?.[1];
  let stamp = stampOf(now);
  if (last && stamp <= last) stamp = stampOf(new Date(dateOfStamp(last).getTime() + 1000));
  return `${stamp}-${commit.slice(0, 7)}`;
}

/** Time encoded in a release id (fallback when the log has no line for it). */
export function releaseTime(id: string): string {
  const stamp = id.match(RELEASE_ID)?.[1];
  return stamp ? dateOfStamp(stamp).toISOString() : '';
}

/** The folder a symlink points at (absolute), or null when there is no link. */
export function linkTarget(link: string): string | null {
  try {
    return path.resolve(path.dirname(link), readlinkSync(link));
  } catch {
    return null;
  }
}

function fsyncDir(dir: string) {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Point `link` at `target` atomically: a new symlink under a temporary name is renamed
 * over the old one, so readers (nginx) always find either the old or the new folder.
 */
export function switchLink(link: string, target: string): void {
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) throw new Error(s.liveIsFolder(link));
  const temp = `${link}.baru-${process.pid}-${Date.now()}`;
  symlinkSync(target, temp, 'dir');
  try {
    renameSync(temp, link);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDir(path.dirname(link));
}

/** Every log line in file order; unreadable lines are skipped. */
export function readLog(dir: string): PublishLogEntry[] {
  const file = path.join(dir, LOG_FILE);
  if (!existsSync(file)) return [];
  const entries: PublishLogEntry[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as PublishLogEntry);
    } catch {
      // A line cut short by a crash is skipped; the ones after it still count.
    }
  }
  return entries;
}

/** Append one line to the publish log. */
export function appendLog(dir: string, entry: PublishLogEntry): void {
  const file = path.join(dir, LOG_FILE);
  // After a crash mid-write the file may end inside a line; start a fresh one.
  const size = existsSync(file) ? statSync(file).size : 0;
  const cut = size > 0 && readFileSync(file).subarray(size - 1)[0] !== 0x0a;
  appendFileSync(file, `${cut ? '\n' : ''}${JSON.stringify(entry)}\n`);
}

/**
 * Delete all but the newest `keep` releases, never the live one, the one before it, or the
 * folder `alsoKeep` (the release live before the last switch); returns the deleted ids.
 */
export function prune(dir: string, keep: number, liveId: string | null, alsoKeep: string | null = null): string[] {
  const ids = releaseIds(dir);
  const liveAt = liveId ? ids.indexOf(liveId) : -1;
  const protectedIds = new Set(liveAt >= 0 ? ids.slice(Math.max(0, liveAt - 1), liveAt + 1) : []);
  if (alsoKeep) protectedIds.add(path.basename(alsoKeep));
  const doomed = ids.slice(0, Math.max(0, ids.length - keep)).filter((id) => !protectedIds.has(id));
  for (const id of doomed) rmSync(path.join(dir, id), { recursive: true, force: true });
  return doomed;
}
