// Files from a folder (the UI build, the preview site), with the room's headers.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { decodePath, resolveFile, TYPES } from '../server/static.ts';
import type { Ctx } from './context.ts';
import { send } from './http.ts';
import { t } from './strings/index.ts';

/**
 * The policy the public site sends with uploaded media (deploy/nginx/portal-mpp.conf,
 * location /media/; public/_headers): nothing in them runs, even an SVG opened directly.
 * The room's preview serves the same files on the room's own origin, next to the editors'
 * session, so it sends the same policy.
 */
export const MEDIA_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; script-src 'none'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Whether a URL path (raw or decoded, any dot segments) names an uploaded media file. */
export function isMediaPath(relPath: string): boolean {
  const decoded = decodePath(path.posix.normalize(`/${relPath}`));
  return decoded === null || path.posix.normalize(decoded).startsWith('/media/');
}

/**
 * Whether a decoded path may be served at all: only the kinds of file a built site holds
 * (ASVS 12.5.1), never a hidden file or folder (.git, .env) nor a backup or source file
 * left beside them (.bak, .swp, .ts, .map), whatever is in the folder.
 */
export function servable(decoded: string): boolean {
  const parts = decoded.split('/').filter(Boolean);
  if (parts.some((part) => part.startsWith('.'))) return false;
  const ext = path.extname(decoded).toLowerCase();
  return ext === '' ? true : ext in TYPES;
}

/** Serve `relPath` from `root`; 404 when absent, outside it, or not a kind of file it serves. */
export function serveFile(ctx: Ctx, root: string, relPath: string): void {
  // A malformed escape (e.g. /%E0%A4%A) is a 404 like any missing file; resolveFile refuses
  // anything outside `root`.
  const decoded = decodePath(path.posix.normalize(`/${relPath}`));
  const file = decoded === null || !servable(decoded) ? null : resolveFile(path.resolve(root), decoded);
  if (!file || !(path.extname(file).toLowerCase() in TYPES)) {
    send(ctx.res, 404, t.errors.notFound, 'text/plain; charset=utf-8');
    return;
  }
  ctx.res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
  if (ctx.req.method === 'HEAD') ctx.res.end();
  else createReadStream(file).pipe(ctx.res);
}
