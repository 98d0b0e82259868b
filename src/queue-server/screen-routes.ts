// Public paths of the screens: the pages under /layar, their scripts and stylesheet, the
// resident's live ticket page /tiket/{key} (with its QR code and JSON), and the device
// claim POST /v1/devices/claim. Pages go out with a strict Content-Security-Policy: scripts
// and styles only from this server, nothing inline, no framing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { renderSVG } from 'uqr';
import type { ServerContext } from './context.ts';
import { ApiFailure, badRequest, notFound } from './errors.ts';
import { BASE_HEADERS, clientAddress, etagMatches, hasBody, readJsonBody, sendError, sendJson } from './http.ts';
import {
  indexPage,
  SCREENS,
  type ScreenName,
  screenPage,
  type TicketView,
  ticketManifest,
  ticketPage,
  ticketStatusText,
} from './screens/pages.ts';

export const SCREEN_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const PAGE_HEADERS = {
  ...BASE_HEADERS,
  'Content-Security-Policy': SCREEN_CSP,
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
  // Touch screens, TVs and tablets: no camera, microphone or location needed.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
/** The kiosk may read a booking's QR code with its own camera (and only its own page may). */
const KIOSK_PERMISSIONS = 'camera=(self), microphone=(), geolocation=()';

const ASSET_DIR = new URL('./screens/assets/', import.meta.url);
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', png: 'image/png' };

/** The assets, read once: a fixed set of files, so no path from a request ever reaches the file system. */
function loadAssets(): Map<string, { body: Buffer; type: string; etag: string }> {
  const assets = new Map<string, { body: Buffer; type: string; etag: string }>();
  for (const name of readdirSync(ASSET_DIR)) {
    const type = TYPES[name.split('.').pop() ?? ''];
    if (!type || name.endsWith('.test.js')) continue;
    const body = readFileSync(new URL(name, ASSET_DIR));
    assets.set(name, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` });
  }
  // The kiosk camera's QR decoder: jsqr's browser build (it sets self.jsQR), served from here, no CDN.
  const jsqr = readFileSync(createRequire(import.meta.url).resolve('jsqr'));
  assets.set('jsqr.js', {
    body: jsqr,
    type: TYPES.js as string,
    etag: `"${createHash('sha256').update(jsqr).digest('base64url').slice(0, 16)}"`,
  });
  return assets;
}

const ASSETS = loadAssets();

function html(res: ServerResponse, status: number, page: string, permissions = PAGE_HEADERS['Permissions-Policy']): void {
  const body = Buffer.from(page);
  res.writeHead(status, {
    ...PAGE_HEADERS,
    'Permissions-Policy': permissions,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/** What the live ticket page and its JSON show for a ticket key; null when the key is not valid. */
function ticketView(ctx: ServerContext, key: string): TicketView | null {
  const id = ctx.ticketLinks.idOf(key);
  if (id === null) return null;
  const ticket = ctx.store.getTicket(id);
  const gerai = ctx.desk.gerai().find((g) => g.id === ticket.geraiId);
  const row = ctx.db.prepare('SELECT transferred_to FROM tickets WHERE id = ?').get(Number(id)) as { transferred_to: number | null };
  let transferredTo: TicketView['transferredTo'] = null;
  if (row.transferred_to !== null) {
    const next = ctx.store.getTicket(String(row.transferred_to));
    transferredTo = { number: next.number, geraiName: ctx.store.gerai(next.geraiId).name };
  }
  // Tickets called before this one: priority and transferred tickets first, then by number.
  const ahead =
    ticket.status === 'waiting'
      ? (
          ctx.db
            .prepare(
              `SELECT COUNT(*) AS n FROM tickets o, tickets t WHERE t.id = ? AND o.service_day = t.service_day
               AND o.gerai_id = t.gerai_id AND o.status = 'waiting' AND o.id != t.id
               AND ((o.priority IS NULL AND o.transferred_from IS NULL) < (t.priority IS NULL AND t.transferred_from IS NULL)
                 OR ((o.priority IS NULL AND o.transferred_from IS NULL) = (t.priority IS NULL AND t.transferred_from IS NULL) AND o.seq < t.seq))`,
            )
            .get(Number(id)) as { n: number }
        ).n
      : null;
  return {
    key,
    ticket,
    geraiName: gerai?.name ?? ticket.geraiId,
    ahead,
    nowServing: gerai?.nowServing ?? null,
    closedReason: gerai?.closedReason ?? null,
    transferredTo,
    ...ctx.booking.extrasOfTicket(Number(id)),
  };
}

/** Handles the screens' public paths; returns false for other paths. */
export async function handleScreens(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  assets = ASSETS,
): Promise<boolean> {
  if (path === '/v1/devices/claim') {
    try {
      if (req.method !== 'POST') throw new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan', { Allow: 'POST' });
      const wait = ctx.staffLimiter.take(`claim:${clientAddress(req, ctx.config.trustProxy)}`);
      if (wait > 0)
        throw new ApiFailure(429, 'rate_limited', `Terlalu banyak percobaan, coba lagi dalam ${wait} detik`, {
          'Retry-After': String(wait),
        });
      const body = await readJsonBody(req, ctx.config.maxBodyBytes, ctx.config.bodyTimeoutSeconds * 1000);
      const code = typeof body.code === 'string' ? body.code.replace(/\D/g, '') : '';
      if (code.length !== 8) throw badRequest('Kode pemasangan harus 8 angka');
      const { token, device } = ctx.devices.claim(code);
      sendJson(res, 200, { token, device: { id: device.id, name: device.name, roles: device.roles, gerai: device.gerai } });
    } catch (error) {
      sendError(res, error);
    }
    return true;
  }
  if (!path.startsWith('/layar') && !path.startsWith('/tiket/') && !path.startsWith('/v1/tiket/')) return false;
  if (hasBody(req) || (req.method !== 'GET' && req.method !== 'HEAD')) {
    sendError(res, new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan', { Allow: 'GET, HEAD' }));
    return true;
  }
  const refusal = ctx.publicLimiter.take(clientAddress(req, ctx.config.trustProxy));
  if (refusal > 0) {
    sendError(
      res,
      new ApiFailure(429, 'rate_limited', `Terlalu banyak permintaan, coba lagi dalam ${refusal} detik`, {
        'Retry-After': String(refusal),
      }),
    );
    return true;
  }
  try {
    const screen = /^\/layar\/([a-z]+)$/.exec(path)?.[1];
    if (path === '/layar' || (screen && screen in SCREENS)) {
      html(res, 200, screen ? screenPageFor(ctx, screen as ScreenName) : indexPage(), screen === 'kios' ? KIOSK_PERMISSIONS : undefined);
      return true;
    }
    const asset = /^\/layar\/aset\/([a-z0-9-]+\.(?:js|css|png))$/.exec(path)?.[1];
    const file = asset ? assets.get(asset) : undefined;
    if (file) {
      const headers = { ...BASE_HEADERS, ETag: file.etag, 'Cache-Control': 'no-cache' };
      if (etagMatches(req.headers['if-none-match'], file.etag)) res.writeHead(304, headers).end();
      else res.writeHead(200, { ...headers, 'Content-Type': file.type, 'Content-Length': String(file.body.length) }).end(file.body);
      return true;
    }
    if (path.startsWith('/layar')) throw notFound('Layar tidak ditemukan');
    const ticket = /^\/(v1\/)?tiket\/([A-Za-z0-9_-]{1,40})(\/qr\.svg|\/manifest\.webmanifest)?$/.exec(path);
    const view = ticket ? ticketView(ctx, ticket[2] as string) : null;
    if (!ticket || !view) throw notFound('Tiket tidak ditemukan');
    if (ticket[1]) {
      sendJson(res, 200, { ...view, statusText: ticketStatusText(view) });
    } else if (ticket[3] === '/manifest.webmanifest') {
      const body = Buffer.from(JSON.stringify(ticketManifest(view)));
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': 'application/manifest+json',
        'Content-Length': String(body.length),
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } else if (ticket[3]) {
      const base = ctx.config.screens.publicUrl ?? `http://${req.headers.host ?? `${ctx.config.host}:${ctx.config.port}`}`;
      const svg = Buffer.from(renderSVG(`${base}/tiket/${view.key}`, { border: 2, pixelSize: 4 }));
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': 'image/svg+xml',
        'Content-Security-Policy': "default-src 'none'",
        'Content-Length': String(svg.length),
        'Cache-Control': 'private, max-age=86400',
      });
      res.end(svg);
    } else html(res, 200, ticketPage(view));
  } catch (error) {
    sendError(res, error);
  }
  return true;
}

function screenPageFor(ctx: ServerContext, name: ScreenName): string {
  return screenPage(name, { timeZone: ctx.config.timeZone });
}
