// Visual regression and rendered contrast: every template of a deterministic build (the
// test content, MPP_TODAY fixed, no queue API, the map and the clock frozen, Noto Sans from
// npm instead of system fonts) at 412 px and 1366 px against committed baseline screenshots,
// and axe's colour-contrast rule with "incomplete" results counted as failures.
// Update the baselines after an intended change: MPP_UPDATE_BASELINES=1 npm run test:e2e -- tests/e2e/visual.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { serveAndLaunch, VISUAL_DIST } from './harness.ts';

const env = serveAndLaunch(VISUAL_DIST);
const BASELINES = path.resolve('tests/visual/baseline');
const FAILURES = path.resolve('.cache/visual');
const UPDATE = process.env.MPP_UPDATE_BASELINES === '1';
/** Share of pixels allowed to differ (pixelmatch threshold 0.1 per pixel). */
const MAX_DIFF_RATIO = 0.001;
const VIEWPORTS = [
  { name: 'ponsel', width: 412, height: 915 },
  { name: 'desktop', width: 1366, height: 768 },
];
// One URL per template of the test content (tests/fixtures/content).
const TEMPLATES: Record<string, string> = {
  beranda: '/',
  'layanan-indeks': '/layanan/',
  'layanan-detail': '/layanan/perpanjangan-sim/',
  'gerai-indeks': '/gerai/',
  'gerai-detail': '/gerai/polresta/',
  'jam-layanan': '/jam-layanan/',
  lokasi: '/lokasi/',
  kemitraan: '/kemitraan/',
  'pengumuman-daftar': '/pengumuman/',
  'pengumuman-detail': '/pengumuman/mpp-dibuka/',
  cari: '/cari/',
  'data-terbuka': '/data/',
  halaman: '/tentang/',
  '404': '/halaman-yang-tidak-ada/',
};
// 10.00 WITA on MPP_TODAY of the visual build: gerai open, status texts fixed.
const FROZEN_TIME = new Date('2026-11-23T02:00:00Z');

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')), 'files');
const FONT_CSS = [400, 700]
  .map((w) => `@font-face{font-family:'Uji Noto Sans';font-weight:${w};src:url(/__font/${w}.woff2) format('woff2')}`)
  .concat([':root{--font-body:"Uji Noto Sans",sans-serif !important}'])
  .join('');

async function openTemplate(urlPath: string, viewport: { width: number; height: number }): Promise<{ page: Page; close(): Promise<void> }> {
  // bypassCSP only so the test can add its font stylesheet; the pages' own policies are tested elsewhere.
  const context = await env.browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Makassar', bypassCSP: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(FROZEN_TIME);
  await page.route('**/__font/*.woff2', (route) =>
    route.fulfill({
      contentType: 'font/woff2',
      body: readFileSync(path.join(fontDir, `noto-sans-latin-${path.basename(route.request().url(), '.woff2')}-normal.woff2`)),
    }),
  );
  // No live data: map tiles and anything else off the site never load.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(env.site.url + urlPath);
  await page.addStyleTag({ content: FONT_CSS });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  return { page, close: () => context.close() };
}

/**
 * A screenshot in grey levels (Rec. 709 luminance): a third of the size in the repository,
 * and still shows a moved box or text that vanished into its background; colour contrast
 * itself is checked by axe below.
 */
function greyscale(png: Buffer): PNG {
  const image = PNG.sync.read(png);
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    const y = Math.round(0.2126 * (d[i] ?? 0) + 0.7152 * (d[i + 1] ?? 0) + 0.0722 * (d[i + 2] ?? 0));
    d[i] = y;
    d[i + 1] = y;
    d[i + 2] = y;
    d[i + 3] = 255;
  }
  return image;
}

function compare(name: string, shot: Buffer) {
  const file = path.join(BASELINES, `${name}.png`);
  const got = greyscale(shot);
  if (UPDATE) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, PNG.sync.write(got, { deflateLevel: 9, colorType: 0, inputColorType: 6 } as Parameters<typeof PNG.sync.write>[1]));
    return;
  }
  expect(existsSync(file), `no baseline ${file}; create it with MPP_UPDATE_BASELINES=1`).toBe(true);
  const expected = PNG.sync.read(readFileSync(file));
  expect(`${got.width}x${got.height}`).toBe(`${expected.width}x${expected.height}`);
  const diff = new PNG({ width: got.width, height: got.height });
  const differing = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: 0.1 });
  if (differing / (got.width * got.height) > MAX_DIFF_RATIO) {
    mkdirSync(FAILURES, { recursive: true });
    writeFileSync(path.join(FAILURES, `${name}.actual.png`), shot);
    writeFileSync(path.join(FAILURES, `${name}.diff.png`), PNG.sync.write(diff));
  }
  expect(differing / (got.width * got.height), `${name}: ${differing} pixels differ (see ${FAILURES})`).toBeLessThanOrEqual(MAX_DIFF_RATIO);
}

// One page load per template and width serves both checks (the machines have 2 cores).
describe.each(Object.entries(TEMPLATES))('%s (%s)', (name, urlPath) => {
  it.each(VIEWPORTS)('at $width px: looks like its baseline, and axe finds no contrast failure and nothing undecided', async (viewport) => {
    const { page, close } = await openTemplate(urlPath, viewport);
    try {
      const shot = await page.screenshot({ animations: 'disabled', caret: 'hide', mask: [page.locator('[data-map-slot]')] });
      const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      const list = (kind: string, items: typeof results.violations) =>
        items.flatMap((r) => r.nodes.map((n) => `${kind} ${n.target.join(' ')}: ${n.any[0]?.message ?? n.failureSummary ?? ''}`));
      expect.soft([...list('gagal', results.violations), ...list('belum pasti', results.incomplete)]).toEqual([]);
      compare(`${name}-${viewport.name}`, shot);
    } finally {
      await close();
    }
  });
});
