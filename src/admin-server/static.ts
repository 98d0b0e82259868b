// Files from a folder (the UI build, the preview site), with the room's headers.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { resolveFile, TYPES } from '../cli/serve.ts';
import type { Ctx } from './context.ts';
import { send } from './http.ts';
import { t } from './strings.ts';

/** Serve `relPath` from `root`; 404 when absent or outside it. */
export function serveFile(ctx: Ctx, root: string, relPath: string): void {
  let file: string | null = null;
  try {
    // resolveFile decodes the path and refuses anything outside `root`.
    file = resolveFile(path.resolve(root), path.posix.normalize(`/${relPath}`));
  } catch {
    file = null;
  }
  if (!file) {
    send(ctx.res, 404, t.errors.notFound, 'text/plain; charset=utf-8');
    return;
  }
  ctx.res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
  if (ctx.req.method === 'HEAD') ctx.res.end();
  else createReadStream(file).pipe(ctx.res);
}
