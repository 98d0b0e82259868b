// Small HTTP helpers on top of node:http: JSON bodies with a size cap, error bodies in the
// contract's shape, CORS by allow-list, and conditional GET.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from '../lib/queue/contract.ts';
import { clientAddress as addressBehind, declaredTooLarge, readBodyWithin } from '../server/http.ts';
import { ApiFailure, badRequest, ClientGone } from './errors.ts';

/** Headers every response carries. */
export const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Writes a JSON body with the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(data.length),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(data);
}

/** Whether the request announces a body (a length above 0, or chunked). */
export function hasBody(req: IncomingMessage): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Writes an ApiFailure (or a generic 500) as the contract's error body. A request body
 * still unread is never read: the connection closes after the answer (otherwise Node
 * would read and discard the whole body to keep the connection alive).
 */
export function sendError(res: ServerResponse, error: unknown, headers: Record<string, string> = {}): void {
  if (error instanceof ClientGone) {
    res.destroy();
    return;
  }
  const failure = error instanceof ApiFailure ? error : new ApiFailure(500, 'internal', 'Terjadi kesalahan pada server antrean');
  const body: ApiError = { error: { code: failure.code, message: failure.message } };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const unread = res.req && !res.req.complete && hasBody(res.req);
  sendJson(res, failure.status, body, { ...headers, ...failure.headers, ...(unread ? { Connection: 'close' } : {}) });
}

/** The client's address; X-Forwarded-For is honoured only when the operator trusts the proxy. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  return addressBehind(req, trustProxy, 'x-forwarded-for');
}

/** CORS response headers for an allowed Origin; always varies on Origin. */
export function corsHeaders(req: IncomingMessage, allowed: readonly string[]): Record<string, string> {
  const origin = req.headers.origin;
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin && (allowed.includes('*') || allowed.includes(origin))) {
    headers['Access-Control-Allow-Origin'] = origin;
    // Neither ETag nor Date is a CORS-safelisted response header: the poller needs ETag for
    // If-None-Match, and Date to judge the numbers' age on the server's clock.
    headers['Access-Control-Expose-Headers'] = 'ETag, Retry-After, Date';
  }
  return headers;
}

/** Whether an If-None-Match header matches a strong ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** 413 for a body over `maxBytes`; the connection closes so the rest is never read. */
export const payloadTooLarge = (maxBytes: number) =>
  new ApiFailure(413, 'payload_too_large', `Isi permintaan terlalu besar (maksimal ${Math.round(maxBytes / 1024)} KB)`, {
    Connection: 'close',
  });

/** Collects the raw body, refusing past `maxBytes` or once `deadlineMs` has passed since the call. */
function readRaw(req: IncomingMessage, maxBytes: number, deadlineMs: number): Promise<Buffer> {
  return readBodyWithin(req, maxBytes, deadlineMs, {
    tooLarge: () => payloadTooLarge(maxBytes),
    // An aborted upload ('error: aborted', or a close before the end) is the client's choice, not a fault.
    gone: () => new ClientGone(),
    // A deadline of our own: Node's requestTimeout is only checked every so often.
    timedOut: () =>
      new ApiFailure(408, 'request_timeout', `Isi permintaan tidak selesai dikirim dalam ${Math.round(deadlineMs / 1000)} detik`, {
        Connection: 'close',
      }),
  });
}

/**
 * Reads a JSON object body of at most `maxBytes` within `deadlineMs`. An empty body yields {}
 * so body-less actions need no ceremony; anything else must be declared and parse as JSON.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number, deadlineMs: number): Promise<Record<string, unknown>> {
  if (declaredTooLarge(req, maxBytes)) throw payloadTooLarge(maxBytes);
  const raw = await readRaw(req, maxBytes, deadlineMs);
  if (raw.length === 0) return {};
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiFailure(415, 'unsupported_media_type', 'Isi permintaan harus berformat JSON (Content-Type: application/json)');
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    throw badRequest('Isi permintaan bukan JSON yang valid');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Isi permintaan harus berupa objek JSON');
  return value as Record<string, unknown>;
}
