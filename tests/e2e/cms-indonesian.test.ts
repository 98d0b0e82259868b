// Every Keystatic screen an editor opens speaks Indonesian, on screen and to screen readers:
// a crawl of each collection's list, new and existing entry, each singleton, the body
// editor's "/" menu, link and image dialogs, an image field's upload, and the theme menu
// fails on any English text Keystatic ships. Lists lead
// with the entry's name (the slug is only its "Alamat"), relationship columns name the
// entry, and dates read in words, the Indonesian way, in lists and under date fields.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config.ts';
import { LITERALS, REACT_ARIA } from '../../src/keystatic-id/strings.ts';
import { type CmsDev, startCmsDev } from './cms-dev.ts';
import { launchBrowser, openPage } from './harness.ts';

let dev: CmsDev;
let browser: Browser;

beforeAll(async () => {
  dev = await startCmsDev();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  dev?.stop();
});

// Keystatic's English, from its own source: the hard-coded texts the patch translates and
// react-aria's screen-reader strings, plus texts Keystatic builds at run time.
const fromTables = Object.values(REACT_ARIA)
  .flatMap((table) => Object.keys(table))
  .concat(
    Object.entries(LITERALS)
      .filter(([en, id]) => en.trim() !== id.trim())
      .map(([en]) => en),
  );
const RUNTIME = [
  'Start writing',
  'for commands',
  'Heading 1',
  'Reset',
  'Copy entry',
  'Paste entry',
  'Light',
  'Dark',
  'System',
  'sortable column',
  'Clear search',
  'Increase',
  'Decrease',
  'Press Enter',
  'to start dragging',
  'Bad data',
  'Not Found',
  'theme',
  'git actions',
  '-copy',
];
// react-aria's keys are identifiers ("dragItem"); its English values are what readers hear.
const ENGLISH = [...new Set([...fromTables.filter((t) => /\s/.test(t) || /^[A-Z]/.test(t)), ...RUNTIME])]
  .map((t) => t.trim())
  .filter((t) => t.length > 2);
