// HTTP plumbing for the room: security headers on every response, cookies, bounded
// bodies, and the same-origin check that guards every state-changing request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { clientAddress as addressBehind, declaredTooLarge } from '../server/http.ts';

export { readCookies } from '../server/http.ts';

/**
 * The address login throttling counts against. Behind the shipped nginx config
 * (trustProxy) that is X-Real-IP, which nginx sets from the connection and overwrites
 * whatever the client sent; X-Forwarded-For is not read at all, since its first entries
 * are written by the client. Otherwise, and when the header is not an IP, the socket's.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  return addressBehind(req, trustProxy, 'x-real-ip');
}

/** Content-Security-Policy of the room's own pages: no script at all, styles from the server. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Headers every admin response carries (OWASP secure headers). */
export function securityHeaders(secure: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': PAGE_CSP,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(secure ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/** Raised to answer with a status and an Indonesian message. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** A Set-Cookie value: always HttpOnly, SameSite=Strict, Path=/; Secure unless explicitly insecure. */
export function cookie(name: string, value: string, secure: boolean, maxAgeSeconds?: number): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (secure) parts.push('Secure');
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join('; ');
}

/** Read a body of at most `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (declaredTooLarge(req, maxBytes)) throw new HttpError(413, 'too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpError(413, 'too-large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A url-encoded form body. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(req, 64 * 1024)).toString('utf8'));
}

/**
 * Whether a state-changing request comes from the room's own pages. A real Origin must be
 * the room's origin. Browsers send "Origin: null" under Referrer-Policy: no-referrer (which
 * the room sets), so then, and when Origin is absent, Sec-Fetch-Site must say same-origin.
 * Neither header: refused.
 */
export function sameOrigin(req: IncomingMessage, origin: string): boolean {
  const sent = req.headers.origin;
  if (sent && sent !== 'null') return sent === origin;
  return req.headers['sec-fetch-site'] === 'same-origin';
}

/** Constant-time comparison of two tokens. */
export function tokensEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Send a complete body. */
export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(data.length), ...headers });
  res.end(data);
}

/** Send JSON. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** Redirect after a form post or to the login page (303 See Other). */
export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { Location: location, 'Content-Length': '0', ...headers });
  res.end();
}
