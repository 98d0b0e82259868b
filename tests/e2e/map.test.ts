// The Leaflet map: drawn when visible, shows a keyboard-operable marker whose
// popup has the address, today's hours and directions; says so plainly when tiles fail;
// and never loads Leaflet on pages without a map. Tiles are served locally: the test
// machines have no internet.
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import { expectNoAxeViolations, openPage, serveAndLaunch } from './harness.ts';
import { sampleSite } from './templates.ts';

const env = serveAndLaunch();
const content = await sampleSite();
const { profile } = content;
// Every tile URL of the configured template, e.g. https://tile.openstreetmap.org/**
const tilePattern = `${new URL(profile.peta.tileUrl.replace(/\{[a-z]+\}/gi, '0')).origin}/**`;
const tile = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#e8eef2"/><path d="M0 128h256M128 0v256" stroke="#b8c3cc" stroke-width="6"/></svg>',
)
  .render()
  .asPng();

/** Open a page with tiles answered by `tiles`, and bring its map into view so it hydrates. */
async function openMap(path: string, tiles: 'serve' | 'fail', options: { deviceScaleFactor?: number; saveData?: boolean } = {}) {
  const watched = await openPage(env.browser, options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {});
  if (options.saveData) {
    await watched.page.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }),
    );
  }
  let tileRequests = 0;
  await watched.page.route(tilePattern, (route) => {
    tileRequests++;
    return tiles === 'serve' ? route.fulfill({ status: 200, contentType: 'image/png', body: tile }) : route.abort('failed');
  });
  await watched.page.goto(env.site.url + path);
  await watched.page.locator('[data-map-slot]').first().scrollIntoViewIfNeeded();
  return { ...watched, tileRequests: () => tileRequests };
}

const marker = (page: Page) => page.locator('.leaflet-marker-icon');

