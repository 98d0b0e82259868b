// An office day in the editors' room, in Chromium against the real room: an editor logs in,
// changes Saturday's hours, slips (11.00–10.00) and is told so with a link to the field,
// undoes the slip from Riwayat, announces a closure, builds a preview; a penerbit publishes
// and rolls back; the technical settings of Profil MPP stay the admin's. Each step asserts
// what the issue "an office worker keeps the site true without help" asks of that screen,
// counts clicks and seconds per task (printed, and written to .cache/office-day-times.json),
// and the main screens are photographed for Panduan editor (src/admin-server/guide-images/).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminConfig } from '../../src/admin-server/config.ts';
import { GUIDE_IMAGE_PATH, guideImages } from '../../src/admin-server/guide-images.ts';
import { createPublisher } from '../../src/admin-server/publish/index.ts';
import type { Publisher } from '../../src/admin-server/publish/types.ts';
import { memoryPublisher } from '../fixtures/memory-publisher.ts';
import { publisherOptions } from '../../src/admin-server/room.ts';
import { ensureUiBuilt } from '../../src/admin-server/ui-build.ts';
import { PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { launchBrowser, openPage } from './harness.ts';

const MENU = ['Beranda', 'Konten', 'Periksa konten', 'Riwayat', 'Terbitkan'];
const SAVE = /^(Save|Simpan)$/;
const DONE = /^(Done|Selesai)$/;
const HOURS = 'content/jam-layanan.yaml';
const CLOSURE = 'Pemadaman listrik gedung MPP';
const GUIDE_DIR = path.resolve('src/admin-server/guide-images');
const MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
const WHEN = new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4} \\d\\d\\.\\d\\d WIB\\b`);
// Keystatic's own English, as it would show if a text escaped the Indonesian table.
const ENGLISH =
  /\b(Save|Saved|Unsaved|Cancel|Delete|Create|Add|Remove|Search|Dashboard|Reset changes|Done|Duplicate|Copy entry|Paste entry|Untitled|regenerate|entries|No items|Are you sure|Select|Edit)\b/;

let room: TestRoom;
let browser: Browser;
let eka: Page;
const repoGit = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const file = (rel: string) => readFileSync(path.join(room.config.contentRepo, rel), 'utf8');
const saturday = () => /^ {2}sabtu:\n((?: {4}.*\n)*)/m.exec(file(HOURS))?.[1] ?? '';

// ---- Time to task: clicks and fields filled per task, and seconds, for the closing table.
interface Figure {
  task: string;
  clicks: number;
  fields: number;
  seconds: number;
}
const figures: Figure[] = [];
let clicks = 0;
let fields = 0;
async function click(target: Locator): Promise<void> {
  clicks++;
  await target.click();
}
async function fill(target: Locator, value: string): Promise<void> {
  fields++;
  await target.fill(value);
}
async function timed(task: string, work: () => Promise<void>): Promise<Figure> {
  clicks = 0;
  fields = 0;
  const start = performance.now();
  await work();
  const figure = { task, clicks, fields, seconds: Math.round((performance.now() - start) / 100) / 10 };
  figures.push(figure);
  return figure;
}

// ---- The publisher: previews are real builds of the saved content (so the preview shows it);
// releases and the log are kept in memory, as the live-site machinery has its own end-to-end
// test (admin-room.test.ts) and two more full builds would only make this day slower.
function officePublisher(config: AdminConfig): Publisher {
  return memoryPublisher(createPublisher({ ...publisherOptions(config), env: { MPP_TODAY: '2026-12-01' } }));
}

beforeAll(async () => {
  ensureUiBuilt(process.cwd(), '.cache/admin-ui');
  room = await startTestRoom({ publisher: officePublisher });
  await room.user('ali', 'admin', 'Ali Admin');
  await room.user('eka', 'editor', 'Eka Pratiwi');
  await room.user('putri', 'penerbit', 'Putri Penerbit');
  // Weeks before today: a colleague's edits (more than one page of Riwayat), the last one
  // opening on Saturdays 08.00–15.00; everything published.
  const repo = room.config.contentRepo;
  const commitAs = (message: string) =>
    execFileSync('git', ['-c', 'user.name=Rina Wulandari', '-c', 'user.email=rina@mpp.invalid', 'commit', '-qam', message], { cwd: repo });
  const gerai = path.join(repo, 'content/gerai/pos.yaml');
  for (let i = 1; i <= 32; i++) {
    writeFileSync(gerai, readFileSync(gerai, 'utf8').replace(/^deskripsi:.*$/m, `deskripsi: Layanan pos dan giro, pembaruan ${i}.`));
    commitAs('Ubah gerai: Pos Indonesia');
  }
  writeFileSync(path.join(repo, HOURS), file(HOURS).replace('  sabtu: []', "  sabtu:\n    - mulai: '08.00'\n      selesai: '15.00'"));
  commitAs('Ubah jam layanan');
  await room.room.publisher?.publish(repoGit('rev-parse', 'HEAD'), 'putri');
  mkdirSync(GUIDE_DIR, { recursive: true });
  mkdirSync('.cache', { recursive: true });
  browser = await launchBrowser();
  eka = (await openPage(browser, { viewport: { width: 1000, height: 700 } })).page;
}, 240_000);

afterAll(async () => {
  if (figures.length) {
    writeFileSync('.cache/office-day-times.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.table(figures.map((f) => ({ Tugas: f.task, Klik: f.clicks, Isian: f.fields, Detik: f.seconds })));
  }
  await browser?.close();
  await room?.stop();
});

const bar = (page: Page) => page.locator('header.ruang-bar');
const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });
const main = (page: Page) => page.locator('main').first();

// ---- Guide screenshots stay put between runs: the screens show today's dates and times, so
// each screen is also photographed with those texts set to one fixed moment, and its digest
// (tests/e2e/guide-screens.json) decides: the real screenshot is written only when that
// normalized screen differs from the one behind the committed image. Any other change of the
// screen (a word, a button, the layout) still rewrites the image; only its dates may be older.
const SCREENS = path.resolve('tests/e2e/guide-screens.json');
const WEEKDAYS = 'Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu';
const STAMP = new RegExp(
  `((${WEEKDAYS}), )?\\b\\d{1,2} (${MONTHS}) \\d{4}( (pukul )?\\d\\d\\.\\d\\d( WIB)?)?|\\b\\d\\d\\.\\d\\d WIB\\b|\\b\\d+([,.]\\d+)? (detik|menit)\\b`,
  'g',
);
async function shoot(page: Page, name: string): Promise<void> {
  const real = await page.screenshot({ type: 'png' });
  await page.evaluate((source) => {
    const stamp = new RegExp(source, 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const changed: [Text, string][] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      const fixed = text.replace(stamp, (m) =>
        /detik|menit/.test(m)
          ? '1 detik'
          : /WIB/.test(m) && /\d{4}/.test(m)
            ? '1 Januari 2026 09.00 WIB'
            : /WIB/.test(m)
              ? '09.00 WIB'
              : '1 Januari 2026',
      );
      if (fixed !== text) {
        changed.push([node, text]);
        node.data = fixed;
      }
    }
    (window as unknown as { __stamps: [Text, string][] }).__stamps = changed;
  }, STAMP.source);
  const normal = await page.screenshot({ type: 'png' });
  await page.evaluate(() => {
    for (const [node, text] of (window as unknown as { __stamps: [Text, string][] }).__stamps) node.data = text;
  });
  const digests: Record<string, string> = existsSync(SCREENS) ? JSON.parse(readFileSync(SCREENS, 'utf8')) : {};
  const digest = createHash('sha256').update(normal).digest('hex');
  const file = path.join(GUIDE_DIR, name);
  if (digests[name] === digest && existsSync(file)) return;
  writeFileSync(file, real);
  digests[name] = digest;
  writeFileSync(SCREENS, `${JSON.stringify(digests, null, 2)}\n`);
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${room.url}/masuk`);
  await fill(page.getByLabel('Nama pengguna'), username);
  await fill(page.getByLabel('Kata sandi', { exact: true }), PASSWORD);
  await click(page.getByRole('button', { name: 'Masuk' }));
  await page.waitForURL(`${room.url}/`);
}

