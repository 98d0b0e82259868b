// How the search page loads and what it sends: Pagefind only when wanted, a shared ?q=
// address without layout shift, nothing sent or stored, WebAssembly in a worker under the
// CSP, the index as built, the form without JavaScript, and searching across a publish.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHUNK_TARGET_BYTES, chunkFor, readChunkRanges, readChunkWords } from '../../src/search/core/rechunk.ts';
import { DIST, openPage, serveAndLaunch } from './harness.ts';
import { isPagefind, resultPaths, resultsFor } from './search-helpers.ts';

const env = serveAndLaunch();

describe('loading the search page', () => {
  it('does not request Pagefind until the search box is focused, then loads it', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${env.site.url}/cari/`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(requested.filter(isPagefind)).toEqual([]);
    const meta = page.waitForResponse((response) => response.url().endsWith('.pf_meta'));
    await page.focus('#cari-halaman');
    await meta;
    const loaded = requested.filter(isPagefind).map((u) => new URL(u).pathname);
    expect(loaded).toContain('/pagefind/pagefind.js');
    expect(loaded.some((p) => p.endsWith('.pf_meta'))).toBe(true);
    // The term list is only for failed searches, the announcements index only on demand.
    expect(loaded).not.toContain('/pagefind/terms.json');
    expect(loaded.filter((p) => p.startsWith('/pagefind/pengumuman/'))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a shared ?q= address without moving what the resident is reading as the results arrive', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.site.url}/cari/?q=ktp`);
    await resultsFor(page, 'ktp');
    await page.waitForTimeout(300);
    expect(await page.textContent('[data-search-status]')).toMatch(/\d+ hasil untuk “ktp”/);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('sends the query nowhere: only the static search files are requested, nothing is stored', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const requests: { method: string; url: string; body: string }[] = [];
    await page.goto(`${env.site.url}/cari/`);
    await page.waitForLoadState('networkidle');
    page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() ?? '' }));
    // An ordinary search, a typo, a partial match and one not offered here.
    const queries = ['syarat perpanjang sim', 'psapor', 'ktp saya hilang gimana', 'sertifikat halal zzqx'];
    for (const q of queries) {
      await page.fill('#cari-halaman', q);
      await resultsFor(page, q);
    }
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.method, r.url).toBe('GET');
      expect(new URL(r.url).origin, r.url).toBe(env.site.url);
      // The search files, and the favicon the browser fetches when it likes.
      expect(new URL(r.url).pathname, r.url).toMatch(/^\/(pagefind\/|favicon\.)/);
      // Pagefind's own cache-buster on its entry file is the only query string.
      expect(new URL(r.url).search, r.url).toMatch(/^(\?ts=\d+)?$/);
      for (const word of queries.flatMap((q) => q.split(' ')).filter((w) => w.length >= 4)) {
        expect(decodeURIComponent(r.url).toLowerCase(), r.url).not.toContain(word);
        expect(r.body).not.toContain(word);
      }
    }
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    for (const q of queries) expect(stored).not.toContain(q.split(' ')[0]);
    expect(errors).toEqual([]);
    await close();
  });

  it('runs Pagefind and its WebAssembly in a worker under the CSP without violations', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${env.site.url}/cari/?q=npwp`);
    await resultsFor(page, 'npwp');
    expect((await resultPaths(page))[0]).toBe('/layanan/npwp/');
    // The WebAssembly runs in Pagefind's worker, off the main thread (no fallback needed).
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
    expect(warnings.filter((w) => /pagefind|worker/i.test(w))).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|CSP/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search index as built', () => {
  const bundles = ['pagefind', 'pagefind/pengumuman'].map((dir) => path.join(DIST, dir));

  it('finds every indexed word in the chunk the search loads for it, in chunks of a few kilobytes', () => {
    for (const dir of bundles) {
      const { languages } = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
      const meta = gunzipSync(readFileSync(path.join(dir, `pagefind.${languages.id.hash}.pf_meta`)));
      const ranges = readChunkRanges(meta)?.ranges ?? [];
      expect(ranges.length).toBeGreaterThan(0);
      expect(readdirSync(path.join(dir, 'index')).sort()).toEqual(ranges.map((r) => `${r.hash}.pf_index`).sort());
      let words = 0;
      for (const range of ranges) {
        const entries = readChunkWords(gunzipSync(readFileSync(path.join(dir, 'index', `${range.hash}.pf_index`)))) ?? [];
        expect(entries.length).toBeGreaterThan(0);
        if (entries.length > 1) expect(entries.reduce((sum, e) => sum + e.bytes.length, 0)).toBeLessThanOrEqual(CHUNK_TARGET_BYTES);
        for (const { word } of entries) expect(chunkFor(ranges, word)?.hash, `${path.basename(dir)}: ${word}`).toBe(range.hash);
        words += entries.length;
      }
      expect(words).toBeGreaterThan(100);
    }
  });
});

describe('search page without JavaScript', () => {
  it('keeps a working form and the link to the A–Z list', async () => {
    const { page, close } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', 'ktp');
    await Promise.all([page.waitForURL(/\/cari\/\?q=ktp/), page.press('#cari-halaman', 'Enter')]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('[data-search-fallback] a[href="/layanan/"]').isVisible()).toBe(true);
    await close();
  });
});

describe('search while typing and after a publish', () => {
  it('does not load announcements or the term list for a word the resident is still typing', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.url}/cari/`);
    await page.click('#cari-halaman');
    // "xylo" is in no page: its search waits for typing to stop before it downloads more.
    await page.keyboard.type('xylo');
    await page.waitForTimeout(450);
    const whileTyping = [...requested];
    await page.keyboard.type('fon');
    await resultsFor(page, 'xylofon');
    expect(whileTyping.filter((p) => p.startsWith('/pagefind/pengumuman/') || p === '/pagefind/terms.json')).toEqual([]);
    // The finished word does go on: no page has it, so the page says so.
    expect(requested).toContain('/pagefind/terms.json');
    expect(await page.locator('[data-search-not-offered]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens the new index and searches again when a publish replaced the one the page loaded', async () => {
    const { page, close } = await openPage(env.browser);
    let reopened = false;
    page.on('request', (request) => {
      if (new URL(request.url()).searchParams.has('rilis')) reopened = true;
    });
    // The files of the index the page opened first are gone, as after a publish.
    await page.route('**/pagefind/fragment/**', (route) =>
      reopened ? route.continue() : route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(`${env.site.url}/cari/?q=skck`);
    await resultsFor(page, 'skck');
    expect(reopened).toBe(true);
    expect((await resultPaths(page)).slice(0, 3)).toContain('/layanan/skck-baru/');
    await close();
  });
});
