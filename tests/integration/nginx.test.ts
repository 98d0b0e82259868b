// The README's nginx block, run by a real nginx on loopback, sends the same policies as
// _headers: the security headers on every location and the script-free policy on /media/.
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { freePort } from '../fixtures/free-port.ts';

const NGINX = '/usr/sbin/nginx';
const work = mkdtempSync(path.join(tmpdir(), 'mpp-nginx-'));
// nginx workers started by root run as an unprivileged user, who must be able to read the site.
chmodSync(work, 0o755);
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
let nginx: ChildProcess;
let base = '';

beforeAll(async () => {
  const block = readFileSync('README.md', 'utf8').match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
  const root = path.join(work, 'dist');
  for (const dir of ['media/profil', '_astro']) mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>beranda</title>');
  writeFileSync(path.join(root, '404.html'), 'tidak ada');
  writeFileSync(path.join(root, 'media/profil/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, '_astro/app.js'), '');
  const port = await freePort();
  const server = block.replace('root /var/www/portal-mpp/dist;', `root ${root};\n  listen 127.0.0.1:${port};`);
  const temp = (name: string) => `${name} ${path.join(work, name)};`;
  writeFileSync(
    path.join(work, 'nginx.conf'),
    `daemon off; pid ${path.join(work, 'nginx.pid')}; error_log ${path.join(work, 'error.log')};
events {}
http {
  include /etc/nginx/mime.types; access_log off;
  ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join('\n  ')}
  ${server}
}`,
  );
  nginx = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'inherit' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('nginx did not start');
});
afterAll(() => {
  nginx?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe("README's nginx configuration", () => {
  it.each(['/', '/media/profil/logo.svg', '/_astro/app.js'])('%s gets the headers _headers gives it', async (urlPath) => {
    const response = await fetch(`${base}${urlPath}`);
    expect(response.status).toBe(200);
    const expected = headersFor(rules, urlPath);
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']) {
      expect(response.headers.get(name), `${urlPath} ${name}`).toBe(expected[name]);
    }
    if (urlPath.startsWith('/media/') || urlPath === '/') {
      expect(response.headers.get('Content-Security-Policy')).toBe(expected['Content-Security-Policy']);
    }
  });
});
