// The optional GitHub mode, as far as it can be exercised without GitHub: with the switch set,
// the admin under `astro dev` runs in GitHub mode (it asks editors to sign in with GitHub,
// in Indonesian) instead of editing local files.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CmsDev, startCmsDev } from './cms-dev.ts';
import { launchBrowser, openPage } from './harness.ts';

let dev: CmsDev;
let browser: Browser;

beforeAll(async () => {
  dev = await startCmsDev({ PUBLIC_MPP_KEYSTATIC_STORAGE: 'github', PUBLIC_MPP_KEYSTATIC_REPO: 'dpmptsp-kota/portal-mpp' }, '/keystatic');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
});

describe('Keystatic admin with PUBLIC_MPP_KEYSTATIC_STORAGE=github', () => {
  it('asks for a GitHub sign-in instead of opening local content', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${dev.base}/keystatic`);
    const signIn = page.getByRole('link', { name: 'Masuk dengan GitHub' }).or(page.getByRole('button', { name: 'Masuk dengan GitHub' }));
    await expect.poll(() => signIn.isVisible(), { timeout: 90_000 }).toBe(true);
    // No local entry is listed: the admin is not reading content/ from disk.
    await page.goto(`${dev.base}/keystatic/collection/layanan`);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 60_000 }).toContain('Tidak ditemukan');
    expect(await page.locator('body').innerText()).not.toContain('ktp-el');
    await close();
  }, 120_000);
});