describe('map on /lokasi/', () => {
  it('has a named map region and a focusable marker whose popup opens with Enter', async () => {
    const { page, errors, close, tileRequests } = await openMap('/lokasi/', 'serve');
    await marker(page).waitFor();
    const region = page.locator('.location-map-canvas');
    expect(await region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('aria-label')).toBe(t.map.label.replace('{name}', profile.nama));
    expect(await marker(page).getAttribute('tabindex')).toBe('0');
    expect(await marker(page).getAttribute('alt')).toContain(profile.nama);
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(tileRequests()).toBeGreaterThan(0);

    await marker(page).focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    const text = await popup.innerText();
    expect(text).toContain(profile.nama);
    expect(text).toContain(profile.alamat.jalan);
    expect(text).toContain(t.map.todayHours);
    expect(text).toMatch(/Buka sekarang|Tutup/);
    expect(await popup.locator('a[href*="openstreetmap.org/directions"]').count()).toBe(1);
    expect(await popup.locator('a[href*="google.com/maps/dir"]').count()).toBe(1);
    // Focus moved into the popup for screen readers; the close button speaks Indonesian.
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    expect(await popup.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe(t.map.closePopup);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens the popup on click too, and the same facts are plain HTML outside the map', async () => {
    const { page, errors, close } = await openMap('/lokasi/', 'serve');
    await marker(page).click();
    await page.locator('.leaflet-popup').waitFor();
    const outside = await page.locator('main').evaluate((main) => {
      const clone = main.cloneNode(true) as HTMLElement;
      clone.querySelector('.location-map')?.remove();
      return clone.innerText;
    });
    expect(outside).toContain(profile.alamat.jalan);
    expect(await page.locator('main a[href*="openstreetmap.org/directions"]:not(.location-map *)').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe violations with the map and its popup open', async () => {
    const { page, close } = await openMap('/lokasi/', 'serve');
    await marker(page).click();
    await page.locator('.leaflet-popup').waitFor();
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    await expectNoAxeViolations(page, { include: '.map-slot' });
    await close();
  });

  it('draws sharp tiles on a high-density screen, and 1x tiles when the visitor saves data', async () => {
    for (const [saveData, cssWidth] of [
      [false, 128],
      [true, 256],
    ] as const) {
      const { page, errors, close } = await openMap('/lokasi/', 'serve', { deviceScaleFactor: 2, saveData });
      const tileImage = page.locator('.leaflet-tile-loaded').first();
      await tileImage.waitFor();
      // Each tile is a 256 px image: drawn at 128 CSS px it fills the screen's pixels.
      expect(await tileImage.evaluate((img) => Math.round(img.getBoundingClientRect().width))).toBe(cssWidth);
      expect(await tileImage.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(256);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('reserves the map height before it loads, so nothing shifts', async () => {
    const watched = await openPage(env.browser, { javaScriptEnabled: true });
    await watched.page.route(tilePattern, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    await watched.page.goto(`${env.site.url}/lokasi/`);
    const before = await watched.page.locator('.location-map').boundingBox();
    await watched.page.locator('[data-map-slot]').scrollIntoViewIfNeeded();
    await marker(watched.page).waitFor();
    const after = await watched.page.locator('.location-map').boundingBox();
    expect(before?.height).toBeGreaterThan(200);
    expect(after?.height).toBe(before?.height);
    await watched.close();
  });

  it('shows a clear fallback inside the slot when tiles cannot load', async () => {
    const { page, errors, close, tileRequests } = await openMap('/lokasi/', 'fail');
    const message = page.locator('.location-map-message[role="status"]');
    await message.waitFor();
    expect(await message.innerText()).toBe(t.map.failed);
    expect(tileRequests()).toBeGreaterThan(0);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    // The only errors are the aborted tile requests themselves.
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    await close();
  });

  it('waits for the connection when the phone is offline as the map comes into view, then draws it', async () => {
    const watched = await openPage(env.browser);
    await watched.page.route(tilePattern, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    await watched.page.goto(`${env.site.url}/lokasi/`);
    await watched.page.context().setOffline(true);
    await watched.page.locator('[data-map-slot]').scrollIntoViewIfNeeded();
    // Leaflet cannot download: the box keeps saying it is loading, not that the map failed.
    await watched.page.waitForTimeout(3_000);
    expect(await watched.page.getAttribute('.location-map', 'data-map-state')).toBe('loading');
    expect(await watched.page.locator('.location-map-message').innerText()).toBe(t.map.loading);
    await watched.page.context().setOffline(false);
    await marker(watched.page).waitFor({ timeout: 15_000 });
    expect(await watched.page.getAttribute('.location-map', 'data-map-state')).toBe('ready');
    await watched.close();
  });

  it('is replaced by a note, not an empty box, with JavaScript off', async () => {
    const { page, close } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(`${env.site.url}/lokasi/`);
    expect(await page.locator('.location-map').isVisible()).toBe(false);
    expect(await page.locator('.map-slot-note').innerText()).toBe(t.map.noScript);
    await close();
  });
});

describe('map on the home page', () => {
  it('shows the compact map with the address and direction links above it', async () => {
    const { page, errors, close } = await openMap('/', 'serve');
    await marker(page).waitFor();
    const slot = page.locator('[data-map-slot]');
    expect(await slot.locator('address').innerText()).toContain(profile.alamat.jalan);
    expect(await slot.locator('a[href*="google.com/maps/dir"]').count()).toBe(1);
    expect((await page.locator('.location-map').boundingBox())?.height).toBeGreaterThan(150);
    expect(errors).toEqual([]);
    await close();
  });

  it('downloads no Leaflet and no tiles until the resident scrolls to the map', async () => {
    const watched = await openPage(env.browser);
    let tileRequests = 0;
    await watched.page.route(tilePattern, (route) => {
      tileRequests++;
      return route.fulfill({ status: 200, contentType: 'image/png', body: tile });
    });
    const scripts: string[] = [];
    watched.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await watched.page.goto(`${env.site.url}/`);
    await watched.page.waitForLoadState('networkidle');
    // Past the idle callback's 2 s limit, so only visibility is holding the map back.
    await watched.page.waitForTimeout(2500);
    const before = scripts.length;
    expect(tileRequests).toBe(0);
    expect(await marker(watched.page).count()).toBe(0);
    await watched.page.locator('[data-map-slot]').scrollIntoViewIfNeeded();
    await marker(watched.page).waitFor();
    expect(tileRequests).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThan(before);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});

describe('Leaflet stays off pages without a map', () => {
  const leafletIn = async (path: string) => {
    const { page, close } = await openPage(env.browser);
    await page.route(tilePattern, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    const bodies: Promise<{ kind: string; text: string }>[] = [];
    page.on('response', (response) => {
      const kind = /\.(css|js)(\?|$)/.exec(response.url())?.[1];
      if (kind)
        bodies.push(
          response.text().then(
            (text) => ({ kind, text }),
            () => ({ kind, text: '' }),
          ),
        );
    });
    await page.goto(env.site.url + path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    if ((await page.locator('[data-map-slot]').count()) > 0) {
      await page.locator('[data-map-slot]').first().scrollIntoViewIfNeeded();
      await page.locator('.leaflet-marker-icon').waitFor();
      await page.waitForLoadState('networkidle');
    }
    const texts = await Promise.all(bodies);
    await close();
    const has = (kind: string, marker: string) => texts.some((b) => b.kind === kind && b.text.includes(marker));
    // Leaflet's code names its container class as a string; its CSS styles it.
    return { css: has('css', '.leaflet-container'), js: has('js', 'leaflet-container') };
  };

  it.each(['/layanan/', `/layanan/${content.services[0]!.slug}/`, '/jam-layanan/', '/pengumuman/', '/data/'])(
    '%s loads no Leaflet CSS or JS',
    async (path) => {
      expect(await leafletIn(path)).toEqual({ css: false, js: false });
    },
  );

  it('/lokasi/ does load both (the check above can see them)', async () => {
    expect(await leafletIn('/lokasi/')).toEqual({ css: true, js: true });
  });

  it('/lokasi/ runs no UI framework: the map is plain script, so a cheap phone starts no React for it', async () => {
    const { page, close } = await openPage(env.browser);
    await page.route(tilePattern, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile }));
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (/\.js(\?|$)/.test(response.url())) scripts.push(response.text().catch(() => ''));
    });
    await page.goto(`${env.site.url}/lokasi/`);
    await page.locator('[data-map-slot]').scrollIntoViewIfNeeded();
    await page.locator('.leaflet-marker-icon').waitFor();
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts);
    await close();
    expect(bodies.some((body) => body.includes('leaflet-container'))).toBe(true);
    // React DOM announces itself to its developer tools with this global.
    expect(bodies.filter((body) => body.includes('__REACT_DEVTOOLS_GLOBAL_HOOK__'))).toEqual([]);
  });
});
