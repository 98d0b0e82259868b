// The live queue island never breaks the page: every fault ends in a clear, quiet state,
// and a ticket issued through the real API appears on the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, makeTempDir, removeDir, type SpawnedServer, spawnQueueServer, testDevice } from '../../src/queue-server/dev/harness.ts';
import { type FakeQueueApi, type FakeQueueMode, startFakeQueueApi } from '../fixtures/queue-fake-api.ts';
import { DIST, FIXTURE_DIST, launchBrowser, openPage, type RunningSite, startSite } from './harness.ts';
import { FIXTURE_QUEUE_PORT } from '../../src/cli/test-targets.ts';

// Monday 23 November 2026, 09.00 WITA: the fixture MPP is open.
const OPEN_NOW = new Date(Date.UTC(2026, 10, 23, 1, 0));
// Saturday 28 November 2026, 13.00 WITA: closed after the half day.
const CLOSED_NOW = new Date(Date.UTC(2026, 10, 28, 5, 0));
const GERAI_PAGE = '/gerai/dukcapil/';

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await startSite(FIXTURE_DIST);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openGerai(now: Date, options: { offline?: boolean } = {}) {
  const watched = await openPage(browser, { timezoneId: 'Asia/Jakarta' });
  await watched.page.clock.setFixedTime(now);
  await watched.page.goto(site.url + GERAI_PAGE);
  if (options.offline) await watched.page.context().setOffline(true);
  // The island hydrates when the browser is idle and it scrolls into view (client:idle-visible).
  await watched.page.locator('section.queue').scrollIntoViewIfNeeded();
  return watched;
}

const island = (page: Page) => page.locator('section.queue');
const pageErrors = (errors: string[]) => errors.filter((e) => e.startsWith('pageerror'));

describe('against a faulty queue API', () => {
  let fake: FakeQueueApi;
  beforeAll(async () => {
    fake = await startFakeQueueApi({ port: FIXTURE_QUEUE_PORT });
  });
  afterAll(() => fake?.close());
  afterEach(() => fake.setMode('ok'));

  it('shows now serving, waiting, estimate and freshness when the API is healthy', async () => {
    const { page, errors, close } = await openGerai(OPEN_NOW);
    await expect.poll(() => island(page).innerText(), { timeout: 10_000 }).toMatch(/A-0\d\d/);
    const text = await island(page).innerText();
    expect(text).toContain('Sedang dilayani');
    expect(text).toMatch(/\d+ orang/);
    expect(text).toMatch(/Diperbarui/);
    expect(errors).toEqual([]);
    await close();
  });

  const faults: [FakeQueueMode, RegExp][] = [
    ['http-500', /Data antrean belum dapat dimuat/],
    ['malformed-json', /Data antrean belum dapat dimuat/],
    ['wrong-shape', /Data antrean belum dapat dimuat/],
    ['cors-refused', /Data antrean belum dapat dimuat/],
    ['closed-mpp', /Antrean sedang tidak berjalan/],
  ];
  it.each(faults)('ends %s in a quiet state without breaking the page', async (mode, message) => {
    fake.setMode(mode);
    const { page, errors, close } = await openGerai(OPEN_NOW);
    await expect.poll(() => island(page).innerText(), { timeout: 15_000 }).toMatch(message);
    expect(pageErrors(errors)).toEqual([]);
    expect(await page.locator('h1').innerText()).toContain('Dukcapil');
    await close();
  });

  it('gives up on a request after 10 seconds and says so (slow API)', async () => {
    fake.setMode('slow');
    const { page, errors, close } = await openGerai(OPEN_NOW);
    await expect.poll(() => island(page).innerText(), { timeout: 10_000 }).toMatch(/Memuat data antrean/);
    await expect.poll(() => island(page).innerText(), { timeout: 20_000, interval: 500 }).toMatch(/Data antrean belum dapat dimuat/);
    expect(pageErrors(errors)).toEqual([]);
    await close();
  }, 40_000);

  it('says the device went offline and keeps the last numbers', async () => {
    const { page, errors, close } = await openGerai(OPEN_NOW);
    await expect.poll(() => island(page).innerText(), { timeout: 10_000 }).toMatch(/A-0\d\d/);
    await page.context().setOffline(true);
    await expect.poll(() => island(page).innerText(), { timeout: 10_000 }).toMatch(/tidak terhubung ke internet/);
    expect(await island(page).innerText()).toMatch(/A-0\d\d/);
    expect(pageErrors(errors)).toEqual([]);
    await close();
  });

  it.each([
    [GERAI_PAGE, 360],
    [GERAI_PAGE, 1280],
    ['/', 360],
    ['/', 1280],
  ])('reserves its space on %s at %i px: loading and loaded states have the same height', async (path, width) => {
    const { page, close } = await openPage(browser, { timezoneId: 'Asia/Jakarta', viewport: { width, height: 800 } });
    await page.clock.setFixedTime(OPEN_NOW);
    // Hold the first response back so the loading state can be measured.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/v1/antrean', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(site.url + path);
    await island(page).scrollIntoViewIfNeeded();
    await expect.poll(() => island(page).innerText()).toMatch(/Memuat/);
    const before = (await island(page).boundingBox())?.height ?? 0;
    release();
    await expect.poll(() => island(page).innerText(), { timeout: 10_000 }).toMatch(/Diperbarui/);
    const after = (await island(page).boundingBox())?.height ?? 0;
    expect(before).toBeGreaterThan(100);
    expect(after).toBeLessThanOrEqual(before + 1);
    await close();
  });

  it('says the MPP is closed outside opening hours and does not poll', async () => {
    const { page, close } = await openGerai(CLOSED_NOW);
    await expect.poll(() => island(page).innerText(), { timeout: 10_000 }).toMatch(/Tutup, buka Senin pukul 08\.00 WITA/);
    // Counted once the island runs, so a late request of an earlier test's page cannot interfere.
    const requestsBefore = fake.requestCount();
    await page.waitForTimeout(3000);
    expect(fake.requestCount()).toBe(requestsBefore);
    await close();
  });
});

