// One request for the queue snapshot. Requests stay CORS-simple (no custom headers: the
// HTTP cache does the revalidation), never follow redirects and never read more than
// MAX_BODY_BYTES; every failure comes back as a fault, none is thrown past the caller's
// abort or a network error.
import type { QueueSnapshot } from './contract.ts';
import { parseSnapshot } from './parse.ts';
import { retryAfterMs } from './retry.ts';

/** Why the latest attempt failed. */
export type QueueFault = 'network' | 'timeout' | 'http' | 'malformed' | 'shape' | 'offline' | 'too-large';

/** Bodies larger than this are not read; the answer counts as a failure. */
export const MAX_BODY_BYTES = 256 * 1024;

/** A failed attempt, with the server's Retry-After when it gave one. */
export type FetchFailure = { kind: 'fail'; fault: QueueFault; retryAfterMs?: number };
/** The result of one request. */
export type FetchOutcome = ({ kind: 'ok'; snapshot: QueueSnapshot; body: string } | { kind: 'not-modified' } | FetchFailure) & {
  /** The server's clock minus the phone's, from the answer's Date header; absent when it had none. */
  clockOffsetMs?: number;
};

/**
 * The server's clock minus the phone's, estimated from a Date header (whole seconds, so +500 ms
 * is the middle of its second) against the middle of the request; undefined without a usable header.
 */
export function clockOffsetFrom(dateHeader: string | null, sentAt: number, receivedAt: number): number | undefined {
  if (!dateHeader) return undefined;
  const server = Date.parse(dateHeader);
  if (Number.isNaN(server)) return undefined;
  return server + 500 - (sentAt + receivedAt) / 2;
}

/** JSON.parse that answers undefined for text that is not JSON. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // callers treat undefined as "not JSON"
  }
}

/** The body as text, or null once it passes `maxBytes` (then the rest is not downloaded). */
async function readCapped(res: Response, maxBytes: number): Promise<string | null> {
  if (Number(res.headers.get('Content-Length')) > maxBytes) {
    res.body?.cancel().catch(() => {});
    return null;
  }
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** What the request needs from the poller. */
export interface FetchContext {
  fetch: ((url: string, init: RequestInit) => Promise<Response>) | undefined;
  url: string;
  signal: AbortSignal;
  now: () => number;
  /** Whether a snapshot is shown when the answer arrives (a 304 or an unchanged body then confirms it). */
  hasSnapshot: () => boolean;
  lastBody: string | null;
}

/** Fetches and checks one snapshot; rejects only on a network error or abort. */
export async function fetchSnapshot(c: FetchContext): Promise<FetchOutcome> {
  if (!c.fetch) return { kind: 'fail', fault: 'network' };
  // No custom headers (a preflight per poll otherwise); 'no-cache' makes the HTTP cache
  // revalidate with the ETag itself. A redirect is an error: a loop would multiply every poll.
  const sentAt = c.now();
  const res = await c.fetch(c.url, {
    headers: { Accept: 'application/json' },
    signal: c.signal,
    cache: 'no-cache',
    credentials: 'omit',
    redirect: 'error',
  });
  const offset = clockOffsetFrom(res.headers.get('Date'), sentAt, c.now());
  const outcome = await readOutcome(c, res);
  return offset === undefined ? outcome : { ...outcome, clockOffsetMs: offset };
}

async function readOutcome(c: FetchContext, res: Response): Promise<FetchOutcome> {
  if (res.status === 304) return c.hasSnapshot() ? { kind: 'not-modified' } : { kind: 'fail', fault: 'http' };
  if (!res.ok) {
    res.body?.cancel().catch(() => {}); // an error page is never read
    return { kind: 'fail', fault: 'http', retryAfterMs: retryAfterMs(res.headers.get('Retry-After'), c.now()) };
  }
  const text = await readCapped(res, MAX_BODY_BYTES);
  if (text === null) return { kind: 'fail', fault: 'too-large' };
  if (text === c.lastBody && c.hasSnapshot()) return { kind: 'not-modified' };
  const json = safeJson(text);
  if (json === undefined) return { kind: 'fail', fault: 'malformed' };
  const parsed = parseSnapshot(json);
  if (!parsed.ok) return { kind: 'fail', fault: 'shape' };
  return { kind: 'ok', snapshot: parsed.value, body: text };
}
