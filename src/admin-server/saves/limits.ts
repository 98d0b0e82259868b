// What one request may cost the room: body size, how long a body may take to arrive, how
// long headers may take, and how large a content file a save may touch. One object, so the
// server, the save path and the tests read the same numbers.
import type { IncomingMessage } from 'node:http';
import { readBodyWithin } from '../../server/http.ts';
import { HttpError } from '../http.ts';
import { t } from '../strings/index.ts';

export const limits = {
  /** Largest Keystatic save body (images arrive base64 inside it). */
  saveBytes: 32 * 1024 * 1024,
  /** Largest content file a save reads or replaces. */
  fileBytes: 16 * 1024 * 1024,
  /** Time a request body may take to arrive in full (a body sent byte by byte is cut off). */
  bodyMs: 30_000,
  /** Time the rest of a refused, too large body is read and discarded before the answer (see server.ts). */
  discardMs: 10_000,
  /** Time the request headers may take (node's headersTimeout). */
  headersMs: 15_000,
  /** Time a whole request may take (node's requestTimeout). */
  requestMs: 120_000,
};

/**
 * Read a body of at most `maxBytes` within limits.bodyMs. Node's own requestTimeout is
 * checked only every few seconds and counts the whole request; this bounds the body
 * itself, so a slow sender holds the save queue's reader for a known time at most.
 */
export function readBoundedBody(req: IncomingMessage, maxBytes = limits.saveBytes, deadlineMs = limits.bodyMs): Promise<Buffer> {
  const slow = (status: number) => new HttpError(status, t.limits.slowBody(Math.round(deadlineMs / 1000)));
  // The answer goes out with Connection: close (see server.ts).
  return readBodyWithin(req, maxBytes, deadlineMs, {
    tooLarge: () => tooLarge(maxBytes),
    timedOut: () => slow(408),
    gone: (error) => error ?? slow(400),
  });
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, t.limits.tooLarge(Math.round(maxBytes / (1024 * 1024))));
}
