// Public, unauthenticated endpoints: the snapshot, its event stream, the usual quiet hours and a health check.
// Any origin may read the data (it is public), but only allow-listed origins get CORS
// headers, so only the MPP's own portal can show it inside a browser page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HEALTH_PATH,
  QUEUE_API_VERSION,
  QUIET_HOURS_PATH,
  SNAPSHOT_PATH,
  STREAM_PATH,
  type HealthResponse,
} from '../lib/queue/contract.ts';
import type { ServerContext } from './context.ts';
import { ApiFailure } from './errors.ts';
import { BASE_HEADERS, clientAddress, corsHeaders, etagMatches, hasBody, sendError, sendJson } from './http.ts';

/** Browsers and shared caches may reuse a snapshot this long. */
const CACHE_CONTROL = 'public, max-age=5';

function limited(ctx: ServerContext, req: IncomingMessage): ApiFailure | null {
  const wait = ctx.publicLimiter.take(clientAddress(req, ctx.config.trustProxy));
  if (wait === 0) return null;
  return new ApiFailure(429, 'rate_limited', `Terlalu banyak permintaan, coba lagi dalam ${wait} detik`, {
    'Retry-After': String(wait),
  });
}

/** Handles the public paths; returns false when the path is not one of them. */
export function handlePublic(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (path !== SNAPSHOT_PATH && path !== STREAM_PATH && path !== HEALTH_PATH && path !== QUIET_HOURS_PATH) return false;
  const cors = corsHeaders(req, ctx.config.cors.allowedOrigins);
  // Public reads take no body; one is refused unread (sendError closes the connection).
  if (hasBody(req)) {
    sendError(res, new ApiFailure(413, 'payload_too_large', 'Permintaan ini tidak boleh berisi data'), cors);
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan', { Allow: 'GET, HEAD' }), cors);
    return true;
  }
  if (path === HEALTH_PATH) {
    const stream = ctx.hub.stats();
    const body: HealthResponse = {
      status: 'ok',
      version: QUEUE_API_VERSION,
      serviceDay: ctx.store.today(),
      streamClients: ctx.hub.size(),
      streamBehind: stream.behind,
      streamBufferedBytes: stream.bufferedBytes,
    };
    sendJson(res, 200, body, cors);
    return true;
  }
  const refusal = limited(ctx, req);
  if (refusal) {
    sendError(res, refusal, cors);
    return true;
  }
  if (path === QUIET_HOURS_PATH) {
    // History changes once a day: an hour of caching spares the server the portal's visitors.
    sendJson(res, 200, ctx.quietHours(), { ...cors, 'Cache-Control': 'public, max-age=3600' });
    return true;
  }
  const entry = ctx.cache.get();
  if (path === STREAM_PATH) {
    if (req.method === 'HEAD') {
      res.writeHead(ctx.config.stream.enabled ? 200 : 404, { ...BASE_HEADERS, ...cors, 'Content-Type': 'text/event-stream' }).end();
    } else if (!ctx.config.stream.enabled) {
      sendError(res, new ApiFailure(404, 'not_found', 'Aliran data langsung tidak diaktifkan di server ini'), cors);
    } else if (!ctx.hub.open(req, res, entry, cors)) {
      sendError(
        res,
        new ApiFailure(503, 'unavailable', 'Terlalu banyak koneksi langsung; gunakan pembaruan berkala', { 'Retry-After': '30' }),
        cors,
      );
    }
    return true;
  }
  // Date from the server's own clock, the one updatedAt is stamped with: the portal judges age by their difference.
  const headers = { ...BASE_HEADERS, ...cors, ETag: entry.etag, 'Cache-Control': CACHE_CONTROL, Date: ctx.clock.now().toUTCString() };
  if (etagMatches(req.headers['if-none-match'], entry.etag)) {
    res.writeHead(304, headers);
    res.end();
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(entry.body.length) });
  res.end(req.method === 'HEAD' ? undefined : entry.body);
  return true;
}
