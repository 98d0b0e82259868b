// `npm run dev`: the Keystatic admin runs under `astro dev`, shows every content type,
// and what an editor creates or edits lands in content/ as valid content. The admin speaks
// Indonesian (the id-ID patch behind `locale`), pickers name entries, lists put the newest
// first, and saving says whether it worked.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config.ts';
import { loadSite } from '../../src/data/index.ts';
import { type CmsDev, startCmsDev } from './cms-dev.ts';
import { launchBrowser, openPage } from './harness.ts';

const CREATED = 'content/instansi/instansi-uji-cms.yaml';
const SINGLETON = 'content/jam-layanan.yaml';

let dev: CmsDev;
let base: string;
let browser: Browser;
let singletonBefore: string;

beforeAll(async () => {
  singletonBefore = readFileSync(SINGLETON, 'utf8');
  dev = await startCmsDev();
  base = dev.base;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
  rmSync(CREATED, { force: true });
  if (singletonBefore) writeFileSync(SINGLETON, singletonBefore);
});

describe('Keystatic admin under astro dev', () => {
  const sections = [
    ...Object.entries(keystaticConfig.collections).map(([key, c]) => [`/keystatic/collection/${key}`, c.label] as const),
    ...Object.entries(keystaticConfig.singletons).map(([key, s]) => [`/keystatic/singleton/${key}`, s.label] as const),
  ];

  it.each(sections)(
    'opens %s (%s) without errors',
    async (path, label) => {
      const { page, errors, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(base + path);
      await expect.poll(() => page.locator('main, body').first().innerText(), { timeout: 60_000 }).toContain(label);
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
      await close();
    },
    90_000,
  );

  it('creates an instansi, then edits it, writing valid content files', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/keystatic/collection/instansi/create`);
    await page.getByLabel('Nama instansi').fill('Instansi Uji CMS');
    await page.getByLabel('Singkatan').fill('IUC');
    await page.getByRole('button', { name: 'Buat', exact: true }).click();
    await expect
      .poll(() => (existsSync(CREATED) ? readFileSync(CREATED, 'utf8') : ''), { timeout: 30_000 })
      .toMatch(/nama: Instansi Uji CMS[\s\S]*singkatan: IUC/);

    await page.goto(`${base}/keystatic/collection/instansi/item/instansi-uji-cms`);
    await page.getByLabel('Singkatan').fill('IUC2');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => readFileSync(CREATED, 'utf8'), { timeout: 30_000 }).toMatch(/singkatan: IUC2/);
    await close();

    const site = await loadSite();
    expect(site.instansi.find((i) => i.slug === 'instansi-uji-cms')?.singkatan).toBe('IUC2');
  }, 120_000);

  it('edits a singleton (jam layanan)', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/keystatic/singleton/jamLayanan`);
    await page.getByLabel('Catatan').fill('Catatan uji dari CMS.');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => readFileSync(SINGLETON, 'utf8'), { timeout: 30_000 }).toContain('Catatan uji dari CMS.');
    // The save confirms itself in a toast (a live region, so screen readers announce it).
    await expect.poll(() => page.getByText('Tersimpan', { exact: true }).isVisible(), { timeout: 10_000 }).toBe(true);
    await close();
    const site = await loadSite();
    expect(site.notes).toBe('Catatan uji dari CMS.');
  }, 120_000);
});

/** Whether an element is inside the visible part of the window. */
function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });
}

async function bodyText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

/** Dates in the `field` of every YAML/frontmatter file of a collection folder, newest first. */
function datesNewestFirst(folder: string, field: string): string[] {
  return readdirSync(folder)
    .map((f) => readFileSync(`${folder}/${f}`, 'utf8').match(new RegExp(`^${field}: '?(\\d{4}-\\d{2}-\\d{2})`, 'm'))?.[1] ?? '')
    .sort()
    .reverse();
}

const KTP_EL = 'content/layanan/ktp-el.yaml';

/** A fresh page on the KTP-el entry form; `prepare` runs first (e.g. to intercept requests). */
async function openKtpEl(prepare?: (page: Page) => Promise<unknown>) {
  const watched = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await prepare?.(watched.page);
  await watched.page.goto(`${base}/keystatic/collection/layanan/item/ktp-el`);
  await expect.poll(() => watched.page.getByRole('button', { name: 'Simpan' }).isEnabled(), { timeout: 60_000 }).toBe(true);
  return watched;
}

