// The built site is valid, fully linked and locked down: no CMS, no source maps, no
// secrets, a strict CSP on every page and the deployment security headers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { builtPages, DIST, type RunningSite, startSite } from './harness.ts';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}
const files = allFiles(DIST);
const pages = builtPages();
const htmlOf = (page: string) => readFileSync(path.join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');

describe('nothing dangerous ships', () => {
  it('has no CMS routes or CMS code', () => {
    expect(files.filter((f) => /[\\/](keystatic|api)[\\/]/.test(path.relative(DIST, f)))).toEqual([]);
    for (const page of pages) expect(htmlOf(page)).not.toMatch(/keystatic/i);
    const scripts = files.filter((f) => f.endsWith('.js'));
    for (const script of scripts) expect(readFileSync(script, 'utf8')).not.toMatch(/@keystatic|keystatic\.config/);
  });

  it('has no source maps and no dotfiles', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => path.basename(f).startsWith('.env'))).toEqual([]);
  });

  it('contains no value from a local .env file or a private key', () => {
    const secrets = ['.env', '.env.local', '.env.production']
      .filter((f) => existsSync(f))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .map((line) =>
        line
          .split('=')
          .slice(1)
          .join('=')
          .trim()
          .replace(/^['"]|['"]$/g, ''),
      )
      .filter((value) => value.length >= 8);
    for (const file of files.filter((f) => /\.(html|js|json|xml|txt|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
      for (const secret of secrets) expect(text.includes(secret), `${file} contains a .env value`).toBe(false);
    }
  });
});

describe('every page is valid HTML', () => {
  // The same rules as `npx html-validate` (the project's .htmlvalidate.json).
  const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
  it.each(pages)('%s', async (page) => {
    const report = await validator.validateString(htmlOf(page), path.join(DIST, page, 'index.html'));
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('links', () => {
  const targetExists = (urlPath: string) => {
    const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
    const full = path.join(DIST, clean);
    if (existsSync(full) && statSync(full).isFile()) return true;
    return existsSync(path.join(full, 'index.html'));
  };

  it('every internal link, image, script and stylesheet resolves, and every #anchor exists', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = htmlOf(page);
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, attr, value] of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) {
        if (!value) continue;
        if (attr === 'content' && !value.startsWith('/')) continue;
        if (value.startsWith('#')) {
          if (value.length > 1 && !ids.has(value.slice(1))) broken.push(`${page}: ${value}`);
          continue;
        }
        if (!value.startsWith('/') || value.startsWith('//')) continue;
        if (!targetExists(value)) broken.push(`${page}: ${value}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const cspOf = (page: string) => htmlOf(page).match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1] ?? '';

  it.each(pages)('%s has a strict CSP', (page) => {
    const csp = cspOf(page);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src [^;]*'self'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/'unsafe-eval'/);
    const wasm = /'wasm-unsafe-eval'/.test(csp);
    expect(wasm, 'only the search page may run WebAssembly').toBe(page === '/cari/');
  });
});

describe('deployment security headers', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());

  it('public/_headers sets HSTS, nosniff, referrer, permissions and frame-ancestors for every path', () => {
    const headers = headersFor(parseHeadersFile(readFileSync('public/_headers', 'utf8')), '/layanan/contoh/');
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=\d{8,}/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
  });

  it('are sent with pages and with the 404 page', async () => {
    for (const urlPath of ['/', '/halaman-yang-tidak-ada/']) {
      const response = await fetch(site.url + urlPath);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    }
  });
});
