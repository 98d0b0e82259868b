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
import { HttpError, send, sendJson } from './http.ts';
import { discardRestOfBody } from '../server/http.ts';
import { limits, readBoundedBody } from './saves/limits.ts';
import { BASE_HEADER, readBase } from './saves/conflicts.ts';
import { badContentName, checkContentFile, segmentsAfter, UnsafeFileError } from './saves/paths.ts';
import { applySave, type KeystaticHandler } from './saves/saves.ts';
import { serveFile } from './static.ts';
import { roomBar } from './html.ts';
import { t } from './strings/index.ts';

/** Folder of the UI build's scripts (build.assets in astro.admin.config.mjs). */
export const UI_ASSETS = '_ruang-ui';

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

// Keystatic's client in local mode calls exactly these (makeGenericAPIRouteHandler's local
// handler serves nothing else): GET tree, GET blob/<sha>/<file>, POST update. Anything else
// under the prefix is refused here, so no other spelling reaches Keystatic's own writer.
const API_PREFIX = '/api/keystatic';

async function keystaticApi(ctx: Ctx, handler: KeystaticHandler): Promise<void> {
  const segments = segmentsAfter(ctx.url, API_PREFIX) ?? [];
  const method = ctx.req.method === 'HEAD' ? 'GET' : ctx.req.method;
  const [first, sha, ...file] = segments;
  const allowed =
    (method === 'GET' && segments.length === 1 && first === 'tree') ||
    (method === 'GET' && first === 'blob' && /^[0-9a-f]{40}$/.test(sha ?? '') && badContentName(file.join('/')) === null) ||
    (method === 'POST' && segments.length === 1 && first === 'update');
  if (!allowed) return send(ctx.res, 404, t.limits.unknownApi, 'text/plain; charset=utf-8');
  if (first === 'blob') {
    // Keystatic reads the file whole: only a regular file below the cap, never a link.
    try {
      checkContentFile(ctx.room.repo.dir, file.join('/'));
    } catch (error) {
      if (!(error instanceof UnsafeFileError)) throw error;
      return send(ctx.res, 400, t.unsafe.file(error.message), 'text/plain; charset=utf-8');
    }
  }
  // Keystatic decodes each segment once: hand it the canonical segments, encoded once.
  const url = `${ctx.origin}${API_PREFIX}/${segments.map(encodeURIComponent).join('/')}`;
  if (method === 'POST') return save(ctx, handler, url);
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) if (typeof value === 'string') headers.set(name, value);
  return respond(ctx, await handler(new Request(url, { method: 'GET', headers })));
}

async function save(ctx: Ctx, handler: KeystaticHandler, url: string): Promise<void> {
  let body: Buffer;
  try {
    body = await readBoundedBody(ctx.req);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    ctx.res.setHeader('Connection', 'close');
    // The rest of a too large body is read first, so the answer is not lost to a reset (server.ts).
    if (error.status === 413) await discardRestOfBody(ctx.req, limits.discardMs);
    return send(ctx.res, error.status, error.message, 'text/plain; charset=utf-8');
  }
  if (ctx.req.headers['no-cors'] !== '1') return sendJson(ctx.res, 400, { error: t.saves.badData });
  const { repo, checks, saves, config } = ctx.room;
  const account = ctx.account;
  if (!account) return sendJson(ctx.res, 401, { error: t.errors.unauthenticated });
  const base = readBase(ctx.req.headers[BASE_HEADER]);
  const outcome = await saves.run(() =>
    applySave(
      {
        repo,
        checks,
        keystatic: handler,
        emailDomain: config.emailDomain,
        timeZone: config.timeZone,
        admins: () =>
          ctx.room.accounts
            .list()
            .filter((a) => a.role === 'admin' && !a.disabled)
            .map((a) => a.name),
      },
      account,
      body,
      url,
      base,
    ),
  );
  if (outcome.refused) ctx.room.refusals.set(account.username, outcome.refused);
  else if (outcome.status === 200) ctx.room.refusals.delete(account.username);
  if (outcome.status === 200 && outcome.commit) await noteIssues(ctx, account.username, outcome.commit);
  return respond(ctx, outcome);
}

// The check of the new version, for the entries this save touched: the save still answers
// 200 (Keystatic cannot show a message with a success), and the bar says what is wrong.
// Riwayat's undo and restore commit for the person too, and update the note the same way.
export async function noteIssues(ctx: Ctx, username: string, commit: string): Promise<void> {
  const [info] = await ctx.room.repo.log({ rev: commit, limit: 1 });
  const files = new Set(info?.files.map((f) => f.path));
  const result = await ctx.room.checks.current();
  const issues = result.issues.filter((i) => i.severity === 'error' && i.entry && files.has(i.entry.file));
  if (issues.length) ctx.room.saveIssues.set(username, issues);
  else ctx.room.saveIssues.delete(username);
}

async function respond(ctx: Ctx, result: { status: number; headers?: HeadersInit; body: BodyInit | null }): Promise<void> {
  const headers = new Headers(result.headers);
  const body = result.body === null ? Buffer.alloc(0) : Buffer.from(await new Response(result.body).arrayBuffer());
  send(ctx.res, result.status, body, headers.get('content-type') ?? 'text/plain; charset=utf-8');
}

// The room's bar goes into Keystatic's page server-side (its menu, name and Keluar form differ
// per person), with its own scoped stylesheet inline (the CSP allows inline styles).
const BAR_CSS = readFileSync(new URL('./keystatic-bar.css', import.meta.url), 'utf8');

function withBar(ctx: Ctx, body: Buffer): string {
  const page = body.toString('utf8');
  if (!ctx.account) return page;
  const bar = roomBar(ctx.account, ctx.session?.csrf ?? '', '/keystatic', ctx.room.saveIssues.get(ctx.account.username)).value;
  return page
    .replace('</head>', `<style>${BAR_CSS}</style></head>`)
    .replace(/<body([^>]*)>/, (_, attrs: string) => `<body${attrs} class="ruang-keystatic">${bar}`);
}

/** The /keystatic and /api/keystatic routes. */
export function keystaticRoutes(repoDir: string, uiDir: string): Route[] {
  const handler = keystaticHandler(repoDir);
  let page: ReturnType<typeof uiPage> = null;
  const ui = (ctx: Ctx) => {
    page ??= uiPage(uiDir);
    if (!page) return send(ctx.res, 503, 'Antarmuka Keystatic belum dibangun: jalankan npm run admin.', 'text/plain; charset=utf-8');
    ctx.res.setHeader('Content-Security-Policy', page.csp);
    send(ctx.res, 200, withBar(ctx, page.body), 'text/html; charset=utf-8');
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
