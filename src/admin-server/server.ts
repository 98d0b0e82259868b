// The editors' room server: node:http in front of Keystatic's UI and API, the room's own
// pages, and the publisher. Every request passes the same gate, in this order: security
// headers, route lookup, same-origin check for POSTs, session, role, form token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { hasRole } from './accounts/accounts.ts';
import type { AdminConfig } from './config.ts';
import type { Ctx, Room, Route } from './context.ts';
import { sendPage } from './context.ts';
import { html } from './html.ts';
import { HttpError, readCookies, readForm, redirect, sameOrigin, securityHeaders, sendJson, tokensEqual } from './http.ts';
import { loginTokenCookieName, sessionCookieName } from './accounts/cookie-names.ts';
import { discardRestOfBody } from '../server/http.ts';
import { limits } from './saves/limits.ts';
import { canonicalPath, canonicalUrl } from './saves/paths.ts';
import { secondStepGate } from './accounts/second-step-routes.ts';
import { t } from './strings/index.ts';

/** The route matching a method and path: the route itself, or 'method' when only the method is wrong. */
export function matchRoute(routes: readonly Route[], method: string, path: string): Route | 'method' | null {
  const byPath = routes.filter((r) =>
    r.prefix ? path === r.path || path.startsWith(r.path.endsWith('/') ? r.path : `${r.path}/`) : path === r.path,
  );
  // The longest (most specific) path wins: /pratinjau/x before the catch-all preview route.
  byPath.sort((a, b) => b.path.length - a.path.length || Number(Boolean(a.prefix)) - Number(Boolean(b.prefix)));
  const exact = byPath.filter((r) => !r.prefix);
  const candidates = exact.length ? exact : byPath;
  if (candidates.length === 0) return null;
  const hit = candidates.find((r) => r.method === method || (method === 'HEAD' && r.method === 'GET'));
  return hit ?? 'method';
}

/** The origin the room answers on: configured, else from the Host header. */
export function originOf(req: IncomingMessage, config: AdminConfig): string {
  return config.origin || `${config.secure ? 'https' : 'http'}://${req.headers.host ?? `${config.host}:${config.port}`}`;
}

function refuse(ctx: Ctx, route: Route | null, status: number, message: string): void {
  if (route?.kind === 'api' || ctx.url.pathname.startsWith('/api/')) {
    sendJson(ctx.res, status, { error: message });
    return;
  }
  sendPage(ctx, status, { title: t.errors.title, alert: message }, html``);
}

async function dispatch(room: Room, routes: readonly Route[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { config } = room;
  for (const [name, value] of Object.entries(securityHeaders(config.secure))) res.setHeader(name, value);
  // One spelling per path: everything below routes on the decoded, normalised path, and
  // Keystatic's handler is handed that same path (see paths.ts).
  const canonical = canonicalPath(req.url ?? '/');
  if (!canonical) {
    res.setHeader('Connection', 'close');
    return sendJson(res, 400, { error: t.limits.badPath });
  }
  const url = canonicalUrl(canonical);
  const method = req.method ?? 'GET';
  const cookies = readCookies(req);
  const sessionId = cookies[sessionCookieName(config.secure)];
  const session = room.sessions.get(sessionId);
  const found = session ? room.accounts.find(session.username) : undefined;
  const account = found && !found.disabled ? found : null;
  const ctx: Ctx = {
    room,
    req,
    res,
    url,
    origin: originOf(req, config),
    session: account ? session : null,
    sessionId,
    account,
    form: new URLSearchParams(),
  };

  const match = matchRoute(routes, method, url.pathname);
  if (match === null) return refuse(ctx, null, 404, t.errors.notFound);
  if (match === 'method') {
    res.setHeader('Allow', 'GET, POST');
    return refuse(ctx, null, 405, t.errors.method);
  }
  const route = match;
  const changes = method !== 'GET' && method !== 'HEAD';
  if (changes && !sameOrigin(req, ctx.origin)) return refuse(ctx, route, 403, t.errors.csrf);
  if (route.access !== 'public') {
    if (!ctx.account) {
      if (route.kind === 'api') return sendJson(res, 401, { error: t.errors.unauthenticated });
      const back = method === 'GET' ? `?lanjut=${encodeURIComponent(url.pathname + url.search)}` : '';
      return redirect(res, `/masuk${back}`);
    }
    if (!hasRole(ctx.account.role, route.access)) {
      const message =
        route.access === 'admin' ? t.errors.needAdmin : route.access === 'penerbit' ? t.errors.needPenerbit : t.errors.forbidden;
      return refuse(ctx, route, 403, message);
    }
    if (secondStepGate(ctx, route)) return;
  }
  if (changes && !route.rawBody) {
    ctx.form = await readForm(req);
    const expected = route.access === 'public' ? cookies[loginTokenCookieName(config.secure)] : ctx.session?.csrf;
    if (!tokensEqual(ctx.form.get('_csrf'), expected)) return refuse(ctx, route, 403, t.errors.csrf);
  }
  await route.handle(ctx);
}

/** Serve the room on config.host:config.port (0: a free port). */
export function startServer(room: Room, routes: readonly Route[]): Promise<{ server: Server; url: string }> {
  // Slow senders are cut off: headers and whole requests within a bound (checked every second).
  const server = createServer(
    { headersTimeout: limits.headersMs, requestTimeout: limits.requestMs, connectionsCheckingInterval: 1000 },
    (req, res) => {
      dispatch(room, routes, req, res).catch(async (error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        if (status === 500) console.error(error);
        if (res.headersSent) {
          res.destroy();
          return;
        }
        // A body left unread (too large, too slow) ends the connection with the answer. A too
        // large one is read to its end first (within a bound), so the answer is not lost to a
        // reset while the sender, often nginx, is still writing it.
        if (status === 413 || status === 408) res.setHeader('Connection', 'close');
        if (status === 413) await discardRestOfBody(req, limits.discardMs);
        const message =
          error instanceof HttpError && error.message !== 'too-large'
            ? error.message
            : status === 413
              ? t.errors.tooLarge
              : t.errors.server;
        if ((req.url ?? '').startsWith('/api/')) sendJson(res, status, { error: message });
        else res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
      });
    },
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(room.config.port, room.config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : room.config.port;
      resolve({ server, url: `http://${room.config.host}:${port}` });
    });
  });
}