/** The room's bar with its menu, the person's name and Keluar. */
async function expectBar(page: Page, name: string): Promise<void> {
  for (const label of MENU) expect(await menu(page).getByRole('link', { name: label, exact: true }).isVisible(), label).toBe(true);
  expect(await menu(page).getByText(name).isVisible()).toBe(true);
  expect(await menu(page).getByRole('button', { name: 'Keluar' }).isVisible()).toBe(true);
}

/** Keystatic English on the screen now (visible text and accessible names). */
async function englishOn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('placeholder') ?? ''}`,
    ),
  ]);
  return texts.flatMap((text) => text.split('\n')).filter((line) => ENGLISH.test(line));
}
const english: string[] = [];
async function noEnglish(page: Page): Promise<void> {
  english.push(...(await englishOn(page)).map((line) => `${new URL(page.url()).pathname}: ${line}`));
}

/** Wait for Keystatic's form of the current entry. */
const formReady = (page: Page) => page.getByRole('button', { name: SAVE }).waitFor({ timeout: 30_000 });

/** The field holding the focus: its group's name, its list row's name, and whether it is in view. */
function focusedField(page: Page): Promise<{ group: string; row: string; inView: boolean }> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const group = focused?.closest('[role="group"]');
    const name = document.getElementById(group?.getAttribute('aria-labelledby')?.split(/\s+/)[0] ?? '');
    const box = focused?.getBoundingClientRect();
    return {
      group: name?.textContent ?? '',
      row: focused?.closest('[role="row"]')?.getAttribute('aria-label') ?? '',
      inView: Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight),
    };
  });
}

/** Open a Saturday range in the Jam layanan form and set it. */
async function setSaturday(page: Page, shown: string, from: string | null, to: string): Promise<void> {
  await click(page.getByRole('group', { name: 'Sabtu' }).getByText(shown, { exact: true }));
  const dialog = page.getByRole('dialog');
  if (from) await fill(dialog.getByRole('textbox', { name: 'Mulai' }), from);
  await fill(dialog.getByRole('textbox', { name: 'Selesai' }), to);
  await click(dialog.getByRole('button', { name: DONE }));
  await click(page.getByRole('button', { name: SAVE }));
}

describe('an office day in the editors room', () => {
  it("Masuk: the room's bar with the menu, her name and Keluar is on every screen, Keystatic's too, and leads back home", async () => {
    const figure = await timed('Masuk', () => logIn(eka, 'eka'));
    expect(figure.clicks).toBeLessThanOrEqual(1);
    await expectBar(eka, 'Eka Pratiwi (Editor)');
    await shoot(eka, 'beranda.png');
    await click(menu(eka).getByRole('link', { name: 'Konten', exact: true }));
    await eka.getByRole('heading', { name: 'Dasbor' }).waitFor();
    await expectBar(eka, 'Eka Pratiwi (Editor)');
    await noEnglish(eka);
    await shoot(eka, 'konten.png');
    for (const pathname of ['/periksa', '/riwayat', '/terbit', '/panduan', '/keystatic/collection/libur']) {
      await eka.goto(`${room.url}${pathname}`);
      await expectBar(eka, 'Eka Pratiwi (Editor)');
    }
    await noEnglish(eka);
    await click(menu(eka).getByRole('link', { name: 'Beranda', exact: true }));
    await eka.waitForURL(`${room.url}/`);
  }, 90_000);

  it('changing Saturday to 08.00–12.00: saved under her name; Riwayat says "Sabtu: 08.00–15.00 → 08.00–12.00" with a date in words', async () => {
    const figure = await timed('Ubah jam Sabtu', async () => {
      await click(menu(eka).getByRole('link', { name: 'Konten', exact: true }));
      await click(eka.getByRole('main').getByRole('link', { name: 'Jam layanan' }));
      await formReady(eka);
      await setSaturday(eka, '08.00–15.00', null, '12.00');
      await expect.poll(() => repoGit('log', '-1', '--format=%an|%s'), { timeout: 30_000 }).toBe('Eka Pratiwi|Ubah jam layanan');
    });
    expect(figure.clicks).toBeLessThanOrEqual(6);
    expect(saturday()).toBe("    - mulai: '08.00'\n      selesai: '12.00'\n");
    await noEnglish(eka);
    await click(menu(eka).getByRole('link', { name: 'Riwayat', exact: true }));
    const row = eka.getByRole('row').filter({ hasText: 'Ubah jam layanan' }).first();
    const text = await row.innerText();
    expect(text).toContain('Eka Pratiwi');
    expect(text).not.toContain('eka@');
    expect(text).toContain('Jadwal mingguan › Sabtu: 08.00–15.00 → 08.00–12.00');
    expect(text).toMatch(WHEN);
    expect(await row.getByRole('link', { name: 'Urungkan perubahan ini' }).count()).toBe(1);
  }, 90_000);

  it('a slip (Saturday 11.00–10.00) is kept, but the bar says "Tersimpan, tetapi ada 1 masalah" with a link that focuses the field; Periksa konten links there too', async () => {
    await click(menu(eka).getByRole('link', { name: 'Konten', exact: true }));
    await click(eka.getByRole('main').getByRole('link', { name: 'Jam layanan' }));
    await formReady(eka);
    await setSaturday(eka, '08.00–12.00', '11.00', '10.00');
    const note = bar(eka).locator('.save-note');
    await note.waitFor({ timeout: 30_000 });
    const said = await note.innerText();
    expect(said).toContain('Tersimpan, tetapi ada 1 masalah yang menghalangi terbit:');
    expect(said).toContain('Jam layanan › Jadwal mingguan › Sabtu › rentang 1: rentang 11.00–10.00 berakhir sebelum');
    expect(said).not.toContain('jadwal.sabtu');
    await shoot(eka, 'formulir.png');
    // "Buka isian" opens the field itself: the range is in view and has the focus.
    const fieldLink = `/keystatic/singleton/jamLayanan#isian=${encodeURIComponent('Jadwal mingguan › Sabtu › rentang 1')}`;
    expect(await note.getByRole('link', { name: 'Buka isian' }).getAttribute('href')).toBe(fieldLink);
    await click(note.getByRole('link', { name: 'Buka isian' }));
    await eka.waitForURL(`${room.url}${fieldLink}`);
    await expect.poll(() => focusedField(eka), { timeout: 30_000 }).toEqual({ group: 'Sabtu', row: '11.00–10.00', inView: true });
    await noEnglish(eka);
    // Periksa konten's link does too, opening the form afresh.
    await click(menu(eka).getByRole('link', { name: 'Periksa konten', exact: true }));
    const issue = main(eka).getByRole('listitem').filter({ hasText: 'Sabtu › rentang 1' });
    expect(await issue.getByRole('link', { name: 'Buka di Konten' }).getAttribute('href')).toBe(fieldLink);
    await click(issue.getByRole('link', { name: 'Buka di Konten' }));
    await eka.waitForURL(`${room.url}${fieldLink}`);
    await expect.poll(() => focusedField(eka), { timeout: 30_000 }).toEqual({ group: 'Sabtu', row: '11.00–10.00', inView: true });
    await eka.goto(`${room.url}/riwayat`);
    await shoot(eka, 'riwayat.png');
  }, 90_000);

  it('Urungkan perubahan ini undoes the slip after a confirmation naming what changes; Riwayat pages through all history', async () => {
    let confirmation = '';
    const figure = await timed('Urungkan perubahan', async () => {
      await click(menu(eka).getByRole('link', { name: 'Riwayat', exact: true }));
      await click(
        eka.getByRole('row').filter({ hasText: 'Ubah jam layanan' }).first().getByRole('link', { name: 'Urungkan perubahan ini' }),
      );
      confirmation = await main(eka).innerText();
      await click(eka.getByRole('button', { name: 'Ya, urungkan' }));
      await eka.getByRole('status').waitFor();
    });
    expect(figure.clicks).toBeLessThanOrEqual(3);
    expect(confirmation).toContain('Urungkan perubahan?');
    expect(confirmation).toContain('Jadwal mingguan › Sabtu: 11.00–10.00 → 08.00–12.00');
    expect(confirmation).toContain('Eka Pratiwi');
    expect(saturday()).toBe("    - mulai: '08.00'\n      selesai: '12.00'\n");
    expect(repoGit('log', '-1', '--format=%an|%s')).toMatch(/^Eka Pratiwi\|Urungkan perubahan Eka Pratiwi pada /);
    // The slip is gone, and so is the note about it.
    await eka.goto(`${room.url}/`);
    expect(await bar(eka).innerText()).not.toContain('Tersimpan, tetapi');
    // Paging: from the newest change to the first import and back.
    await eka.goto(`${room.url}/riwayat`);
    let pages = 1;
    while (await eka.getByRole('link', { name: 'Perubahan lebih lama' }).count()) {
      await eka.getByRole('link', { name: 'Perubahan lebih lama' }).click();
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(await main(eka).innerText()).toContain(repoGit('log', '--reverse', '--format=%s').split('\n')[0]);
    expect(await eka.getByRole('link', { name: 'Perubahan lebih baru' }).count()).toBe(1);
  }, 90_000);

  it('announcing a closure: a new Hari libur entry, its date in words, listed by name in Konten and Riwayat', async () => {
    const figure = await timed('Umumkan penutupan', async () => {
      await click(menu(eka).getByRole('link', { name: 'Konten', exact: true }));
      await click(eka.getByRole('main').getByRole('link', { name: 'Hari libur dan jam khusus' }));
      await eka.getByRole('grid', { name: 'Hari libur dan jam khusus' }).waitFor();
      await click(eka.getByRole('main').getByRole('button', { name: 'Tambah' }));
      await fill(eka.getByRole('textbox', { name: 'Nama' }), CLOSURE);
      await fill(eka.getByRole('textbox', { name: 'Tanggal mulai' }), '2026-12-12');
      await fill(eka.getByRole('textbox', { name: 'Keterangan' }), 'Layanan tutup sehari karena pemeliharaan jaringan listrik gedung.');
      await eka.getByText('Tanggal terpilih: Sabtu, 12 Desember 2026.').waitFor();
      await noEnglish(eka);
      await click(eka.getByRole('button', { name: 'Buat', exact: true }));
      await expect.poll(() => repoGit('log', '-1', '--format=%an|%s'), { timeout: 30_000 }).toMatch(/^Eka Pratiwi\|Tambah hari libur/);
    });
    expect(figure.clicks).toBeLessThanOrEqual(5);
    await eka.goto(`${room.url}/keystatic/collection/libur`);
    const listed = eka.getByRole('row').filter({ hasText: CLOSURE });
    await listed.waitFor();
    expect(await listed.getByRole('rowheader').first().innerText()).toBe(CLOSURE);
    expect(await listed.innerText()).toContain('12 Desember 2026');
    await noEnglish(eka);
    await eka.goto(`${room.url}/riwayat`);
    const row = await eka.getByRole('row').nth(1).innerText();
    expect(row).toContain(`Hari libur dan jam khusus: ${CLOSURE}`);
    expect(row).toContain('entri baru');
  }, 90_000);

  it('on an entry: leaving unsaved changes asks first; the delete dialog does not say it cannot be undone; all in Indonesian', async () => {
    await eka.goto(`${room.url}/keystatic/collection/libur`);
    await click(eka.getByRole('row').filter({ hasText: CLOSURE }).getByRole('rowheader').first());
    await formReady(eka);
    await eka.getByRole('textbox', { name: 'Keterangan' }).fill('Perubahan yang belum disimpan.');
    await eka.getByText('Belum disimpan', { exact: true }).first().waitFor();
    let asked = '';
    eka.once('dialog', (dialog) => {
      asked = dialog.type();
      void dialog.dismiss();
    });
    await menu(eka).getByRole('link', { name: 'Beranda', exact: true }).click();
    await expect.poll(() => asked).toBe('beforeunload');
    expect(new URL(eka.url()).pathname).toMatch(/^\/keystatic\/collection\/libur\/item\//);
    expect(await eka.getByRole('textbox', { name: 'Keterangan' }).inputValue()).toBe('Perubahan yang belum disimpan.');
    await eka.getByRole('button', { name: 'Batalkan perubahan' }).click();
    await eka.getByRole('button', { name: 'Hapus entri…' }).click();
    const dialog = eka.getByRole('alertdialog');
    const words = await dialog.innerText();
    expect(words).not.toContain('tidak dapat dibatalkan');
    expect(words).toContain('Riwayat');
    await noEnglish(eka);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    // Nothing unsaved now: Beranda opens without asking.
    await menu(eka).getByRole('link', { name: 'Beranda', exact: true }).click();
    await eka.waitForURL(`${room.url}/`);
    expect(english).toEqual([]);
  }, 90_000);

  it('Pratinjau: no "Buka pratinjau" before one exists; the preview shows the saved hours, stamped with when and whose version', async () => {
    await eka.goto(`${room.url}/terbit`);
    expect(await main(eka).getByRole('link', { name: 'Buka pratinjau' }).count()).toBe(0);
    expect(await main(eka).getByRole('button', { name: 'Buka pratinjau' }).count()).toBe(0);
    await timed('Pratinjau', async () => {
      await click(menu(eka).getByRole('link', { name: 'Terbitkan', exact: true }));
      await click(main(eka).getByRole('button', { name: 'Buat pratinjau' }));
      await eka.waitForURL(/\/terbit\/proses$/);
      await expect.poll(() => main(eka).innerText(), { timeout: 240_000, interval: 1000 }).toMatch(/Selesai dalam|Gagal\./);
      await click(main(eka).getByRole('link', { name: 'Buka pratinjau' }));
      await eka.waitForURL(`${room.url}/pratinjau/`);
    });
    await eka.goto(`${room.url}/pratinjau/jam-layanan/`);
    const shown = await eka.locator('body').innerText();
    expect(shown).toContain('Pratinjau — belum terbit');
    expect(shown).toMatch(/Sabtu\s+08\.00–12\.00/);
    await eka.goto(`${room.url}/terbit`);
    const page = await main(eka).innerText();
    expect(page).toMatch(
      new RegExp(
        `Pratinjau menampilkan konten tersimpan per ${WHEN.source} \\(perubahan terakhir oleh Eka Pratiwi\\); dibuat ${WHEN.source} oleh Eka Pratiwi\\.`,
      ),
    );
    expect(page).toContain('Pratinjau sudah memuat semua perubahan tersimpan.');
  }, 300_000);

  let putri: Page;
  it('Terbitkan: "Menunggu terbit: N perubahan" with who, what and when in words; it asks first, then the site is current', async () => {
    putri = (await openPage(browser, { viewport: { width: 1000, height: 700 } })).page;
    await logIn(putri, 'putri');
    await putri.goto(`${room.url}/terbit`);
    const waiting = await main(putri).innerText();
    expect(waiting).toContain('Menunggu terbit: 4 perubahan');
    expect(waiting).toMatch(new RegExp(`${WHEN.source} — Eka Pratiwi: Ubah jam layanan`));
    expect(waiting).toMatch(new RegExp(`${WHEN.source} — Eka Pratiwi: Tambah hari libur`));
    expect(waiting).not.toMatch(/\b[0-9a-f]{7,40}\b/);
    await putri.evaluate(() => window.scrollTo(0, 0));
    await shoot(putri, 'terbitkan.png');
    await putri.goto(`${room.url}/`);
    let confirmation = '';
    const figure = await timed('Terbitkan', async () => {
      await click(menu(putri).getByRole('link', { name: 'Terbitkan', exact: true }));
      await click(main(putri).getByRole('link', { name: 'Terbitkan', exact: true }));
      confirmation = await main(putri).innerText();
      await click(putri.getByRole('button', { name: 'Ya, terbitkan' }));
      await expect.poll(() => main(putri).innerText(), { timeout: 30_000 }).toContain('Selesai dalam');
    });
    expect(figure.clicks).toBeLessThanOrEqual(3);
    expect(confirmation).toContain('4 perubahan berikut akan tayang di situs publik:');
    expect(confirmation).toContain('Eka Pratiwi: Ubah jam layanan');
    await putri.goto(`${room.url}/terbit`);
    const after = await main(putri).innerText();
    expect(after).toContain('Semua perubahan sudah terbit.');
    expect(after).toMatch(new RegExp(`${WHEN.source}\\s+Putri Penerbit\\s+Terbit\\b`));
  }, 90_000);

  it('Batalkan terbitan asks first; afterwards the page says the public site is older than the saved content', async () => {
    let confirmation = '';
    const figure = await timed('Batalkan terbitan', async () => {
      await click(menu(putri).getByRole('link', { name: 'Terbitkan', exact: true }));
      await click(main(putri).getByRole('link', { name: 'Batalkan terbitan', exact: true }));
      confirmation = await main(putri).innerText();
      await click(putri.getByRole('button', { name: 'Ya, batalkan terbitan' }));
      await expect.poll(() => main(putri).innerText(), { timeout: 30_000 }).toContain('Selesai dalam');
    });
    expect(figure.clicks).toBeLessThanOrEqual(3);
    expect(confirmation).toMatch(new RegExp(`Situs publik kembali ke terbitan ${WHEN.source} oleh Putri Penerbit\\.`));
    expect(confirmation).toContain('Eka Pratiwi: Tambah hari libur');
    await putri.goto(`${room.url}/terbit`);
    const after = await main(putri).innerText();
    expect(after).toContain('situs publik sekarang lebih lama daripada konten tersimpan');
    expect(after).toContain('Menunggu terbit: 4 perubahan');
  }, 90_000);

  it('Profil MPP: the editor cannot change a technical setting and the form names the admin to ask; the admin can', async () => {
    const head = repoGit('rev-parse', 'HEAD');
    const apiUrl = 'https://antrean.mpp.invalid/api';
    await eka.goto(`${room.url}/keystatic/singleton/profil`);
    await formReady(eka);
    await eka.getByRole('textbox', { name: 'URL API antrean' }).fill(apiUrl);
    await eka.getByRole('button', { name: SAVE }).click();
    const refusal = eka.getByText(/hanya boleh diubah admin/).first();
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).toContain('Minta Ali Admin mengubahnya.');
    expect(repoGit('rev-parse', 'HEAD')).toBe(head);
    expect(await eka.getByRole('textbox', { name: 'URL API antrean' }).inputValue()).toBe(apiUrl);
    await noEnglish(eka);
    await eka.getByRole('button', { name: 'Batalkan perubahan' }).click();

    const ali = (await openPage(browser, { viewport: { width: 1000, height: 700 } })).page;
    await logIn(ali, 'ali');
    await ali.goto(`${room.url}/keystatic/singleton/profil`);
    await formReady(ali);
    await ali.getByRole('textbox', { name: 'URL API antrean' }).fill(apiUrl);
    await ali.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => repoGit('log', '-1', '--format=%an|%s'), { timeout: 30_000 }).toBe('Ali Admin|Ubah profil MPP');
    expect(file('content/profil.yaml')).toContain(apiUrl);
    expect(english).toEqual([]);
  }, 90_000);

  it('on a phone, the menu links and Keluar are targets of at least 24 by 24 px, on Keystatic screens too', async () => {
    const phone = (await openPage(browser, { viewport: { width: 360, height: 740 } })).page;
    await logIn(phone, 'eka');
    for (const pathname of ['/', '/riwayat', '/keystatic/singleton/jamLayanan']) {
      await phone.goto(`${room.url}${pathname}`);
      const targets = menu(phone).locator('a, button');
      expect(await targets.count()).toBeGreaterThanOrEqual(MENU.length + 1);
      for (const box of await targets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
        expect(box.height, pathname).toBeGreaterThanOrEqual(24);
        expect(box.width, pathname).toBeGreaterThanOrEqual(24);
      }
    }
  }, 60_000);

  it('Panduan editor shows the screenshots this day took, each present, small and described in Indonesian', async () => {
    expect(guideImages.length).toBeGreaterThanOrEqual(5);
    for (const name of guideImages) {
      const full = path.join(GUIDE_DIR, name);
      expect(existsSync(full), `${name} tidak ada di ${GUIDE_DIR}`).toBe(true);
      expect(statSync(full).size, name).toBeLessThan(150 * 1024);
    }
    await eka.goto(`${room.url}/panduan`);
    const images = main(eka).locator('img');
    expect(await images.count()).toBe(guideImages.length);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const alt = (await image.getAttribute('alt')) ?? '';
      expect(alt.length).toBeGreaterThan(20);
      expect(alt).toMatch(/\b(dan|dengan|di|yang)\b/);
      expect(alt).not.toMatch(ENGLISH);
    }
    // Only the guide's own images are served there, and only behind the login.
    expect((await eka.goto(`${room.url}${GUIDE_IMAGE_PATH}tidak-ada.png`))?.status()).toBe(404);
    expect((await eka.goto(`${room.url}${GUIDE_IMAGE_PATH}..%2Fstrings.ts`))?.status()).toBe(404);
    expect((await fetch(`${room.url}${GUIDE_IMAGE_PATH}${guideImages[0]}`, { redirect: 'manual' })).status).toBe(303);
  }, 60_000);
});
