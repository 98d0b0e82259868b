// The shipped public-site nginx config (deploy/nginx/portal-mpp.conf) on Debian's nginx,
// serving a live symlink: headers as public/_headers says, the switch seen by the very
// next request, and a download running during a switch (or a prune) completing whole.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previousLinkOf } from '../../src/admin-server/publish/index.ts';
import { switchLink } from '../../src/admin-server/publish/releases.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { type RunningNginx, startNginx } from '../fixtures/nginx.ts';

const BIG = 8 * 1024 * 1024;
const work = mkdtempSync(path.join(os.tmpdir(), 'mpp-nginx-uji-'));
const live = path.join(work, 'live');
const releases = { a: path.join(work, 'rilis', 'a'), b: path.join(work, 'rilis', 'b') };
const bodies = { a: Buffer.alloc(BIG, 'a'), b: Buffer.alloc(BIG, 'b') };

function fakeRelease(dir: string, name: 'a' | 'b') {
  const files: Record<string, string | Buffer> = {
    'index.html': `<!doctype html><title>${name}</title>`,
    '404.html': `<!doctype html><title>tidak ditemukan ${name}</title>`,
    'layanan/ktp-el/index.html': `<!doctype html><title>ktp ${name}</title>`,
    '_astro/app.abc123.js': `console.log(${JSON.stringify(name)});`,
    'media/contoh.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'media/kerja-sama/pks/dokumen.pdf': readFileSync('content/media/kerja-sama/pks-bpjs-kesehatan/dokumen.pdf'),
    'data/layanan.csv': 'slug,nama\nktp-el,KTP-el\n',
    'big.bin': bodies[name],
    [`_astro/hanya-${name}.js`]: `console.log(${JSON.stringify(name)});`,
    [`pagefind/index/id_${name}.pf_index`]: name,
    [`halaman-${name}/index.html`]: `<!doctype html><title>halaman ${name}</title>`,
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

let nginx: RunningNginx;

beforeAll(async () => {
  fakeRelease(releases.a, 'a');
  fakeRelease(releases.b, 'b');
  switchLink(live, releases.a);
  nginx = await startNginx({ root: live });
});

afterAll(async () => {
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const text = async (pathname: string) => (await fetch(`${nginx.url}${pathname}`)).text();

describe('nginx with the shipped site config', () => {
  it('sends the security headers of public/_headers on pages, assets, uploads and 404s', async () => {
    for (const pathname of ['/', '/layanan/ktp-el/', '/_astro/app.abc123.js', '/media/contoh.svg', '/tidak-ada/']) {
      const response = await fetch(`${nginx.url}${pathname}`);
      for (const [name, value] of Object.entries(headersFor(rules, pathname)))
        expect(response.headers.get(name), `${pathname} ${name}`).toBe(value);
    }
  });

  it('serves pages by folder, immutable assets, the 404 page and CSV as text', async () => {
    expect(await text('/layanan/ktp-el/')).toContain('ktp a');
    const page = await fetch(`${nginx.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const asset = await fetch(`${nginx.url}/_astro/app.abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${nginx.url}/tidak-ada/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('tidak ditemukan a');
    expect((await fetch(`${nginx.url}/data/layanan.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('serves uploads under a policy that blocks scripts and sniffing', async () => {
    const media = await fetch(`${nginx.url}/media/contoh.svg`);
    expect(media.status).toBe(200);
    expect(media.headers.get('content-security-policy')).toBe(headersFor(rules, '/media/contoh.svg')['Content-Security-Policy']);
    expect(media.headers.get('x-content-type-options')).toBe('nosniff');
    // Agreement PDFs get the same policy as the Node server gives them (tests/e2e/media-policy.test.ts
    // shows Chrome's PDF viewer opens them under it), as application/pdf, never as a download.
    const pdf = await fetch(`${nginx.url}/media/kerja-sama/pks/dokumen.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-security-policy')).toBe(
      headersFor(rules, '/media/kerja-sama/pks/dokumen.pdf')['Content-Security-Policy'],
    );
    expect(pdf.headers.get('content-disposition')).toBeNull();
  });

  it('serves the new release from the first request after a switch', async () => {
    switchLink(live, releases.b);
    expect(await text('/')).toContain('<title>b</title>');
    switchLink(live, releases.a);
    expect(await text('/')).toContain('<title>a</title>');
  });

  it('finds the assets and search files of pages opened before a publish in the release live before', async () => {
    switchLink(previousLinkOf(live), releases.a);
    switchLink(live, releases.b);
    for (const pathname of ['/_astro/hanya-a.js', '/pagefind/index/id_a.pf_index', '/_astro/hanya-b.js']) {
      const response = await fetch(`${nginx.url}${pathname}`);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // Pages, and files in neither release, never come from the previous release.
    expect((await fetch(`${nginx.url}/halaman-a/`)).status).toBe(404);
    const missing = await fetch(`${nginx.url}/_astro/tidak-ada.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('tidak ditemukan b');
    switchLink(live, releases.a);
  });

  it('completes a download that is running during a switch with the whole old file', async () => {
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const) {
      switchLink(live, releases[from]);
      const response = await fetch(`${nginx.url}/big.bin`);
      const reader = response.body!.getReader();
      const first = await reader.read();
      switchLink(live, releases[to]);
      const chunks = [Buffer.from(first.value!)];
      for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(Buffer.from(part.value));
      expect(Buffer.concat(chunks).equals(bodies[from])).toBe(true);
      expect((await text('/')).includes(`<title>${to}</title>`)).toBe(true);
    }
  });

  it('completes a running download even when its release is deleted (pruned) meanwhile', async () => {
    const doomed = path.join(work, 'rilis', 'c');
    fakeRelease(doomed, 'a');
    switchLink(live, doomed);
    const response = await fetch(`${nginx.url}/big.bin`);
    const reader = response.body!.getReader();
    const chunks = [Buffer.from((await reader.read()).value!)];
    switchLink(live, releases.b);
    rmSync(doomed, { recursive: true, force: true });
    for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(Buffer.from(part.value));
    expect(Buffer.concat(chunks).equals(bodies.a)).toBe(true);
  });
});
