// Files from a folder (the UI build, the preview site), with the room's headers.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { decodePath, resolveFile, TYPES } from '../cli/serve.ts';
import type { Ctx } from './context.ts';
import { send } from './http.ts';
import { t } from './strings.ts';

/** Serve `relPath` from `root`; 404 when absent or outside it. */
export function serveFile(ctx: Ctx, root: string, relPath: string): void {
  // A malformed escape (e.g. /%E0%A4%A) is a 404 like any missing file; resolveFile refuses
  // anything outside `root`.
  const decoded = decodePath(path.posix.normalize(`/${relPath}`));
  const file = decoded === null ? null : resolveFile(path.resolve(root), decoded);
  if (!file) {
    send(ctx.res, 404, t.errors.notFound, 'text/plain; charset=utf-8');
    return;
  }
  ctx.res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
  if (ctx.req.method === 'HEAD') ctx.res.end();
  else createReadStream(file).pipe(ctx.res);
}
