// Layout promises on every template: one cascade-layer order whichever stylesheet loads
// first, no sideways scrolling on a phone even with a 140-character word, and the
// agreement status visible on a phone without scrolling.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, openPage, serveAndLaunch } from './harness.ts';
import { templateUrls } from './templates.ts';

const env = serveAndLaunch();
const templates = await templateUrls();
const LAYER_ORDER = ['reset', 'tokens', 'base', 'layout', 'components', 'utilities'];
const LONG_WORD = 'Pendaftaran'.repeat(13).slice(0, 140);

/** The page's CSS in document order: inline <style> blocks and linked stylesheets. */
function cssInOrder(urlPath: string): string {
  const file = path.join(DIST, urlPath.startsWith('/halaman-yang') ? '404.html' : `${urlPath}index.html`);
  const html = readFileSync(file, 'utf8');
  const parts: string[] = [];
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>|<link rel="stylesheet" href="([^"]+)"/g)) {
    parts.push(match[1] ?? readFileSync(path.join(DIST, match[2] ?? ''), 'utf8'));
  }
  return parts.join('\n');
}

describe.each(Object.entries(templates))('template %s (%s)', (_name, urlPath) => {
  it('gets the one cascade-layer order, whichever stylesheet comes first', () => {
    // A layer's rank is fixed where its name first appears (statement or block).
    const order: string[] = [];
    for (const match of cssInOrder(urlPath).matchAll(/@layer\s+([\w\s,.-]+?)\s*[{;]/g)) {
      for (const name of (match[1] ?? '').split(',').map((n) => n.trim())) if (!order.includes(name)) order.push(name);
    }
    expect(order).toEqual(LAYER_ORDER);
  });

  it('does not scroll sideways at 360 px, even with a 140-character word', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + urlPath);
    await page.evaluate((word) => {
      for (const el of document.querySelectorAll('main h1, main h2, main h3, main p, main li > a, .site-header a')) {
        if (el.children.length === 0) el.textContent = word;
      }
    }, LONG_WORD);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    await close();
  });
});

describe('/kemitraan/ on a phone', () => {
  it('shows every agreement status without scrolling sideways', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/kemitraan/`);
    const badges = await page.locator('.partner-list .badge').all();
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) {
      const box = await badge.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(360);
    }
    await close();
  });
});
