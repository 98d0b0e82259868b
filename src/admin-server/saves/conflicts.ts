// Two editors, one entry: never a silent lost update. Every save names the version of each
// file it was based on, and a save over a version someone else wrote since is refused
// with who changed the entry and when, and where to compare. Changes to different fields
// are merged instead (merge.ts).
//
// Where the base comes from. Keystatic's local-mode update body carries only the new
// files and the deletions, nothing about what the form was loaded from; its client does
// know it: the tree it holds has each file's blob SHA, and Keystatic resets an open form
// whenever that entry's files change in the tree. The patched UI (src/keystatic-id)
// therefore sends, with every update and delete, an `x-mpp-base` header mapping each path
// it writes or deletes to the blob SHA it holds (null: "not there"). The alternative,
// remembering per session which tree the room last served, breaks with two tabs of one
// login, with a room restart, and with a tree read long before the form was opened; the
// header is per form and exact. A save without it is refused (deny by default), so a
// client that does not say what it was based on cannot overwrite anyone.
import { formatWhen } from '../html.ts';
import type { ContentRepo } from '../git.ts';
import { entryName } from '../history/history.ts';
import { mergeEntry, readBlob } from './merge.ts';
import { blobSha, readContentFile } from './paths.ts';
import type { Update } from './references.ts';
import { entryForFile } from '../schema.ts';
import { t } from '../strings/index.ts';

/** Request header carrying the save's base versions (URI-encoded JSON: path → blob SHA or null). */
export const BASE_HEADER = 'x-mpp-base';

/** The base versions of a save's header, or null when absent or not readable. */
export function readBase(header: string | string[] | undefined): Map<string, string | null> | null {
  if (typeof header !== 'string' || header.length > 64 * 1024) return null;
  try {
    const value = JSON.parse(decodeURIComponent(header)) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const out = new Map<string, string | null>();
    for (const [file, sha] of Object.entries(value)) {
      if (sha !== null && (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha))) return null;
      out.set(file, sha);
    }
    return out;
  } catch {
    return null;
  }
}

/** The blob SHA of a working-copy file now, or null when absent. */
export function currentSha(repoDir: string, file: string): string | null {
  const contents = readContentFile(repoDir, file);
  return contents ? blobSha(contents) : null;
}

/** Who last committed `file`, and when (in the room's time zone). */
export async function lastChange(repo: ContentRepo, file: string, timeZone: string): Promise<{ who: string; when: string }> {
  const [last] = await repo.log({ file, limit: 1 });
  return { who: last?.authorName || t.conflict.someone, when: formatWhen(last?.date ?? Date.now(), timeZone) };
}

/** How editors name a file: "Layanan: Penggantian Paspor" or the file itself (media). */
export function fileTitle(file: string, text: string | null): string {
  const ref = entryForFile(file);
  if (!ref) return file;
  return ref.kind === 'singleton' ? ref.label : `${ref.label}: ${entryName(ref, text)}`;
}

/** A save judged against the working copy: refused, or the update to apply (merged where needed). */
export type Judgement = { refused: { status: number; message: string } } | { update: Update; mergedWith: string[] };

// Merge one stale entry file with what was saved since, or null (see merge.ts).
async function tryMerge(repo: ContentRepo, file: string, expected: string | null, ours: Buffer | undefined): Promise<Buffer | null> {
  if (!ours || expected === null || !entryForFile(file)) return null;
  const theirs = readContentFile(repo.dir, file);
  const base = await readBlob(repo.dir, expected);
  if (!theirs || base === null) return null;
  try {
    const merged = mergeEntry(base, ours.toString('utf8'), theirs.toString('utf8'));
    return merged === null ? null : Buffer.from(merged);
  } catch {
    return null;
  }
}

/**
 * Judge a save whose files name their base versions. A file already holding exactly what
 * the save writes (both made the same change, or a deletion of what is already gone) is
 * fine; an entry changed since in other fields is merged; anything else is refused with
 * who changed it and when.
 */
export async function judgeSave(
  repo: ContentRepo,
  timeZone: string,
  update: Update,
  base: Map<string, string | null> | null,
): Promise<Judgement> {
  if (!base) return { refused: { status: 428, message: t.conflict.noBase } };
  const ours = new Map(update.additions.map((a) => [a.path, a.contents]));
  const writes: [string, string | null][] = [
    ...update.additions.map((a): [string, string | null] => [a.path, blobSha(a.contents)]),
    ...update.deletions.filter((d) => !ours.has(d.path)).map((d): [string, null] => [d.path, null]),
  ];
  const stale: { file: string; expected: string | null }[] = [];
  const merged = new Map<string, Buffer>();
  for (const [file, next] of writes) {
    if (!base.has(file)) return { refused: { status: 428, message: t.conflict.noBase } };
    const expected = base.get(file) ?? null;
    const now = currentSha(repo.dir, file);
    if (now === expected || now === next) continue;
    const result = await tryMerge(repo, file, expected, ours.get(file));
    if (result) merged.set(file, result);
    else stale.push({ file, expected });
  }
  if (stale.length === 0) {
    const mergedWith = await Promise.all([...merged.keys()].map(async (file) => (await lastChange(repo, file, timeZone)).who));
    const additions = update.additions.map((a) => ({ path: a.path, contents: merged.get(a.path) ?? a.contents }));
    return { update: { additions, deletions: update.deletions }, mergedWith: [...new Set(mergedWith)] };
  }
  // Name an entry rather than one of its media files when both changed.
  const first = stale.find((s) => entryForFile(s.file)) ?? stale[0];
  if (!first) return { update, mergedWith: [] };
  const text = readContentFile(repo.dir, first.file)?.toString('utf8') ?? (await repo.show('HEAD', first.file))?.toString('utf8') ?? null;
  const what = fileTitle(first.file, text);
  const history = `/riwayat?entri=${encodeURIComponent(first.file)}`;
  if (first.expected === null) return { refused: { status: 409, message: t.conflict.created(what, history) } };
  const { who, when } = await lastChange(repo, first.file, timeZone);
  return { refused: { status: 409, message: t.conflict.stale(what, who, when, history) } };
}
