// Request bodies cannot wear the server down: a body where none belongs, or one that is too
// large or sent without a valid token, is refused from its headers and never read (the
// connection closes); a body that trickles in is cut off at the configured deadline.
// Raw sockets against the real server, so nothing in between reads ahead.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';

const TOKEN = 'body-token-0123456789abcdef';
let server: SpawnedServer;
let dir: string;

beforeAll(async () => {
  dir = makeTempDir('antrean-bodies-');
  server = await spawnQueueServer({
    dataDir: dir,
    config: {
      gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A' }],
      devices: [testDevice('kios', TOKEN, [], ['kiosk'])],
      rateLimits: { public: null, staff: null },
      bodyTimeoutSeconds: 2,
    },
  });
});
afterAll(async () => {
  await server?.stop();
  removeDir(dir);
});

interface RawExchange {
  status: number;
  /** ms from sending the headers to the server closing the connection. */
  closedAfterMs: number;
  /** Body bytes written before the server closed. */
  sentBytes: number;
}

/**
 * Sends `head`, then body bytes `chunk` every `everyMs` (never more than `total`), and
 * reports the answer's status and when the server closed. Gives up after `giveUpMs`.
 */
function exchange(head: string, options: { chunk: number; everyMs: number; total: number; giveUpMs: number }): Promise<RawExchange> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    let response = '';
    let sent = 0;
    const started = performance.now();
    const socket = connect(Number(port), hostname, () => {
      socket.write(head);
      const pump = () => {
        if (socket.destroyed || sent >= options.total) return;
        const n = Math.min(options.chunk, options.total - sent);
        socket.write(Buffer.alloc(n, 0x61));
        sent += n;
        timer = setTimeout(pump, options.everyMs);
      };
      let timer = setTimeout(pump, options.everyMs);
      socket.once('close', () => clearTimeout(timer));
    });
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      response += chunk;
    });
    socket.on('error', () => {});
    const done = () => {
      clearTimeout(giveUp);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
      resolve({ status, closedAfterMs: performance.now() - started, sentBytes: sent });
    };
    socket.once('close', done);
    const giveUp = setTimeout(() => socket.destroy(), options.giveUpMs);
  });
}

const FIFTY_MB = 50 * 1024 * 1024;

describe('request bodies', () => {
  it('refuses a 50 MB body to the public snapshot from its Content-Length and closes without reading it', async () => {
    const head = `GET /v1/antrean HTTP/1.1\r\nHost: x\r\nContent-Length: ${FIFTY_MB}\r\n\r\n`;
    const result = await exchange(head, { chunk: 64 * 1024, everyMs: 20, total: FIFTY_MB, giveUpMs: 10_000 });
    expect(result.status).toBe(413);
    expect(result.closedAfterMs).toBeLessThan(5_000);
    expect(result.sentBytes).toBeLessThan(10 * 1024 * 1024);
  });

  it('refuses an oversized staff body before looking at the token', async () => {
    const head = `POST /v1/staff/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${FIFTY_MB}\r\n\r\n`;
    const result = await exchange(head, { chunk: 64 * 1024, everyMs: 20, total: FIFTY_MB, giveUpMs: 10_000 });
    expect(result.status).toBe(413);
    expect(result.closedAfterMs).toBeLessThan(5_000);
  });

  it('answers a request without a valid token at once and does not wait for its body', async () => {
    const head = `POST /v1/staff/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer salah\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n`;
    const result = await exchange(head, { chunk: 10, everyMs: 500, total: 4000, giveUpMs: 15_000 });
    expect(result.status).toBe(401);
    expect(result.closedAfterMs).toBeLessThan(5_000);
  });

  it('cuts off a body that trickles in at the body deadline (2 s here)', async () => {
    const head = `POST /v1/staff/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n`;
    const result = await exchange(head, { chunk: 1, everyMs: 200, total: 2000, giveUpMs: 20_000 });
    expect(result.status).toBe(408);
    expect(result.closedAfterMs).toBeGreaterThanOrEqual(1_900);
    expect(result.closedAfterMs).toBeLessThan(8_000); // Node's own timeout: 30 s, checked every 30 s
  }, 30_000);
});