describe('Keystatic admin for DPMPTSP editors', () => {
  const ENGLISH = /\b(Add|Save|Create|Delete|Cancel|Unsaved|is required|must not be empty|must be at least)\b/;

  it('speaks Indonesian on the collection list and the entry form', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/keystatic/collection/layanan`);
    await expect.poll(() => page.getByRole('button', { name: 'Tambah' }).isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await bodyText(page)).not.toMatch(ENGLISH);

    await page.goto(`${base}/keystatic/collection/layanan/item/ktp-el`);
    await expect.poll(() => page.getByRole('button', { name: 'Simpan' }).isVisible(), { timeout: 60_000 }).toBe(true);
    const text = await bodyText(page);
    expect(text).toContain('Buat ulang');
    expect(text).toContain('Menggantinya mengubah alamat itu');
    expect(text).not.toMatch(ENGLISH);
    await close();
  }, 120_000);

  it('refuses an invalid entry with an Indonesian message, scrolled into view and announced', async () => {
    const before = readFileSync(KTP_EL, 'utf8');
    const { page, close } = await openKtpEl();
    const produk = page.getByLabel('Produk pelayanan');
    await produk.fill('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => page.getByText('Produk pelayanan wajib diisi').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => inViewport(produk), { timeout: 10_000 }).toBe(true);
    expect(await produk.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => page.getByText('Belum tersimpan: periksa kolom yang ditandai merah.').isVisible()).toBe(true);
    expect(await bodyText(page)).not.toMatch(ENGLISH);
    expect(readFileSync(KTP_EL, 'utf8')).toBe(before);
    await close();
  }, 120_000);

  it('shows a failed save: the error is in view and announced, and nothing is written', async () => {
    const before = readFileSync(KTP_EL, 'utf8');
    const { page, close } = await openKtpEl((p) =>
      p.route('**/api/keystatic/update', (r) => r.fulfill({ status: 500, body: 'Disk server penuh' })),
    );
    await page.getByLabel('Produk pelayanan').fill('KTP-el (uji gagal simpan)');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Disk server penuh' });
    await expect.poll(() => notice.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => inViewport(notice), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.getByText('Belum tersimpan: penyimpanan gagal.', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByText('Tersimpan', { exact: true }).count()).toBe(0);
    expect(readFileSync(KTP_EL, 'utf8')).toBe(before);
    await close();
  }, 120_000);

  it('names gerai in pickers by code and name ("G22 Pengadilan Agama"), not by slug', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/keystatic/collection/layanan/item/ktp-el`);
    const gerai = page.getByRole('combobox', { name: 'Gerai' });
    await expect.poll(() => gerai.inputValue(), { timeout: 60_000 }).toBe('G01 Dukcapil');
    await gerai.fill('pengadilan');
    const options = page.getByRole('option');
    await expect.poll(() => options.allInnerTexts(), { timeout: 30_000 }).toEqual(['G22 Pengadilan Agama']);

    // A closure (libur) lists its chosen gerai by code and name, and offers the others the
    // same way, ordered by code (its picker button is labelled in Indonesian too).
    await page.goto(`${base}/keystatic/collection/libur/item/tutup-buku-bank-jateng-2026`);
    const chosen = page.getByRole('grid', { name: 'Berlaku untuk gerai' });
    await expect.poll(() => chosen.innerText().catch(() => ''), { timeout: 60_000 }).toContain('G09 Bank Jateng');
    const showAll = page.getByRole('button', { name: /^Tampilkan pilihan/ }).first();
    const offered = async () => {
      if ((await options.count()) === 0) await showAll.click({ timeout: 5000 }).catch(() => undefined);
      return (await options.allInnerTexts()).slice(0, 2);
    };
    await expect.poll(offered, { timeout: 60_000 }).toEqual(['G01 Dukcapil', 'G02 SIM dan SKCK Polres Pekalongan Kota']);
    await close();
  }, 240_000);

  it.each([
    ['pengumuman', 'content/pengumuman', 'tanggal'],
    ['libur', 'content/libur', 'mulai'],
  ])(
    'lists %s newest first',
    async (collection, folder, field) => {
      const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${base}/keystatic/collection/${collection}`);
      // Dates read in words, the Indonesian way ("31 Desember 2026").
      const words = new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      const expected = datesNewestFirst(folder, field).map((iso) => words.format(new Date(`${iso}T00:00:00Z`)));
      const shown = async () =>
        (await page.getByRole('row').allInnerTexts()).map((r) => r.match(/\d{1,2} \p{L}+ \d{4}/u)?.[0]).filter(Boolean);
      await expect.poll(shown, { timeout: 60_000 }).toEqual(expected);
      await close();
    },
    120_000,
  );
});
