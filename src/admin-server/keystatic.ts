// Keystatic behind the room's login: the built admin UI (one static page answering every
// /keystatic path) and Keystatic's generic API handler in local mode over the content
// working copy (localBaseDirectory; by default Keystatic would write under process.cwd(),
// the code checkout).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import keystaticConfig from '../../keystatic.config.ts';
import type { Ctx, Route } from './context.ts';
import { readBody, send, sendJson } from './http.ts';
import { applySave, type KeystaticHandler } from './saves.ts';
import { serveFile } from './static.ts';
import { t } from './strings.ts';

/** Folder of the UI build's scripts (build.assets in astro.admin.config.mjs). */
export const UI_ASSETS = '_ruang-ui';
const MAX_SAVE_BYTES = 32 * 1024 * 1024;

/** Keystatic's API handler writing into `repoDir`. */
export function keystaticHandler(repoDir: string): KeystaticHandler {
  return makeGenericAPIRouteHandler({ config: keystaticConfig, localBaseDirectory: repoDir }) as unknown as KeystaticHandler;
}

// Keystatic styles itself at runtime (inline styles); its scripts are the build's files
// plus Astro's two inline island loaders, allowed by hash.
function uiPage(uiDir: string): { body: Buffer; csp: string } | null {
  const file = path.join(uiDir, 'keystatic', 'index.html');
  if (!existsSync(file)) return null;
  const body = readFileSync(file);
  const hashes = [...body.toString('utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  return { body, csp };
}

async function keystaticApi(ctx: Ctx, handler: KeystaticHandler): Promise<void> {
  const url = `${ctx.origin}${ctx.url.pathname}${ctx.url.search}`;
  if (ctx.req.method === 'POST' && ctx.url.pathname === '/api/keystatic/update') {
    const body = await readBody(ctx.req, MAX_SAVE_BYTES);
    if (ctx.req.headers['no-cors'] !== '1') return sendJson(ctx.res, 400, { error: t.saves.badData });
    const { repo, checks, saves, config } = ctx.room;
    const account = ctx.account;
    if (!account) return sendJson(ctx.res, 401, { error: t.errors.unauthenticated });
    const outcome = await saves.run(() =>
      applySave({ repo, checks, keystatic: handler, emailDomain: config.emailDomain }, account, body, url),
    );
    if (outcome.refused) ctx.room.refusals.set(account.username, outcome.refused);
    else if (outcome.status === 200) ctx.room.refusals.delete(account.username);
    return respond(ctx, outcome);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) if (typeof value === 'string') headers.set(name, value);
  const init: RequestInit = { method: ctx.req.method, headers };
  if (ctx.req.method === 'POST') init.body = new Uint8Array(await readBody(ctx.req, MAX_SAVE_BYTES));
  return respond(ctx, await handler(new Request(url, init)));
}

async function respond(ctx: Ctx, result: { status: number; headers?: HeadersInit; body: BodyInit | null }): Promise<void> {
  const headers = new Headers(result.headers);
  const body = result.body === null ? Buffer.alloc(0) : Buffer.from(await new Response(result.body).arrayBuffer());
  send(ctx.res, result.status, body, headers.get('content-type') ?? 'text/plain; charset=utf-8');
}

/** The /keystatic and /api/keystatic routes. */
export function keystaticRoutes(repoDir: string, uiDir: string): Route[] {
  const handler = keystaticHandler(repoDir);
  let page: ReturnType<typeof uiPage> = null;
  const ui = (ctx: Ctx) => {
    page ??= uiPage(uiDir);
    if (!page) return send(ctx.res, 503, 'Antarmuka Keystatic belum dibangun: jalankan npm run admin.', 'text/plain; charset=utf-8');
    ctx.res.setHeader('Content-Security-Policy', page.csp);
    send(ctx.res, 200, page.body, 'text/html; charset=utf-8');
  };
  return [
    { method: 'GET', path: '/keystatic', prefix: true, access: 'editor', kind: 'page', handle: ui },
    {
      method: 'GET',
      path: `/${UI_ASSETS}`,
      prefix: true,
      access: 'editor',
      kind: 'page',
      handle: (ctx) => serveFile(ctx, path.join(uiDir, UI_ASSETS), ctx.url.pathname.slice(UI_ASSETS.length + 1)),
    },
    { method: 'GET', path: '/api/keystatic', prefix: true, access: 'editor', kind: 'api', handle: (ctx) => keystaticApi(ctx, handler) },
    {
      method: 'POST',
      path: '/api/keystatic',
      prefix: true,
      access: 'editor',
      kind: 'api',
      rawBody: true,
      handle: (ctx) => keystaticApi(ctx, handler),
    },
  ];
}
