// Assembles the reference queue API on node:http. Routing is a handful of fixed paths, so
// no framework: fewer moving parts for an MPP's IT staff to patch and audit.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from './clock.ts';
import type { QueueServerConfig } from './config.ts';
import { createContext, type ServerContext } from './context.ts';
import { openDatabase } from './db.ts';
import { handleBooking } from './booking/routes.ts';
import { ClientGone, notFound } from './errors.ts';
import { BASE_HEADERS, corsHeaders, hasBody, sendError } from './http.ts';
import { handlePublic } from './public-routes.ts';
import { handleScreens } from './screen-routes.ts';
import { handleStaff } from './staff-routes.ts';

/** A running server. */
export interface RunningQueueServer {
  /** Base URL, e.g. http://127.0.0.1:8787 */
  url: string;
  context: ServerContext;
  /** Stops accepting requests, ends streams and closes the database. */
  close(): Promise<void>;
}

/** Seconds between snapshot re-evaluations, for changes caused by time alone (opening hours, midnight). */
const TIME_TICK_MS = 5_000;

function preflight(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const headers: Record<string, string> = { ...BASE_HEADERS, ...corsHeaders(req, ctx.config.cors.allowedOrigins) };
  if (headers['Access-Control-Allow-Origin']) {
    headers['Access-Control-Allow-Methods'] = 'GET, HEAD, POST, OPTIONS';
    headers['Access-Control-Allow-Headers'] = 'Authorization, Content-Type, If-None-Match';
    // Manual If-None-Match makes each poll "non-simple"; caching the preflight keeps that cheap.
    headers['Access-Control-Max-Age'] = '7200';
  }
  if (hasBody(req)) headers.Connection = 'close'; // never read a preflight's body
  res.writeHead(204, headers);
  res.end();
}

/** Opens the database in `config.dataDir` and starts listening on config.host:config.port. */
export async function startQueueServer(config: QueueServerConfig, clock: Clock): Promise<RunningQueueServer> {
  const db: DatabaseSync = openDatabase(config.dataDir);
  const ctx = createContext(db, config, clock);
  ctx.cache.refresh();

  // Checking every second makes requestTimeout hold (Node's default check runs every 30 s).
  const server: Server = createServer({ connectionsCheckingInterval: 1_000 }, async (req, res) => {
    let path = '/';
    try {
      path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
    } catch {
      // Leave '/', answered with 404 below.
    }
    try {
      if (req.method === 'OPTIONS') return preflight(ctx, req, res);
      if (handlePublic(ctx, req, res, path)) return;
      if (await handleBooking(ctx, req, res, path)) return;
      if (await handleScreens(ctx, req, res, path)) return;
      if (await handleStaff(ctx, req, res, path)) return;
      sendError(res, notFound('Alamat tidak ditemukan'), corsHeaders(req, config.cors.allowedOrigins));
    } catch (error) {
      if (!(error instanceof ClientGone)) console.error('Kesalahan tak terduga:', error);
      sendError(res, error);
    }
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  // Streams are long-lived by design; the request timeouts only cover reading the request.
  // Bodies have a shorter deadline of their own (bodyTimeoutSeconds, see readJsonBody).

  const ticker = setInterval(() => ctx.changed(), TIME_TICK_MS);
  ticker.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    context: ctx,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(ticker);
        ctx.hub.close();
        server.close(() => {
          db.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
