// The live queue island against a fault server, in Chromium: it never shows old numbers as
// current, never shows yesterday's, survives being offline when it scrolls into view, keeps
// polls cheap (CORS-simple, no redirects, bounded bodies) and keeps the good gerai when one
// entry is bad.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import { type FakeQueueApi, startFakeQueueApi } from '../fixtures/queue-fake-api.ts';
import { FIXTURE_DIST, launchBrowser, openPage, type RunningSite, startSite } from './harness.ts';
import { FIXTURE_QUEUE_PORT } from '../../src/cli/test-targets.ts';

// Monday 23 November 2026, 09.00 WITA: the fixture MPP is open.
const OPEN_NOW = new Date(Date.UTC(2026, 10, 23, 1, 0));
const GERAI_PAGE = '/gerai/dukcapil/';

let browser: Browser;
let site: RunningSite;
let fake: FakeQueueApi;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await startSite(FIXTURE_DIST);
  fake = await startFakeQueueApi({ port: FIXTURE_QUEUE_PORT });
  // The snapshots describe the same instant the page's clock shows.
  fake.setTime(OPEN_NOW);
});
afterAll(async () => {
  await fake?.close();
  await browser?.close();
  await site?.close();
});
afterEach(() => fake.setMode('ok'));

const island = (page: Page) => page.locator('section.queue');
const text = (page: Page) => island(page).innerText();

async function open(path = GERAI_PAGE, options: { offline?: boolean; phoneAheadMs?: number } = {}) {
  const watched = await openPage(browser, { timezoneId: 'Asia/Makassar' });
  await watched.page.clock.setFixedTime(OPEN_NOW.getTime() + (options.phoneAheadMs ?? 0));
  await watched.page.goto(site.url + path);
  if (options.offline) await watched.page.context().setOffline(true);
  await island(watched.page).scrollIntoViewIfNeeded();
  return watched;
}

describe('freshness judged by the snapshot', () => {
  it('shows numbers 3 hours old as "data lama" with their real age, not as just updated', async () => {
    fake.setMode('old-numbers');
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/Data lama: diperbarui 3 jam lalu/);
    expect(await text(page)).not.toMatch(/baru saja/);
    expect(await text(page)).toMatch(/A-0\d\d/); // still shown, clearly marked
    await close();
  });

  it('shows live numbers as live on a phone whose clock is 5 minutes fast', async () => {
    const { page, close } = await open(GERAI_PAGE, { phoneAheadMs: 5 * 60_000 });
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/A-0\d\d/);
    expect(await text(page)).toMatch(/Diperbarui baru saja/);
    expect(await text(page)).not.toMatch(/Data lama/);
    await close();
  });

  it("hides yesterday's numbers", async () => {
    fake.setMode('yesterday');
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toContain(t.queue.outdated);
    expect(await text(page)).not.toMatch(/A-0\d\d|orang/);
    await close();
  });

  it('catches up with a poll when an open event stream stays silent', async () => {
    fake.setMode('silent-stream');
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toContain('A-023');
    fake.advance();
    fake.advance();
    // The stream never says a word again; the island must reconcile on its own (within ~35 s).
    await expect.poll(() => text(page), { timeout: 45_000, interval: 1_000 }).toContain('A-025');
    await close();
  }, 70_000);
});

describe('offline when the island scrolls into view', () => {
  it('leaves useful text, and hydrates once the device is back online', async () => {
    const { page, close } = await open(GERAI_PAGE, { offline: true });
    await page.waitForTimeout(4_000);
    const fallback = await text(page);
    expect(fallback).toContain('JavaScript aktif');
    expect(fallback).not.toContain(t.queue.loading);
    const link = island(page).getByRole('link', { name: t.queue.hoursLink });
    expect(await link.getAttribute('href')).toBe('/gerai/dukcapil/#jam-layanan');
    await page.context().setOffline(false);
    await expect.poll(() => text(page), { timeout: 30_000, interval: 500 }).toMatch(/A-0\d\d/);
    await close();
  }, 60_000);

  it('shows the same useful text with JavaScript off', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(site.url + GERAI_PAGE);
    const fallback = await text(page);
    expect(fallback).toContain('JavaScript aktif');
    expect(fallback).not.toContain(t.queue.loading);
    await close();
  });
});

