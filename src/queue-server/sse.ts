// Server-sent events: each client gets the current snapshot on connect and a new one on
// every change. The SSE `id` is the snapshot's ETag, so a client can switch between the
// stream and conditional GETs without downloading an unchanged body. Heartbeat comments
// keep proxies from closing idle connections; closed clients are dropped at once.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TicketEvent } from '../lib/queue/contract.ts';
import { BASE_HEADERS } from './http.ts';
import type { SnapshotEntry } from './snapshot.ts';

const snapshotFrame = (entry: SnapshotEntry) => `id: ${entry.etag}\nevent: snapshot\ndata: ${entry.body.toString('utf8')}\n\n`;

/** Keeps the set of open streams and writes to all of them. */
export function createStreamHub(options: { maxClients: number; heartbeatSeconds: number }) {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(`: ping\n\n`);
  }, options.heartbeatSeconds * 1000);
  heartbeat.unref();

  function drop(res: ServerResponse): void {
    clients.delete(res);
  }

  return {
    /** Accepts a client if there is room; returns false when the server is at its limit. */
    open(req: IncomingMessage, res: ServerResponse, entry: SnapshotEntry, headers: Record<string, string>): boolean {
      if (clients.size >= options.maxClients) return false;
      req.socket.setNoDelay(true);
      req.socket.setKeepAlive(true, 30_000);
      res.writeHead(200, {
        ...BASE_HEADERS,
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
        Connection: 'keep-alive',
        // Tells nginx not to buffer the stream.
        'X-Accel-Buffering': 'no',
      });
      res.write(`retry: 5000\n${snapshotFrame(entry)}`);
      clients.add(res);
      const cleanup = () => drop(res);
      req.on('close', cleanup);
      res.on('close', cleanup);
      res.on('error', cleanup);
      return true;
    },
    /** Pushes a changed snapshot to everyone. */
    broadcast(entry: SnapshotEntry): void {
      const frame = snapshotFrame(entry);
      for (const res of clients) res.write(frame);
    },
    /** Pushes a ticket call (for display boards) to everyone. */
    ticketEvent(event: TicketEvent): void {
      const frame = `event: ticket\ndata: ${JSON.stringify(event)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    size: () => clients.size,
    /** Ends every stream (server shutdown). */
    close(): void {
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
