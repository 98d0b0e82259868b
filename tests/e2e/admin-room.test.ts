// The editors' room end to end, in Chromium against the real room server and the real
// publisher, with the public site served by Debian's nginx from the live link: an admin
// adds an editor; the editor changes a requirement in Keystatic and sees it in Pratinjau;
// a penerbit publishes it; a bad save is named on the check panel, Terbitkan refuses it
// with the same words and the live site stays byte-identical; Riwayat and Kembalikan undo
// it; Batalkan terbitan brings the previous release back.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publisherOptions } from '../../src/admin-server/room.ts';
import { createPublisher } from '../../src/admin-server/publish/index.ts';
import { ensureUiBuilt } from '../../src/admin-server/ui-build.ts';
import { PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { type RunningNginx, startNginx } from '../fixtures/nginx.ts';
import { treeHash } from '../fixtures/publish.ts';
import { launchBrowser, openPage } from './harness.ts';

const SERVICE_URL = '/layanan/paspor-hilang-rusak/';
const NEW_REQUIREMENT = 'Kartu Keluarga terbaru (uji ruang editor)';
const BAD_MESSAGE = 'rentang 16.00–15.00 berakhir sebelum atau tepat saat dimulai';
const SAVE = /^(Save|Simpan)$/;
const DONE = /^(Done|Selesai)$/;

let room: TestRoom;
let nginx: RunningNginx;
let browser: Browser;
let firstRelease: string;
const repoGit = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const live = (path: string) => fetch(nginx.url + path).then((r) => r.text());

beforeAll(async () => {
  ensureUiBuilt(process.cwd(), '.cache/admin-ui');
  room = await startTestRoom({
    publisher: (config) => createPublisher({ ...publisherOptions(config), env: { MPP_TODAY: '2026-12-01' } }),
    overrides: { buildEnv: { MPP_TODAY: '2026-12-01' } },
  });
  await room.user('ali', 'admin', 'Ali Admin');
  await room.user('putri', 'penerbit', 'Putri Penerbit');
  // The site as it was before the room was used: the first release.
  const first = await room.room.publisher?.publish(await room.room.repo.head(), 'putri');
  if (!first?.ok) throw new Error(`first publish failed: ${first?.messages.join('\n')}`);
  firstRelease = treeHash(room.config.liveLink);
  nginx = await startNginx({ root: room.config.liveLink });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await room?.stop();
});

async function logIn(username: string, password = PASSWORD): Promise<Page> {
  const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${room.url}/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(`${room.url}/`);
  return page;
}

/** Click a build button on /terbit (confirming Terbitkan and Batalkan terbitan) and wait for the progress page to finish. */
async function build(page: Page, button: string): Promise<string> {
  await page.goto(`${room.url}/terbit`);
  const main = page.getByRole('main');
  if (await main.getByRole('button', { name: button, exact: true }).count())
    await main.getByRole('button', { name: button, exact: true }).click();
  else {
    await main.getByRole('link', { name: button, exact: true }).click();
    await main.getByRole('button', { name: /^Ya, / }).click();
  }
  await page.waitForURL(/\/terbit\/proses$/);
  await expect.poll(() => page.locator('main').innerText(), { timeout: 180_000, interval: 1000 }).toMatch(/Selesai dalam|Gagal\./);
  return page.locator('main').innerText();
}

describe("editors' room", () => {
  let editor: Page;

  it('an admin adds a new editor on the accounts page, and the editor logs in', async () => {
    const admin = await logIn('ali');
    await admin.goto(`${room.url}/akun`);
    const form = admin.locator('form[action="/akun/tambah"]');
    await form.getByLabel('Nama pengguna').fill('eka');
    await form.getByLabel('Nama lengkap').fill('Eka Pratiwi');
    await form.getByLabel('Peran').selectOption('editor');
    await form.getByLabel('Kata sandi awal').fill('sandi-baru-untuk-eka');
    await form.getByRole('button', { name: 'Tambah akun' }).click();
    await expect.poll(() => admin.getByRole('status').innerText()).toContain('Akun eka ditambahkan.');
    editor = await logIn('eka', 'sandi-baru-untuk-eka');
    expect(await editor.locator('header').innerText()).toContain('Eka Pratiwi (Editor)');
    expect(await editor.getByRole('link', { name: 'Akun' }).count()).toBe(0);
  }, 60_000);

  it('the editor changes a requirement in Keystatic; the save is a commit under her name', async () => {
    await editor.goto(`${room.url}/keystatic/collection/layanan/item/paspor-hilang-rusak`);
    await editor.getByText('KK', { exact: true }).filter({ visible: true }).first().click();
    const dialog = editor.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Dokumen' }).fill(NEW_REQUIREMENT);
    await dialog.getByRole('button', { name: DONE }).click();
    await editor.getByRole('button', { name: SAVE }).click();
    await expect
      .poll(() => repoGit('log', '-1', '--format=%an <%ae>|%s'), { timeout: 30_000 })
      .toBe('Eka Pratiwi <eka@mpp.invalid>|Ubah layanan: Penggantian Paspor Hilang atau Rusak');
  }, 90_000);

  it('Pratinjau shows the change, bannered, behind the login; the live site does not have it yet', async () => {
    expect(await build(editor, 'Buat pratinjau')).toContain('Selesai dalam');
    await editor.goto(`${room.url}/pratinjau${SERVICE_URL}`);
    const text = await editor.locator('body').innerText();
    expect(text).toContain(NEW_REQUIREMENT);
    expect(text).toContain('Pratinjau — belum terbit');
    expect((await fetch(`${room.url}/pratinjau${SERVICE_URL}`, { redirect: 'manual' })).status).toBe(303);
    expect(await live(SERVICE_URL)).not.toContain(NEW_REQUIREMENT);
  }, 240_000);

  let published: string;
  it('a penerbit clicks Terbitkan and nginx serves the change', async () => {
    const penerbit = await logIn('putri');
    expect(await build(penerbit, 'Terbitkan')).toContain('Selesai dalam');
    expect(await live(SERVICE_URL)).toContain(NEW_REQUIREMENT);
    published = treeHash(room.config.liveLink);
    await penerbit.goto(`${room.url}/terbit`);
    const page = await penerbit.locator('main').innerText();
    expect(page).toMatch(/WIB\s+Putri Penerbit\s+Terbit\b/);
    expect(page).toContain('Semua perubahan sudah terbit.');
    expect(page).not.toMatch(/\b[0-9a-f]{7,40}\b/);
  }, 240_000);

  it('a bad save is named on Periksa konten; Terbitkan refuses with the same message; the live site is unchanged', async () => {
    await editor.goto(`${room.url}/keystatic/singleton/jamLayanan`);
    await editor.getByText('13.00–15.00', { exact: true }).filter({ visible: true }).first().click();
    const dialog = editor.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Mulai' }).fill('16.00');
    await dialog.getByRole('button', { name: DONE }).click();
    await editor.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => repoGit('log', '-1', '--format=%s'), { timeout: 30_000 }).toBe('Ubah jam layanan');

    await editor.goto(`${room.url}/periksa`);
    const panel = await editor.locator('main').innerText();
    expect(panel).toContain(`Jam layanan › Jadwal mingguan › Jumat › rentang 2: ${BAD_MESSAGE}`);
    await editor.getByRole('link', { name: 'Buka di Konten' }).first().click();
    await editor.waitForURL(/\/keystatic\/singleton\/jamLayanan#isian=Jadwal%20mingguan%20%E2%80%BA%20Jumat%20%E2%80%BA%20rentang%202$/);

    const penerbit = await logIn('putri');
    const outcome = await build(penerbit, 'Terbitkan');
    expect(outcome).toContain('Gagal. Situs publik tidak berubah.');
    expect(outcome).toContain(BAD_MESSAGE);
    expect(treeHash(room.config.liveLink)).toBe(published);
  }, 240_000);

  it('Riwayat shows the change under the editor, and Kembalikan restores the entry', async () => {
    await editor.goto(`${room.url}/riwayat`);
    const rows = editor.getByRole('row').filter({ hasText: 'Ubah jam layanan' });
    expect(await rows.first().innerText()).toContain('Eka Pratiwi');
    expect(await rows.first().innerText()).toContain('Jadwal mingguan › Jumat: 08.00–11.30, 13.00–15.00 → 08.00–11.30, 16.00–15.00');
    await rows.first().getByRole('link', { name: 'Jam layanan' }).click();
    await editor.getByRole('row').filter({ hasText: 'Konten awal' }).getByRole('link', { name: 'Kembalikan ke versi ini' }).click();
    expect(await editor.locator('main').innerText()).toContain(
      'Jadwal mingguan › Jumat: 08.00–11.30, 16.00–15.00 → 08.00–11.30, 13.00–15.00',
    );
    await editor.getByRole('button', { name: 'Ya, kembalikan' }).click();
    expect(await editor.getByRole('status').innerText()).toMatch(/^jam layanan dikembalikan ke versi/);
    expect(repoGit('log', '-1', '--format=%an|%s')).toMatch(/^Eka Pratiwi\|Kembalikan jam layanan ke versi/);
    await editor.goto(`${room.url}/periksa`);
    expect(await editor.locator('main').innerText()).not.toContain(BAD_MESSAGE);
  }, 60_000);

  it('Batalkan terbitan brings back the previous release, byte for byte', async () => {
    const penerbit = await logIn('putri');
    expect(await build(penerbit, 'Batalkan terbitan')).toContain('Selesai dalam');
    expect(treeHash(room.config.liveLink)).toBe(firstRelease);
    expect(await live(SERVICE_URL)).not.toContain(NEW_REQUIREMENT);
  }, 120_000);
});