const PATTERN = new RegExp(`(?<![\\p{L}-])(${ENGLISH.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');

/** Visible text plus every accessible name and description on the page. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // What editors typed (entry bodies) is content, not Keystatic's text.
    const editable = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];
    for (const el of editable) el.style.setProperty('display', 'none');
    const texts = [document.body.innerText];
    for (const el of editable) el.style.removeProperty('display');
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-roledescription], [aria-valuetext]')) {
      for (const attr of ['aria-label', 'title', 'placeholder', 'aria-roledescription', 'aria-valuetext']) {
        const value = el.getAttribute(attr);
        if (value) texts.push(value);
      }
    }
    for (const el of document.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
      for (const attr of ['aria-describedby', 'aria-labelledby']) {
        for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
          const target = document.getElementById(id);
          if (target?.textContent) texts.push(target.textContent);
        }
      }
    }
    for (const el of document.querySelectorAll('[data-placeholder]')) texts.push(el.getAttribute('data-placeholder') ?? '');
    return texts;
  });
}

async function englishOn(page: Page): Promise<string[]> {
  const found = new Set<string>();
  for (const text of await pageTexts(page)) {
    for (const line of text.split('\n')) {
      const m = line.match(PATTERN);
      if (m) found.add(`${m[1]} ← "${line.trim().slice(0, 120)}"`);
    }
  }
  return [...found];
}

function firstSlug(collection: string): string {
  const { path } = (keystaticConfig.collections as Record<string, { path: string }>)[collection] ?? { path: '' };
  const first = readdirSync(path.replace(/\/?\*+\/?$/, '')).sort()[0] ?? '';
  return first.replace(/\.(ya?ml|mdoc|md|json)$/, '');
}

const collections = Object.keys(keystaticConfig.collections);
const screens: [string, string, string][] = [
  ['/keystatic', 'Dasbor', 'heading'],
  ...collections.flatMap((c): [string, string, string][] => [
    [`/keystatic/collection/${c}`, 'Tambah', 'button'],
    [`/keystatic/collection/${c}/create`, 'Buat', 'button'],
    [`/keystatic/collection/${c}/item/${firstSlug(c)}`, 'Simpan', 'button'],
  ]),
  ...Object.keys(keystaticConfig.singletons).map((s): [string, string, string] => [`/keystatic/singleton/${s}`, 'Simpan', 'button']),
];

describe('Keystatic in Indonesian, everywhere an editor looks', () => {
  it.each(screens)(
    '%s has no English text or accessible name',
    async (url, ready, role) => {
      // An English browser: Keystatic must not follow it (its locale is id-ID).
      const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      await page.goto(dev.base + url);
      const target = role === 'button' ? page.getByRole('button', { name: ready, exact: true }) : page.getByText(ready).first();
      await expect.poll(() => target.first().isVisible(), { timeout: 60_000 }).toBe(true);
      await page.waitForTimeout(1500);
      expect(await englishOn(page)).toEqual([]);
      await close();
    },
    120_000,
  );

  it('the body editor, its "/" menu and the theme menu speak Indonesian', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${dev.base}/keystatic/collection/pengumuman/create`);
    const editor = page.locator('[contenteditable="true"]').first();
    await expect.poll(() => editor.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await englishOn(page)).toEqual([]);
    await editor.click();
    await page.keyboard.type('/');
    await expect.poll(() => page.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(3);
    const menu = (await page.getByRole('listbox').first().innerText()).trim();
    expect(menu).toContain('Judul 1');
    expect(await englishOn(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Tema' }).first().click();
    await expect.poll(() => page.getByRole('menuitemradio').count(), { timeout: 10_000 }).toBe(3);
    expect(await page.getByRole('menuitemradio').allInnerTexts()).toEqual(['Terang', 'Gelap', 'Ikuti sistem']);
    expect(await englishOn(page)).toEqual([]);
    await close();
  }, 120_000);

  it("the body editor's link button and link dialog speak Indonesian", async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${dev.base}/keystatic/collection/pengumuman/create`);
    const editor = page.locator('[contenteditable="true"]').first();
    await expect.poll(() => editor.isVisible(), { timeout: 60_000 }).toBe(true);
    await editor.click();
    await page.keyboard.type('Jadwal layanan');
    await page.keyboard.press('Shift+Home');
    // The link button is named for what it does (upstream calls it "Divider").
    await page.getByRole('button', { name: 'Tautan', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(1);
    expect(await englishOn(page)).toEqual([]);
    await close();
  }, 120_000);
});

// A 1×1 PNG: what an editor uploads, as the browser's file chooser hands it over.
const PNG = {
  name: 'Foto Loket.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
};

/** English on the page, with the tooltip of each of `buttons` shown in turn (icon buttons are named by them). */
async function englishWithTooltips(page: Page, buttons: Locator): Promise<string[]> {
  const found = new Set(await englishOn(page));
  for (const button of await buttons.all()) {
    await button.hover();
    await page.waitForTimeout(1200);
    for (const e of await englishOn(page)) found.add(e);
    await page.mouse.move(0, 0);
  }
  return [...found];
}

describe('Keystatic image dialogs in Indonesian', () => {
  it("the body editor's image insert, its toolbar and its image details dialog speak Indonesian", async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${dev.base}/keystatic/collection/pengumuman/create`);
    const editor = page.locator('[contenteditable="true"]').first();
    await expect.poll(() => editor.isVisible(), { timeout: 60_000 }).toBe(true);
    const option = page.getByRole('option', { name: /Gambar/ }).first();
    // The dev server's editor may show before it takes keys on a loaded machine: a slash typed
    // too early opens no menu, so the text is cleared and typed again (at most three times).
    const openMenu = async () => {
      for (let attempt = 1; ; attempt++) {
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.keyboard.type('/gambar');
        const shown = await option
          .waitFor({ timeout: 10_000 })
          .then(() => true)
          .catch(() => false);
        if (shown || attempt === 3) return;
        await page.keyboard.press('Escape');
      }
    };
    await openMenu();
    await option.waitFor({ timeout: 1_000 });
    expect(await option.innerText()).toContain('Sisipkan gambar');
    // The file chooser the option opens, or null when none opened within 15 s.
    const chooserAfter = async (act: () => Promise<void>) => {
      const opened = page.waitForEvent('filechooser', { timeout: 15_000 }).catch(() => null);
      await act();
      return opened;
    };
    let chooser = await chooserAfter(() => page.keyboard.press('Enter'));
    // Under load the menu may not take the key yet (CI saw no chooser while the relevance suite
    // ran alongside): the option is clicked instead, the menu opened afresh if it closed (typed
    // again after the first "/gambar" it would open no menu).
    if (!chooser) {
      if (!(await option.isVisible())) await openMenu();
      chooser = await chooserAfter(() => option.click());
    }
    if (!chooser) throw new Error('"Sisipkan gambar" opened no file chooser');
    await chooser.setFiles(PNG);
    const image = editor.locator('img[data-filename]');
    await image.waitFor({ timeout: 10_000 });
    // Selected, the image shows its toolbar (details, another file, remove), named by tooltips.
    await image.click();
    const toolbar = page.getByRole('dialog').getByRole('button');
    await expect.poll(() => toolbar.count(), { timeout: 10_000 }).toBe(3);
    expect(await englishWithTooltips(page, toolbar)).toEqual([]);
    await toolbar.first().click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByRole('heading') });
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.getByRole('heading').innerText()).toBe('Rincian gambar');
    expect(await englishOn(page)).toEqual([]);
    // A cleared file name is refused in Indonesian.
    await dialog.getByRole('textbox', { name: /Nama berkas/ }).fill('');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect.poll(() => dialog.innerText(), { timeout: 10_000 }).toContain('Isi nama berkas.');
    expect(await englishOn(page)).toEqual([]);
    await close();
  }, 120_000);

  it("an image field (Pengumuman's Gambar sampul): choosing, the chosen file and removing speak Indonesian", async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${dev.base}/keystatic/collection/pengumuman/create`);
    const field = page.getByRole('group', { name: 'Gambar sampul' });
    const choose = field.getByRole('button', { name: 'Pilih berkas' });
    await expect.poll(() => choose.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await englishOn(page)).toEqual([]);
    const chooser = page.waitForEvent('filechooser');
    await choose.click();
    await (await chooser).setFiles(PNG);
    await field.locator('img').waitFor({ timeout: 10_000 });
    const remove = field.getByRole('button', { name: 'Hapus', exact: true });
    expect(await remove.count()).toBe(1);
    expect(await englishWithTooltips(page, field.getByRole('button'))).toEqual([]);
    await remove.click();
    await expect.poll(() => field.locator('img').count(), { timeout: 10_000 }).toBe(0);
    expect(await englishOn(page)).toEqual([]);
    await close();
  }, 120_000);
});

describe('Keystatic lists and headers name entries; dates read in words', () => {
  const words = (iso: string) =>
    new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(`${iso}T00:00:00Z`),
    );

  it('the Layanan list leads with the name, names the gerai, and keeps the slug last as the address', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${dev.base}/keystatic/collection/layanan`);
    // The list is virtual (only rows in view exist): search by name, which the list allows.
    await page
      .getByRole('searchbox')
      .first()
      .fill('KTP-el Baru', { timeout: 60_000 })
      .catch(async () => {
        await page.getByRole('button', { name: 'tampilkan pencarian' }).click();
        await page.getByRole('searchbox').first().fill('KTP-el Baru');
      });
    const row = page.getByRole('row').filter({ hasText: 'KTP-el Baru (Perekaman Pertama)' });
    await expect.poll(() => row.count(), { timeout: 60_000 }).toBe(1);
    const headers = (await page.getByRole('columnheader').allInnerTexts()).map((h) => h.trim()).filter(Boolean);
    expect(headers).toEqual(['Nama layanan', 'Gerai', 'Alamat']);
    const cells = async () => (await row.locator('[role=rowheader], [role=gridcell]').allInnerTexts()).map((c) => c.trim()).filter(Boolean);
    await expect.poll(cells, { timeout: 30_000 }).toEqual(['KTP-el Baru (Perekaman Pertama)', 'G01 Dukcapil', 'ktp-el']);

    // The entry's header names it too.
    await page.goto(`${dev.base}/keystatic/collection/layanan/item/ktp-el`);
    const header = page.locator('header, [role=banner]').first();
    await expect.poll(() => header.innerText(), { timeout: 60_000 }).toContain('KTP-el Baru (Perekaman Pertama)');
    expect(await header.innerText()).not.toMatch(/\bktp-el\b/);
    await close();
  }, 120_000);

  it('the Libur list shows dates in words, and a date field says the chosen date in words', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${dev.base}/keystatic/collection/libur`);
    const iso = readFileSync('content/libur/tutup-buku-bank-jateng-2026.yaml', 'utf8').match(/^mulai: '?(\d{4}-\d{2}-\d{2})/m)?.[1] ?? '';
    expect(iso).not.toBe('');
    const row = page.getByRole('row').filter({ hasText: 'tutup-buku-bank-jateng-2026' });
    await expect.poll(() => row.innerText().catch(() => ''), { timeout: 60_000 }).toContain(words(iso));
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    await page.goto(`${dev.base}/keystatic/collection/libur/item/tutup-buku-bank-jateng-2026`);
    const mulai = page.getByLabel('Tanggal mulai');
    await expect.poll(() => mulai.inputValue(), { timeout: 60_000 }).toBe(iso);
    const weekday = new Intl.DateTimeFormat('id-ID', { timeZone: 'UTC', weekday: 'long' }).format(new Date(`${iso}T00:00:00Z`));
    await expect.poll(() => page.locator('main').innerText()).toContain(`Tanggal terpilih: ${weekday}, ${words(iso)}.`);
    // Chromium shows the input itself in the browser's format; the words follow each change.
    await mulai.fill('2027-01-20');
    await expect.poll(() => page.locator('main').innerText()).toContain('Tanggal terpilih: Rabu, 20 Januari 2027.');
    await close();
  }, 120_000);
});
