// The shipped reverse-proxy config of the editors' room (deploy/nginx/admin.conf) on
// Debian's nginx, in front of a stand-in room server: forwarded headers, no caching,
// one copy of each security header, and the upload limit.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningNginx, startAdminNginx } from '../fixtures/nginx.ts';

let room: Server;
let nginx: RunningNginx;
let seen: { headers: IncomingMessage['headers']; bytes: number } | undefined;

beforeAll(async () => {
  room = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    req.on('end', () => {
      seen = { headers: req.headers, bytes };
      // Headers the room might send itself; the proxy must leave one copy of each.
      res.setHeader('Cache-Control', 'public, max-age=600');
      res.setHeader('X-Frame-Options', 'DENY');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => room.listen(0, '127.0.0.1', resolve));
  nginx = await startAdminNginx({ upstreamPort: (room.address() as AddressInfo).port });
});

afterAll(async () => {
  await nginx?.stop();
  room?.closeAllConnections();
  await new Promise((resolve) => room?.close(resolve));
});

describe("the editors' room behind nginx", () => {
  it('passes the original host, scheme and client address to the room', async () => {
    const response = await fetch(`${nginx.url}/masuk/`);
    expect(await response.text()).toBe('ok');
    const host = new URL(nginx.url).host;
    expect(seen?.headers).toMatchObject({ host, 'x-forwarded-host': host, 'x-forwarded-proto': 'http', 'x-real-ip': '127.0.0.1' });
  });

  it('lets nothing be cached and sends each security header once', async () => {
    const response = await fetch(`${nginx.url}/`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    // The room's own framing and referrer policies reach the browser unchanged.
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('accepts uploads up to the limit and refuses larger ones', async () => {
    const ok = await fetch(`${nginx.url}/api/keystatic/upload`, { method: 'POST', body: new Uint8Array(5 * 1024 * 1024) });
    expect(ok.status).toBe(200);
    expect(seen?.bytes).toBe(5 * 1024 * 1024);
    const tooBig = await fetch(`${nginx.url}/api/keystatic/upload`, { method: 'POST', body: new Uint8Array(41 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
  });
});
