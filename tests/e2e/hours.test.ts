// "Open now" is computed in the MPP's timezone, whatever the visitor's device says.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStatus, statusText } from '../../src/lib/hours.ts';
import { FIXTURE_DIST, launchBrowser, openPage, type RunningSite, startSite } from './harness.ts';
import { sampleSite } from './templates.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function statusAt(site: RunningSite, path: string, instant: Date, timezoneId: string) {
  const { page, close } = await openPage(browser, { timezoneId });
  await page.clock.setFixedTime(instant);
  await page.goto(site.url + path);
  const status = page.locator('[data-hours]').first();
  await page.waitForFunction(() => document.querySelector('[data-hours]')?.getAttribute('data-open') !== null);
  const text = (await status.locator('[data-status-text]').innerText()).trim();
  const open = await status.getAttribute('data-open');
  await close();
  return { text, open };
}

describe('an MPP in WITA (fixture content) seen from a device set to WIB', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startSite(FIXTURE_DIST);
  });
  afterAll(() => site?.close());

  it('is open on Monday 09.00 WITA (08.00 on the device)', async () => {
    const result = await statusAt(site, '/', new Date(Date.UTC(2026, 10, 23, 1, 0)), 'Asia/Jakarta');
    expect(result).toEqual({ text: 'Buka sekarang, tutup pukul 15.00 WITA', open: 'true' });
  });

  it('is closed after the Saturday half day, opening Monday', async () => {
    const result = await statusAt(site, '/jam-layanan/', new Date(Date.UTC(2026, 10, 28, 5, 0)), 'Asia/Jakarta');
    expect(result).toEqual({ text: 'Tutup, buka Senin pukul 08.00 WITA', open: 'false' });
  });

  it('is closed on Christmas Day and names it', async () => {
    const result = await statusAt(site, '/', new Date(Date.UTC(2026, 11, 25, 2, 0)), 'Asia/Jayapura');
    expect(result.open).toBe('false');
    expect(result.text).toMatch(/^Tutup \(Hari Raya Natal\), buka besok pukul 08\.00 WITA$/);
  });
});

describe('the sample MPP in WIB', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());

  it('shows the status for the frozen clock, not the build time', async () => {
    const { hours } = await sampleSite();
    for (const instant of [new Date(Date.UTC(2026, 10, 24, 3, 0)), new Date(Date.UTC(2026, 10, 28, 3, 0))]) {
      const expected = statusText(openStatus(hours, instant), hours, instant);
      const result = await statusAt(site, '/', instant, 'Asia/Makassar');
      expect(result.text).toBe(expected);
      expect(result.text).toContain('WIB');
    }
  });

  it('/jam-layanan/ gives every schedule table the same day column, so day ranges wrap in none of them', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}/jam-layanan/`);
    const tables = await page.locator('[data-weekly-hours]').evaluateAll((all) =>
      all.map((table) => ({
        dayColumn: Math.round(table.querySelector('thead th')?.getBoundingClientRect().width ?? 0),
        // A day range on one line is one box of text; a wrapped one is two.
        wrapped: [...table.querySelectorAll('tbody th')].filter((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        }).length,
      })),
    );
    expect(tables.length).toBeGreaterThan(1);
    expect(new Set(tables.map((t) => t.dayColumn)).size).toBe(1);
    expect(tables.map((t) => t.wrapped)).toEqual(tables.map(() => 0));
    await close();
  });
});