describe('without a queue API', () => {
  it('renders nothing and ships no island code', async () => {
    const plain = await startSite(DIST);
    const { page, close } = await openPage(browser);
    const { loadSite } = await import('../../src/data/index.ts');
    const content = await loadSite();
    expect(content.profile.queueApiUrl).toBeNull();
    await page.goto(`${plain.url}/gerai/${content.gerai[0]!.slug}/`);
    expect(await page.locator('astro-island, section.queue').count()).toBe(0);
    await close();
    await plain.close();
  });
});

describe('against the real reference queue API', () => {
  const TOKEN = 'token-uji-e2e-yang-cukup-panjang';
  let server: SpawnedServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = makeTempDir('antrean-e2e-');
    server = await spawnQueueServer({
      dataDir,
      args: ['--port', String(FIXTURE_QUEUE_PORT)],
      env: { QUEUE_FAKE_NOW: OPEN_NOW.toISOString() },
      config: {
        timeZone: 'Asia/Makassar',
        gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 1, defaultServiceMinutes: 10 }],
        cors: { allowedOrigins: [site.url] },
        devices: [testDevice('loket-1', TOKEN, ['dukcapil'])],
        refreshSeconds: 2,
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
    if (dataDir) removeDir(dataDir);
  });

  it('shows a ticket issued and called through the API', async () => {
    const issued = await call(server.url, '/v1/staff/tickets', { method: 'POST', token: TOKEN, body: { geraiId: 'dukcapil' } });
    expect(issued.status).toBe(201);
    const number: string = issued.body.ticket.number;
    const { page, errors, close } = await openGerai(OPEN_NOW);
    await expect.poll(() => island(page).innerText(), { timeout: 15_000 }).toMatch(/1 orang/);
    const called = await call(server.url, '/v1/staff/gerai/dukcapil/call-next', { method: 'POST', token: TOKEN, body: { counter: 1 } });
    expect(called.status).toBe(200);
    await expect.poll(() => island(page).innerText(), { timeout: 15_000 }).toContain(number);
    expect(pageErrors(errors)).toEqual([]);
    await close();
  }, 45_000);
});
