// Offline in Chromium: a page opened once opens again with no signal (with its ticks and a
// "saved at" note), nothing else is downloaded, queue requests never touch the cache, a new
// publish replaces the saved copy, Save-Data is respected, and the worker stays small.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/server/static.ts';
import { guideUrl, serviceUrl } from '../../src/lib/urls.ts';
import { DIST, launchBrowser } from './harness.ts';

/** A second publish: the sample content with one guide changed, built beside dist/. */
const NEXT_DIST = path.resolve('.cache/dist-offline-next');
const CHANGED = 'Pengantar yang diperbarui pada terbitan berikutnya.';
const GUIDE = guideUrl('kelahiran-anak');

function buildNext() {
  const worker = path.join(NEXT_DIST, 'sw.js');
  // Reused while newer than the build under test.
  if (existsSync(worker) && statSync(worker).mtimeMs >= statSync(path.join(DIST, 'sw.js')).mtimeMs) return;
  const content = mkdtempSync(path.join(tmpdir(), 'mpp-offline-'));
  cpSync('content', content, { recursive: true });
  const file = path.join(content, 'panduan', 'kelahiran-anak.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^pengantar: >-\n( {2}.*\n)+/m, `pengantar: ${CHANGED}\n`));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', NEXT_DIST], {
    stdio: 'inherit',
    env: { ...process.env, MPP_CONTENT_DIR: content },
  });
  rmSync(content, { recursive: true, force: true });
  if (result.status !== 0) throw new Error('build kedua gagal');
}

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let server: Server;
let origin = '';
async function serve(root: string, port = 0) {
  const s = await serveStatic(root, port);
  server = s.server;
  origin = s.url.replace(/\/$/, '');
}
async function stop() {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

beforeAll(async () => {
  buildNext();
  await serve(DIST);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stop();
});

/** Paths of the pages this origin's service worker has saved. */
const savedPages = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) {
        const { pathname } = new URL(request.url);
        if (!pathname.startsWith('/_astro/')) paths.push(pathname);
      }
    }
    return paths.sort();
  });

async function waitForSaved(page: Page, paths: string[]) {
  await expect.poll(() => savedPages(page), { timeout: 15_000 }).toEqual([...paths].sort());
}

const note =
  /^Disimpan untuk dibuka tanpa sinyal pada \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} pukul \d{2}\.\d{2}\.$/;

describe('offline', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('registers the worker only after the page has loaded, and saves just that page', async () => {
    // Records the document's state when the page registers its worker.
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        document.documentElement.dataset.swRegisteredWhen = document.readyState;
        return register.apply(this, args);
      };
    });
    await page.goto(origin + GUIDE);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await waitForSaved(page, [GUIDE]);
    expect(await page.getAttribute('html', 'data-sw-registered-when')).toBe('complete');
    expect(await page.locator('[data-offline-note]').isVisible()).toBe(false);
  });

  it('opens a saved page with no signal, with its ticks and when it was saved', async () => {
    await page.locator('[data-checklist] input[type=checkbox]').nth(1).check();
    await page.goto(origin + serviceUrl('akta-kelahiran'));
    await waitForSaved(page, [GUIDE, serviceUrl('akta-kelahiran')]);
    await context.setOffline(true);
    await page.goto(origin + GUIDE);
    expect(await page.locator('h1').innerText()).toBe('Kelahiran anak');
    expect(await page.locator('[data-checklist] input[type=checkbox]').nth(1).isChecked()).toBe(true);
    expect(await page.locator('[data-offline-note]').innerText()).toMatch(note);
    // Styles come from the saved assets too.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.guide-steps > li')!).position)).toBe('relative');
    await page.reload();
    expect(await page.locator('[data-checklist] input[type=checkbox]').nth(1).isChecked()).toBe(true);
  });

  it('has nothing of pages the resident never opened', async () => {
    await expect(page.goto(origin + serviceUrl('paspor'))).rejects.toThrow();
    await context.setOffline(false);
  });

  it('never answers queue requests from the cache', async () => {
    await page.goto(origin + GUIDE);
    const queue = page.waitForResponse((r) => r.url().includes('/v1/antrean'));
    await page.evaluate(() => fetch('/v1/antrean?gerai=dukcapil').catch(() => null));
    expect((await queue).fromServiceWorker()).toBe(false);
    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('/v1/antrean?gerai=dukcapil').then(
          () => 'served',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    await context.setOffline(false);
    expect(await savedPages(page)).not.toContainEqual(expect.stringContaining('antrean'));
  });

  it('replaces saved copies after a new publish', async () => {
    const port = Number(new URL(origin).port);
    const before = await page.evaluate(() => caches.keys());
    await stop();
    await serve(NEXT_DIST, port);
    await page.goto(`${origin}/`);
    // The new worker takes over, fetches the saved pages again and drops the old cache.
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).not.toEqual(before);
    await expect.poll(() => page.evaluate(() => caches.keys().then((k) => k.length)), { timeout: 20_000 }).toBe(1);
    await waitForSaved(page, ['/', GUIDE, serviceUrl('akta-kelahiran')]);
    await context.setOffline(true);
    await page.goto(origin + GUIDE);
    expect(await page.locator('.lead').innerText()).toBe(CHANGED);
    expect(await page.locator('[data-offline-note]').innerText()).toMatch(note);
    await context.setOffline(false);
    await stop();
    await serve(DIST, port);
  });
});

