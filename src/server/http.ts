// HTTP plumbing both servers share: the client address behind a trusted proxy, cookies,
// and request bodies bounded in size and in time. Each server keeps its own answers
// (error shapes, messages, headers) and passes them in.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { parseCookie } from 'cookie';

/**
 * Where a trusted proxy puts the client's address. 'x-real-ip': a header the proxy sets from
 * the connection and overwrites (the room's shipped nginx config), read only when it is an
 * IP. 'x-forwarded-for': its first entry (the queue server's documented setting).
 */
export type ProxyHeader = 'x-real-ip' | 'x-forwarded-for';

/** The address to count requests against: the proxy's header when trusted, else the socket's. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean, header: ProxyHeader): string {
  if (trustProxy && header === 'x-real-ip') {
    const real = req.headers['x-real-ip'];
    if (typeof real === 'string' && isIP(real.trim())) return real.trim();
  }
  if (trustProxy && header === 'x-forwarded-for') {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Cookies of a request. Leniently: a malformed one (x=%E0%A4%A) must not break a page; the
 * `cookie` package leaves such values undecoded, and each server reads only its own names.
 */
export function readCookies(req: IncomingMessage): Record<string, string | undefined> {
  return parseCookie(req.headers.cookie ?? '');
}

/** Whether the declared Content-Length already exceeds `maxBytes`. */
export function declaredTooLarge(req: IncomingMessage, maxBytes: number): boolean {
  return Number(req.headers['content-length'] ?? 0) > maxBytes;
}

/**
 * Reads and discards what a client is still sending after its body was refused, until the
 * body ends or `ms` pass. Answering and closing with unread data makes TCP reset the
 * connection, and the reset can destroy the refusal itself before a proxy that sends the
 * whole body first (nginx) reads it: the editor then gets the proxy's 502 instead of the
 * reason. nginx's own "lingering close" exists for the same reason.
 */
export function discardRestOfBody(req: IncomingMessage, ms: number): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      req.off('end', done).off('close', done).off('error', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    req.on('end', done).on('close', done).on('error', done);
    req.resume();
  });
}

/** The errors a bounded read answers with; each server words them for its own clients. */
export interface BodyRefusals {
  tooLarge: () => Error;
  timedOut: () => Error;
  /** The client went away mid-body: an 'error' event (with its error) or a close before the end. */
  gone: (error?: Error) => Error;
}

/**
 * Collects a body of at most `maxBytes` that arrives completely within `deadlineMs`. Node's
 * own requestTimeout is checked only every few seconds and counts the whole request; this
 * bounds the body itself. On refusal reading stops (the request is paused) and the caller
 * answers with Connection: close so the rest is never read.
 */
export function readBodyWithin(req: IncomingMessage, maxBytes: number, deadlineMs: number, refusals: BodyRefusals): Promise<Buffer> {
  if (declaredTooLarge(req, maxBytes)) return Promise.reject(refusals.tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (error === undefined) return resolve(Buffer.concat(chunks));
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish(refusals.tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(refusals.gone(error));
    const onClose = () => {
      if (!req.complete) finish(refusals.gone());
    };
    const timer = setTimeout(() => finish(refusals.timedOut()), deadlineMs);
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
