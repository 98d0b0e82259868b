// Static file serving both servers and the tools share: content types, safe path
// resolution, gzip like production, and a small server for the built site (dist/) that
// applies public/_headers like a real host (`npm start`, the browser tests, the benchmarks).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../lib/headers-file.ts';
import { isInside } from '../lib/paths.ts';

/** Content types by file extension. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

// Compressed like deploy/nginx/portal-mpp.conf (gzip_types, gzip_min_length 512), so `npm start`
// and the Lighthouse runs move the bytes a resident's phone moves in production. Pagefind's own
// files are already compressed and stay as they are.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.webmanifest', '.xml', '.txt', '.svg', '.wasm', '.csv']);
const GZIP_MIN_BYTES = 512;

/** Whether a response for `file` should be gzipped for a client sending `acceptEncoding`. */
export function shouldGzip(file: string, size: number, acceptEncoding: string | undefined): boolean {
  const accepts = (acceptEncoding ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    const q = params.find((x) => x.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
  return accepts && size >= GZIP_MIN_BYTES && COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

/** The request path decoded, or null when it is not valid percent-encoding (e.g. /%E0%A4%A). */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The file a decoded URL path names inside `root` (index.html for folders), or null. */
export function resolveFile(root: string, decoded: string): string | null {
  const target = path.join(root, decoded);
  if (!isInside(root, target) || decoded.includes('\0')) return null;
  if (existsSync(target) && statSync(target).isFile()) return target;
  const index = path.join(target, 'index.html');
  return existsSync(index) ? index : null;
}

/** Serve `root` on host:port (port 0 picks a free one); resolves once listening. */
export function serveStatic(root: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const dir = path.resolve(root);
  const headersPath = path.join(dir, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const decoded = decodePath(pathname);
    if (decoded === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Alamat tidak valid');
      return;
    }
    if (pathname !== '/' && !path.extname(pathname) && !pathname.endsWith('/') && resolveFile(dir, `${decoded}/`)) {
      res.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const file = resolveFile(dir, decoded);
    const status = file ? 200 : 404;
    const served = file ?? path.join(dir, '404.html');
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
    res.setHeader('Content-Type', TYPES[path.extname(served).toLowerCase()] ?? 'application/octet-stream');
    res.statusCode = status;
    if (!existsSync(served)) return res.end();
    if (COMPRESSIBLE.has(path.extname(served).toLowerCase())) res.setHeader('Vary', 'Accept-Encoding');
    const gzip = shouldGzip(served, statSync(served).size, req.headers['accept-encoding']);
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    if (req.method === 'HEAD') res.end();
    else if (gzip) createReadStream(served).pipe(createGzip()).pipe(res);
    else createReadStream(served).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://${host}:${actual}` });
    });
  });
}
