// The search page in Chromium against the build: live results, ?q=, filters, keyboard,
// suggestions, lazy loading of Pagefind, accessibility and the CSP.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHUNK_TARGET_BYTES, chunkFor, readChunkRanges, readChunkWords } from '../../src/lib/search/rechunk.ts';
import { DIST, expectNoAxeViolations, openPage, serveAndLaunch } from './harness.ts';

const env = serveAndLaunch();

/** Wait until the page has rendered the results of `query`. */
async function resultsFor(page: Page, query: string) {
  await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${query}"]`, { state: 'attached', timeout: 15_000 });
}

const resultPaths = (page: Page) =>
  page.$$eval('.search-result-title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');

describe('search page', () => {
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

  it('shows results while typing, without pressing Enter', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.click('#cari-halaman');
    await page.keyboard.type('bikin ktp', { delay: 40 });
    await resultsFor(page, 'bikin ktp');
    const paths = await resultPaths(page);
    expect(paths[0]).toBe('/layanan/ktp-el/');
    expect(await page.textContent('[data-search-status]')).toMatch(/\d+ hasil untuk “bikin ktp”/);
    // The address follows the search so it can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('bikin ktp');
    // Matches are highlighted, and a service shows its gerai and cost.
    expect(await page.locator('.search-result').first().locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-result-facts').first().textContent()).toMatch(/Gerai G\d+ .+ · (Gratis|Rp)/);
    expect(errors).toEqual([]);
    await close();
  });

  it('searches at once when opened with ?q=', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=skck`);
    await resultsFor(page, 'skck');
    expect(await page.inputValue('#cari-halaman')).toBe('skck');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain('/layanan/skck-baru/');
    // Groups are labelled by type, services first.
    expect(await page.locator('.search-group h2').first().textContent()).toMatch(/^Layanan/);
    expect(errors).toEqual([]);
    await close();
  });

  it('narrows results with the type and gerai filters (and keeps them in the address)', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=paspor`);
    await resultsFor(page, 'paspor');
    const all = await resultPaths(page);
    expect(all.some((p) => p.startsWith('/layanan/'))).toBe(true);
    expect(all.some((p) => !p.startsWith('/layanan/'))).toBe(true);

    await page.click('[data-search-filters] summary');
    await page.selectOption('#saring-tipe', 'layanan');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tipe') === 'layanan');
    await resultsFor(page, 'paspor');
    await page.waitForFunction(() =>
      // Life-event guides are listed with services.
      [...document.querySelectorAll('.search-result-title a')].every((a) =>
        /^\/(layanan|panduan)\//.test((a as HTMLAnchorElement).pathname),
      ),
    );
    const services = await resultPaths(page);
    expect(services.length).toBeGreaterThan(0);
    expect(services.length).toBeLessThan(all.length);

    await page.selectOption('#saring-gerai', 'kemenag');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gerai') === 'kemenag');
    await page.waitForFunction(() => !document.querySelector('.search-result-title a[href="/layanan/paspor/"]'));
    await resultsFor(page, 'paspor');
    // Only services of Gerai Kementerian Agama remain (the passport recommendation for pilgrims first).
    const kemenag = await resultPaths(page);
    expect(kemenag[0]).toBe('/layanan/rekomendasi-paspor-haji/');
    expect(kemenag.length).toBeLessThan(services.length);
    expect(await page.textContent('[data-search-status]')).toMatch(/saringan/);
    expect(errors).toEqual([]);
    await close();
  });

  it('searches announcements on request, and by itself when nothing else answers', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.url}/cari/?q=paspor`);
    await resultsFor(page, 'paspor');
    expect(requested.filter((p) => p.startsWith('/pagefind/pengumuman/'))).toEqual([]);
    expect((await resultPaths(page)).some((p) => p.startsWith('/pengumuman/'))).toBe(false);
    await page.click('button.search-also');
    await page.waitForSelector('#hasil-pengumuman');
    expect((await resultPaths(page)).some((p) => p.startsWith('/pengumuman/'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hasil-pengumuman');
    expect(await page.locator('button.search-also').count()).toBe(0);

    expect(errors).toEqual([]);
    await close();

    // Only announcements talk about Ramadan: in a fresh visit they are searched without asking.
    const fresh = await openPage(env.browser);
    await fresh.page.goto(`${env.site.url}/cari/?q=ramadan`);
    await resultsFor(fresh.page, 'ramadan');
    expect((await resultPaths(fresh.page))[0]).toMatch(/^\/pengumuman\//);
    expect(await fresh.page.locator('button.search-also').count()).toBe(0);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });

  it('restores filters from the address', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=bpjs&instansi=bumn`);
    await resultsFor(page, 'bpjs');
    expect(await page.inputValue('#saring-instansi')).toBe('bumn');
    expect(await page.getAttribute('[data-search-filters]', 'open')).not.toBeNull();
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/^\/(layanan\/bpjs|gerai\/bpjs)/);
    await close();
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.click('#cari-halaman');
    await page.keyboard.type('paspor');
    await resultsFor(page, 'paspor');
    const paths = await resultPaths(page);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(paths[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(paths[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('cari-halaman');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`${env.site.url}${paths[1]}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(paths[1]);
    expect(errors).toEqual([]);
    await close();
  });

  it('offers "Mungkin maksud Anda" for a misspelling that finds nothing, and searches it on click', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', 'psapor');
    await resultsFor(page, 'psapor');
    const suggestion = page.locator('[data-search-suggestion] a');
    await expect.poll(() => suggestion.textContent()).toBe('paspor');
    expect(await page.textContent('[data-search-suggestion]')).toMatch(/^Mungkin maksud Anda:/);
    expect(await page.textContent('[data-search-status]')).toMatch(/Tidak ada hasil yang cocok untuk “psapor”/);
    await suggestion.click();
    await resultsFor(page, 'paspor');
    expect(await page.inputValue('#cari-halaman')).toBe('paspor');
    expect(new URL(page.url()).searchParams.get('q')).toBe('paspor');
    expect(await page.isHidden('[data-search-suggestion]')).toBe(true);
    expect((await resultPaths(page)).slice(0, 3)).toContain('/layanan/paspor/');
    expect(errors).toEqual([]);
    await close();
  });

  it('says the service is not offered here, with next steps, when the words are in no page', async () => {
    const { page, errors, close } = await openPage(env.browser);
    for (const q of ['qwxzvbn', 'surabaya', 'xylofon']) {
      await page.goto(`${env.site.url}/cari/?q=${q}`);
      await resultsFor(page, q);
      expect(await page.textContent('[data-search-status]')).toMatch(
        new RegExp(`Layanan ini belum tersedia di MPP ini: tidak ada layanan untuk “${q}”`),
      );
      // No services whose text merely contains the letter Pagefind fell back to ("S", "X").
      expect(await page.locator('.search-result').count()).toBe(0);
      const panel = page.locator('[data-search-not-offered]');
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.locator('h2').textContent()).toBe('Layanan ini belum tersedia di MPP ini');
      expect(await panel.locator('a[href="/layanan/"]').count()).toBe(1);
      expect(await panel.locator('a[href^="https://www.lapor.go.id"]').count()).toBe(1);
    }
    // A search that does find something hides the state again.
    await page.fill('#cari-halaman', 'ktp');
    await resultsFor(page, 'ktp');
    expect(await page.isHidden('[data-search-not-offered]')).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the closest services when a service is not offered here', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', 'bikin sim internasional');
    await resultsFor(page, 'bikin sim internasional');
    expect(await page.isVisible('[data-search-not-offered]')).toBe(true);
    expect(await page.textContent('[data-search-status]')).toMatch(/belum tersedia.*Layanan yang mirip ada di bawah/);
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain('/layanan/sim-baru/');
    expect(paths.every((p) => p.startsWith('/layanan/'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('highlights only words that really match, never a lone letter or Roman numeral', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    for (const q of ['legalisir ijazah', 'kk', 'pekalongan antrean']) {
      await page.fill('#cari-halaman', q);
      await resultsFor(page, q);
      const marks = await page.$$eval('.search-result mark', (els) => els.map((e) => e.textContent ?? ''));
      for (const mark of marks) expect(mark.length, `${q}: <mark>${mark}</mark>`).toBeGreaterThanOrEqual(2);
      if (q === 'kk') for (const mark of marks) expect(mark.toLowerCase()).toBe('kk');
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('finds a service by a requirement document, which the page shows only in its checklist', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=ijazah`);
    await resultsFor(page, 'ijazah');
    const paths = await resultPaths(page);
    // Services that ask for it, not announcements marking a Roman numeral "I".
    expect(paths.slice(0, 3).every((p) => p.startsWith('/layanan/'))).toBe(true);
    expect(paths).toContain('/layanan/kartu-kuning/');
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

  it('has no axe violations with results, a suggestion and the not-offered state shown', async () => {
    const { page, close } = await openPage(env.browser);
    for (const q of ['ktp', 'xkck', 'surabaya']) {
      await page.goto(`${env.site.url}/cari/?q=${q}`);
      await resultsFor(page, q);
      await page.click('[data-search-filters] summary');
      await expectNoAxeViolations(page);
    }
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
