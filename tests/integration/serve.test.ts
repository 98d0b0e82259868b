// The local static server (npm start, npm run serve, the browser tests) survives malformed
// addresses and never serves files from outside its folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/server/static.ts';

const work = mkdtempSync(path.join(tmpdir(), 'mpp-serve-'));
let server: Server;
let base = '';

// Raw paths: fetch() would normalise "..", and the point is what the server does with them.
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request({ host: url.hostname, port: url.port, path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The raw bytes and headers of a response, as a browser sending `acceptEncoding` receives them. */
function getRaw(rawPath: string, acceptEncoding?: string): Promise<{ headers: IncomingHttpHeaders; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(base);
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    const req = request({ host: url.hostname, port: url.port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SCRIPT = `export const hours = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `${i}.00 WIB`))};\n`;

beforeAll(async () => {
  mkdirSync(path.join(work, 'dist'));
  mkdirSync(path.join(work, 'dist-secret'));
  writeFileSync(path.join(work, 'dist', 'index.html'), 'beranda');
  writeFileSync(path.join(work, 'dist', '404.html'), 'tidak ada');
  writeFileSync(path.join(work, 'dist-secret', 'x.txt'), 'RAHASIA');
  writeFileSync(path.join(work, 'dist', 'app.js'), SCRIPT);
  writeFileSync(path.join(work, 'dist', 'index.pf_fragment'), Buffer.alloc(2000, 7));
  ({ server, url: base } = await serveStatic(path.join(work, 'dist')));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect(await get('/')).toEqual({ status: 200, body: 'beranda' });
  });

  it('never serves a sibling folder whose name starts with the root name', async () => {
    for (const attempt of ['/..%2fdist-secret%2fx.txt', '/../dist-secret/x.txt', '/%2e%2e/dist-secret/x.txt']) {
      const { status, body } = await get(attempt);
      expect(body, attempt).not.toContain('RAHASIA');
      expect(status, attempt).toBe(404);
    }
  });

  it('gzips text a browser accepts compressed, as nginx does in production', async () => {
    const { headers, bytes } = await getRaw('/app.js', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers.vary).toBe('Accept-Encoding');
    expect(bytes.length).toBeLessThan(SCRIPT.length / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(SCRIPT);
  });

  it('sends plain bytes to clients without gzip, for tiny files and for Pagefind files compressed already', async () => {
    for (const [file, accept] of [
      ['/app.js', undefined],
      ['/app.js', 'gzip;q=0, identity'],
      ['/', 'gzip'],
      ['/index.pf_fragment', 'gzip'],
    ] as const) {
      const { headers, bytes } = await getRaw(file, accept);
      expect(headers['content-encoding'], `${file} ${accept}`).toBeUndefined();
      if (file === '/app.js') expect(bytes.toString('utf8')).toBe(SCRIPT);
    }
  });
});