describe('cheap polls', () => {
  it('polls with simple requests: no CORS preflight, one GET per refresh interval', async () => {
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/A-0\d\d/);
    const gets = fake.requestCount();
    const preflights = fake.preflightCount();
    await page.waitForTimeout(30_000);
    const perMinute = (fake.requestCount() - gets) * 2;
    console.log(`Permintaan per menit (refreshSeconds 5): ${perMinute} GET, ${(fake.preflightCount() - preflights) * 2} OPTIONS`);
    expect(fake.preflightCount()).toBe(0);
    expect(perMinute).toBeGreaterThanOrEqual(8);
    expect(perMinute).toBeLessThanOrEqual(14);
    await close();
  }, 60_000);

  it('does not follow a redirect loop: one request per attempt', async () => {
    fake.setMode('redirect-loop');
    const before = fake.requestCount();
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/Data antrean belum dapat dimuat/);
    await page.waitForTimeout(10_000);
    // Backoff retries at about 1.5, 4.5 and 10.5 s: a followed loop would be 21 requests each.
    expect(fake.requestCount() - before).toBeLessThanOrEqual(6);
    await close();
  }, 40_000);
});

describe('bounded and forgiving parsing', () => {
  it('refuses a 10 MB body instead of reading it', async () => {
    fake.setMode('huge');
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/Data antrean belum dapat dimuat/);
    await close();
  });

  it('keeps the other gerai when one entry is invalid', async () => {
    fake.setMode('bad-entry');
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/A-0\d\d/);
    await close();
    const summary = await open('/');
    await expect.poll(() => text(summary.page), { timeout: 15_000 }).toContain('Dukcapil');
    expect(await text(summary.page)).not.toContain('Imigrasi');
    await summary.close();
  });

  it('shows neither of two entries with the same gerai id', async () => {
    fake.setMode('duplicate-id');
    const { page, close } = await open();
    await expect.poll(() => text(page), { timeout: 15_000 }).toContain(t.queue.geraiMissing);
    expect(await text(page)).not.toMatch(/A-0\d\d/);
    await close();
  });

  it('waits out a Retry-After of 600 s instead of cutting it to 120 s', async () => {
    fake.setMode('retry-after-long');
    const { page, close } = await openPage(browser, { timezoneId: 'Asia/Makassar' });
    await page.clock.install({ time: OPEN_NOW });
    await page.goto(site.url + GERAI_PAGE);
    await island(page).scrollIntoViewIfNeeded();
    const before = fake.requestCount();
    await page.clock.runFor(3_000); // idle callback of client:idle-visible
    await expect.poll(() => text(page), { timeout: 15_000 }).toMatch(/Data antrean belum dapat dimuat/);
    expect(fake.requestCount() - before).toBe(1);
    await page.clock.runFor(590_000);
    expect(fake.requestCount() - before).toBe(1);
    await page.clock.runFor(15_000);
    await expect.poll(() => fake.requestCount() - before, { timeout: 10_000 }).toBe(2);
    await close();
  }, 60_000);

  it('lets "Coba lagi" through at most once per few seconds', async () => {
    fake.setMode('http-500');
    const { page, close } = await open();
    const button = island(page).getByRole('button', { name: t.queue.retry });
    await button.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(5_500); // past the throttle of the automatic attempts
    const before = fake.requestCount();
    // Ten presses in one go, faster than the page can re-render between them.
    await page.evaluate(() => {
      for (let i = 0; i < 10; i++) document.querySelector<HTMLButtonElement>('.queue-retry')?.click();
    });
    await button.click();
    await page.waitForTimeout(500);
    expect(fake.requestCount() - before).toBeLessThanOrEqual(1);
    await close();
  }, 40_000);
});
