// One spelling per path. Request paths are decoded and normalised once, in the dispatcher,
// so routing, the room's checks and Keystatic's handler all see the same path. File names
// an editor sends are resolved inside the content folder before anything reads them: only
// regular files in the schema's folders, never through a symlink, never beyond a size cap.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import keystaticConfig from '../../../keystatic.config.ts';
import { limits } from './limits.ts';

/**
 * The canonical form of a request target's path, or null when it cannot be read one way
 * only. Percent-escapes are decoded exactly once; a `%` left after that (double encoding),
 * a backslash, `;` path parameters, NUL or other control characters are refused rather than
 * guessed at. Repeated slashes collapse and dot segments resolve; a trailing slash is kept
 * (static pages tell a folder from a file by it).
 */
export function canonicalPath(target: string): { path: string; search: string } | null {
  const at = target.indexOf('?');
  const raw = at >= 0 ? target.slice(0, at) : target;
  const search = at >= 0 ? target.slice(at) : '';
  if (!raw.startsWith('/') || /[\\;]/.test(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (/[%\\;\u0000-\u001f\u007f]/.test(decoded)) return null;
  const trailing = decoded.length > 1 && decoded.endsWith('/');
  const normal = path.posix.normalize(decoded);
  const out = normal === '/' ? '/' : normal.replace(/\/+$/, '') + (trailing ? '/' : '');
  return { path: out, search };
}

/** A URL carrying the canonical path (the dispatcher's ctx.url). */
export function canonicalUrl(canonical: { path: string; search: string }): URL {
  const url = new URL('http://room.invalid/');
  url.pathname = canonical.path;
  url.search = canonical.search;
  return url;
}

/** The path segments after `prefix` (canonical, decoded), e.g. ['blob', sha, 'content', ...]. */
export function segmentsAfter(url: URL, prefix: string): string[] | null {
  const pathname = decodeURIComponent(url.pathname);
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  return pathname.slice(prefix.length).split('/').filter(Boolean);
}

// Where a save may write: the folders and files of the schema's collections and
// singletons, and the uploaded media. Everything else (pengalihan.yaml, .git) is not the
// CMS's to write.
const collections = Object.values(keystaticConfig.collections as unknown as Record<string, { path: string }>);
const singletons = Object.values(keystaticConfig.singletons as unknown as Record<string, { path: string }>);
const ALLOWED_FOLDERS = [
  ...collections.map((c) => c.path.replace(/\*$/, '').replace(/\/?$/, '/')),
  ...singletons.map((s) => `${s.path}/`),
  'content/media/',
];
const ALLOWED_FILES = new Set(singletons.map((s) => `${s.path}.yaml`));

/** Why a file name sent by an editor is refused, or null when it names a place a save may write. */
export function badContentName(name: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (!name || name.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(name)) return 'tidak valid';
  const parts = name.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return 'tidak valid';
  if (!ALLOWED_FILES.has(name) && !ALLOWED_FOLDERS.some((dir) => name.startsWith(dir) && name.length > dir.length))
    return 'di luar folder konten';
  return null;
}

/** Thrown for a file that must not be read: the Indonesian reason names the file. */
export class UnsafeFileError extends Error {}

/**
 * Where `name` lives under `repoDir`, after checking that no folder on the way is a symlink
 * (a planted link could point anywhere). Returns the absolute path.
 */
export function resolveInside(repoDir: string, name: string): string {
  const root = realpathSync(repoDir);
  let current = root;
  for (const part of name.split('/').slice(0, -1)) {
    current = path.join(current, part);
    try {
      if (lstatSync(current).isSymbolicLink()) throw new UnsafeFileError(name);
    } catch (error) {
      if (error instanceof UnsafeFileError) throw error;
      break; // A folder that does not exist yet: nothing below it exists either.
    }
  }
  return path.join(root, name);
}

/**
 * Read a file of the working copy, or null when absent. Only a regular file is opened
 * (O_NOFOLLOW: never through a symlink; O_NONBLOCK: a FIFO cannot hold the open), and only
 * up to the cap: a device, a link or an oversized file raises UnsafeFileError.
 */
export function readContentFile(repoDir: string, name: string, maxBytes = limits.fileBytes): Buffer | null {
  const full = resolveInside(repoDir, name);
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new UnsafeFileError(name);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) throw new UnsafeFileError(name);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Whether a working-copy file may be read and written by a save (absent counts as safe). */
export function checkContentFile(repoDir: string, name: string): void {
  const full = resolveInside(repoDir, name);
  try {
    const stat = lstatSync(full);
    if (!stat.isFile() || stat.size > limits.fileBytes) throw new UnsafeFileError(name);
  } catch (error) {
    if (error instanceof UnsafeFileError) throw error;
  }
}

/** Regular files of a folder of the working copy (symlinks and devices left out). */
export function regularFiles(repoDir: string, folder: string): string[] {
  try {
    return readdirSync(resolveInside(repoDir, `${folder}/.`), { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/** Git's blob id of some contents: what Keystatic's tree calls a file's sha. */
export function blobSha(contents: Buffer): string {
  return createHash('sha1').update(`blob ${contents.length}\0`).update(contents).digest('hex');
}
