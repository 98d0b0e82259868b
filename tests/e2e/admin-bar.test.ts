// The room's bar stays on every screen, Keystatic's included, without spoiling Keystatic's
// full-window layout; on a phone the menu's links are targets of at least 24 px (WCAG 2.5.8).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUiBuilt } from '../../src/admin-server/ui-build.ts';
import { PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { launchBrowser, openPage, type WatchedPage } from './harness.ts';

const MENU = ['Beranda', 'Konten', 'Periksa konten', 'Riwayat', 'Terbitkan'];
let room: TestRoom;
let browser: Browser;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  ensureUiBuilt(process.cwd(), '.cache/admin-ui');
  room = await startTestRoom();
  await room.user('eka', 'editor', 'Eka Pratiwi');
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  for (const page of opened) await page.close();
  await browser?.close();
  await room?.stop();
});

async function logIn(viewport: { width: number; height: number }): Promise<WatchedPage> {
  const watched = await openPage(browser, { viewport });
  opened.push(watched);
  const { page } = watched;
  await page.goto(`${room.url}/masuk`);
  await page.getByLabel('Nama pengguna').fill('eka');
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(`${room.url}/`);
  return watched;
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

describe("the room's bar", () => {
  it("stays on Keystatic's screens, with the person's name and Keluar, and leads back to Riwayat", async () => {
    const { page, errors } = await logIn({ width: 1280, height: 800 });
    await page.goto(`${room.url}/keystatic/singleton/jamLayanan`);
    await page.getByRole('button', { name: /^(Save|Simpan)$/ }).waitFor();
    for (const name of MENU) await expect(menu(page).getByRole('link', { name, exact: true }).isVisible()).resolves.toBe(true);
    await expect(menu(page).getByText('Eka Pratiwi').isVisible()).resolves.toBe(true);
    await expect(menu(page).getByRole('button', { name: 'Keluar' }).isVisible()).resolves.toBe(true);
    await expect(menu(page).getByRole('link', { name: 'Konten', exact: true }).getAttribute('aria-current')).resolves.toBe('page');
    // Keystatic still fills the window below the bar: nothing scrolls the page itself.
    const fit = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
      bar: document.querySelector('header.ruang-bar')?.getBoundingClientRect().bottom ?? 0,
      island: document.querySelector('astro-island')?.getBoundingClientRect().top ?? -1,
      // Keystatic's own panes scroll; the box around it never adds a second scrollbar.
      inner: (document.querySelector('astro-island')?.scrollHeight ?? 0) - (document.querySelector('astro-island')?.clientHeight ?? 0),
    }));
    expect(fit.inner).toBeLessThanOrEqual(1);
    expect(fit.page).toBeLessThanOrEqual(fit.window);
    expect(fit.island).toBeGreaterThanOrEqual(fit.bar - 1);
    await page.screenshot({ path: '.cache/shots/keystatic-bar.png' });
    await menu(page).getByRole('link', { name: 'Riwayat' }).click();
    await page.waitForURL(`${room.url}/riwayat`);
    expect(errors).toEqual([]);
  });

  it('on a phone, every menu link and Keluar is a target of at least 24 by 24 px', async () => {
    const { page } = await logIn({ width: 360, height: 740 });
    for (const pathname of ['/', '/keystatic']) {
      await page.goto(`${room.url}${pathname}`);
      if (pathname === '/keystatic')
        await page
          .getByRole('link', { name: /Layanan/ })
          .first()
          .waitFor();
      const targets = menu(page).locator('a, button');
      expect(await targets.count()).toBeGreaterThanOrEqual(MENU.length + 1);
      for (const box of await targets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
        expect(box.height, pathname).toBeGreaterThanOrEqual(24);
        expect(box.width, pathname).toBeGreaterThanOrEqual(24);
      }
    }
    await page.screenshot({ path: '.cache/shots/phone-keystatic.png' });
  });
});
