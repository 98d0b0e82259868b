// Server-sent events: each client gets the current snapshot on connect and a new one on
// every change. The SSE `id` is the snapshot's ETag, so a client can switch between the
// stream and conditional GETs without downloading an unchanged body. Heartbeat comments
// keep proxies from closing idle connections; closed clients are dropped at once.
//
// A client that stops reading must not cost memory: once its socket holds more than
// `maxBufferedBytes` unsent, it gets nothing more (no frames, no heartbeats) until the
// buffer drains, and then only the latest snapshot (a resync: older frames are moot).
// A client still behind after `stallSeconds` is disconnected; EventSource reconnects.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TicketEvent } from '../lib/queue/contract.ts';
import { BASE_HEADERS } from './http.ts';
import type { SnapshotEntry } from './snapshot.ts';

const snapshotFrame = (entry: SnapshotEntry) => `id: ${entry.etag}\nevent: snapshot\ndata: ${entry.body.toString('utf8')}\n\n`;

/** Stream settings (see QueueServerConfig.stream). */
export interface StreamOptions {
  maxClients: number;
  heartbeatSeconds: number;
  /** Unsent bytes a client may hold before it is skipped until it drains. */
  maxBufferedBytes: number;
  /** A client skipped this long is disconnected. */
  stallSeconds: number;
}

interface Client {
  res: ServerResponse;
  /** performance.now() when the client fell behind; null while it keeps up. */
  behindSince: number | null;
}

/** Keeps the set of open streams and writes to all of them without unbounded buffering. */
export function createStreamHub(options: StreamOptions, now: () => number = () => performance.now()) {
  const clients = new Map<ServerResponse, Client>();
  let latest: SnapshotEntry | null = null;
  let dropped = 0;

  function drop(res: ServerResponse): void {
    clients.delete(res);
  }

  function resync(client: Client): void {
    client.behindSince = null;
    if (latest && clients.has(client.res)) send(client, snapshotFrame(latest));
  }

  /** Writes `frame` unless the client is behind; a full buffer marks it behind until 'drain'. */
  function send(client: Client, frame: string): void {
    if (client.behindSince !== null) return;
    if (client.res.writableLength >= options.maxBufferedBytes) {
      client.behindSince = now();
      // The socket's own 'drain' (the response only re-emits it in some cases).
      client.res.socket?.once('drain', () => resync(client));
      return;
    }
    client.res.write(frame);
  }

  function sendAll(frame: string): void {
    for (const client of clients.values()) send(client, frame);
  }

  const heartbeat = setInterval(() => {
    const t = now();
    for (const client of clients.values()) {
      if (client.behindSince === null) send(client, `: ping\n\n`);
      else if (client.res.writableLength < options.maxBufferedBytes) resync(client);
      else if (t - client.behindSince > options.stallSeconds * 1000) {
        dropped += 1;
        clients.delete(client.res);
        client.res.destroy();
      }
    }
  }, options.heartbeatSeconds * 1000);
  heartbeat.unref();

  return {
    /** Accepts a client if there is room; returns false when the server is at its limit. */
    open(req: IncomingMessage, res: ServerResponse, entry: SnapshotEntry, headers: Record<string, string>): boolean {
      if (clients.size >= options.maxClients) return false;
      latest = entry;
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
      clients.set(res, { res, behindSince: null });
      const cleanup = () => drop(res);
      req.on('close', cleanup);
      res.on('close', cleanup);
      res.on('error', cleanup);
      return true;
    },
    /** Pushes a changed snapshot to everyone who keeps up. */
    broadcast(entry: SnapshotEntry): void {
      latest = entry;
      sendAll(snapshotFrame(entry));
    },
    /** Pushes a ticket call (for display boards) to everyone who keeps up. */
    ticketEvent(event: TicketEvent): void {
      sendAll(`event: ticket\ndata: ${JSON.stringify(event)}\n\n`);
    },
    size: () => clients.size,
    /** Figures for /v1/health: unsent bytes held for all streams, clients behind, clients dropped so far. */
    stats() {
      let buffered = 0;
      let behind = 0;
      for (const client of clients.values()) {
        buffered += client.res.writableLength;
        if (client.behindSince !== null) behind += 1;
      }
      return { bufferedBytes: buffered, behind, dropped };
    },
    /** Ends every stream (server shutdown). */
    close(): void {
      clearInterval(heartbeat);
      for (const res of clients.keys()) res.end();
      clients.clear();
    },
  };
}