describe('first load', () => {
  it('starts the worker only after the map has finished, and saves the page without downloading anything again', async () => {
    const requests: string[] = [];
    const count = (req: IncomingMessage) => requests.push(new URL(req.url ?? '/', origin).pathname);
    server.on('request', count);
    // Lighthouse's phone screen: the map's top edge is on it, so the map loads at once.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'id-ID' });
    try {
      // Records the map's state when the page registers its worker.
      await context.addInitScript(() => {
        const register = ServiceWorkerContainer.prototype.register;
        ServiceWorkerContainer.prototype.register = function (...args) {
          const map = document.querySelector<HTMLElement>('[data-map-state]');
          document.documentElement.dataset.swMapState = map?.dataset.mapState ?? 'none';
          return register.apply(this, args);
        };
      });
      const page = await context.newPage();
      await page.goto(`${origin}/lokasi/`);
      await waitForSaved(page, ['/lokasi/']);
      // The map loaded first (its tiles fail here: no internet).
      expect(await page.getAttribute('html', 'data-sw-map-state')).toMatch(/^(ready|failed)$/);
      expect(requests.filter((p) => p.includes('leaflet'))).toHaveLength(1);
      // The page and its assets were saved from the browser's own copies.
      expect(requests.filter((p) => p === '/lokasi/')).toHaveLength(1);
      const assets = requests.filter((p) => p.startsWith('/_astro/'));
      expect(assets.length).toBeGreaterThan(0);
      expect(new Set(assets).size).toBe(assets.length);
    } finally {
      server.off('request', count);
      await context.close();
    }
  });
});

describe('Save-Data and budgets', () => {
  it('registers no worker when the resident saves data', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) }));
    const page = await context.newPage();
    await page.goto(origin + GUIDE);
    // A context without Save-Data registers within this time: after load, 3 s without
    // downloads and an idle moment (see the first test).
    await page.waitForTimeout(6000);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await context.close();
  });

  it('keeps the worker script within 5 KB gzip and makes the portal installable', async () => {
    const worker = readFileSync(path.join(DIST, 'sw.js'));
    console.log(`sw.js: ${worker.length} B, ${gzipSync(worker).length} B gzip`);
    expect(gzipSync(worker).length).toBeLessThanOrEqual(5 * 1024);
    const manifest = await (await fetch(`${origin}/manifest.webmanifest`)).json();
    expect(manifest.display).toBe('standalone');
    for (const icon of manifest.icons) {
      const res = await fetch(origin + icon.src);
      expect(res.headers.get('content-type')).toBe('image/png');
    }
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
  });
});
