// Two editors, one entry, in Chromium through the real room and Keystatic's UI: both open
// the same gerai, both change it; the first save is kept, the second is refused in the
// form with Indonesian words naming who changed the entry and when, and the second
// editor's change is still in her form; her draft, restored on reload, is refused too
// until she discards it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ensureUiBuilt } from '../../src/admin-server/ui-build.ts';
import { PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { launchBrowser, openPage } from './harness.ts';

const ENTRY = 'content/gerai/pdam.yaml';
const SAVE = /^(Save|Simpan)$/;

let room: TestRoom;
let browser: Browser;
const repoGit = (...args: string[]) => execFileSync('git', args, { cwd: room.config.contentRepo, encoding: 'utf8' }).trim();
const entryText = () => readFileSync(path.join(room.config.contentRepo, ENTRY), 'utf8');

beforeAll(async () => {
  ensureUiBuilt(process.cwd(), '.cache/admin-ui');
  room = await startTestRoom();
  await room.user('eka', 'editor', 'Eka Pratiwi');
  await room.user('rina', 'editor', 'Rina Editor');
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await room?.stop();
});

async function logIn(username: string): Promise<Page> {
  const { page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${room.url}/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(`${room.url}/`);
  return page;
}

async function openEntry(page: Page): Promise<void> {
  await page.goto(`${room.url}/keystatic/collection/gerai/item/pdam`);
  await expect.poll(() => page.getByRole('textbox', { name: 'Loket' }).inputValue(), { timeout: 30_000 }).not.toBe('');
}

describe('two editors, one entry', () => {
  it('the second save is refused in Keystatic naming the first editor; the first save stays in the file and in git', async () => {
    const eka = await logIn('eka');
    const rina = await logIn('rina');
    await openEntry(eka);
    await openEntry(rina);

    await eka.getByRole('textbox', { name: 'Loket' }).fill('Loket 21 (Eka)');
    await rina.getByRole('textbox', { name: 'Loket' }).fill('Loket 22 (Rina)');
    await rina.getByRole('textbox', { name: 'Deskripsi' }).fill('Perubahan Rina yang datang belakangan.');

    await eka.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => repoGit('log', '-1', '--format=%an|%s'), { timeout: 30_000 }).toMatch(/^Eka Pratiwi\|Ubah gerai: /);
    const head = repoGit('rev-parse', 'HEAD');
    expect(entryText()).toContain('loket: Loket 21 (Eka)');

    await rina.getByRole('button', { name: SAVE }).click();
    const notice = rina.getByText(/sudah diubah oleh Eka Pratiwi/).first();
    await notice.waitFor({ timeout: 30_000 });
    const shown = await notice.innerText();
    expect(shown).toMatch(
      /^Belum tersimpan: Gerai: Perumda Air Minum Tirtayasa sudah diubah oleh Eka Pratiwi pada \d+ \w+ \d{4} \d\d\.\d\d WIB setelah Anda membukanya\./,
    );
    expect(shown).toContain('muat ulang halaman');
    expect(shown).toContain(`/riwayat?entri=${encodeURIComponent(ENTRY)}`);
    // Nothing of Rina's is lost: her change is still in her form.
    expect(await rina.getByRole('textbox', { name: 'Loket' }).inputValue()).toBe('Loket 22 (Rina)');
    expect(await rina.getByRole('textbox', { name: 'Deskripsi' }).inputValue()).toBe('Perubahan Rina yang datang belakangan.');

    expect(entryText()).toContain('loket: Loket 21 (Eka)');
    expect(entryText()).not.toContain('Perubahan Rina');
    expect(repoGit('rev-parse', 'HEAD')).toBe(head);
    expect(repoGit('status', '--porcelain')).toBe('');

    // Reloading brings back Rina's draft, which is still based on the old version:
    // Keystatic restores it, and its save is refused too.
    await openEntry(rina);
    expect(await rina.getByRole('textbox', { name: 'Loket' }).inputValue()).toBe('Loket 22 (Rina)');
    await rina.getByRole('button', { name: SAVE }).click();
    await rina
      .getByText(/sudah diubah oleh Eka Pratiwi/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(repoGit('rev-parse', 'HEAD')).toBe(head);
    expect(entryText()).toContain('loket: Loket 21 (Eka)');

    // Discarding the draft shows Eka's version; Rina's change saved on top of it keeps both.
    await rina.getByRole('button', { name: 'Batalkan perubahan' }).click();
    await expect.poll(() => rina.getByRole('textbox', { name: 'Loket' }).inputValue()).toBe('Loket 21 (Eka)');
    await rina.getByRole('textbox', { name: 'Deskripsi' }).fill('Perubahan Rina yang datang belakangan.');
    await rina.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => repoGit('log', '-1', '--format=%an'), { timeout: 30_000 }).toBe('Rina Editor');
    expect(entryText()).toContain('loket: Loket 21 (Eka)');
    expect(entryText()).toContain('Perubahan Rina yang datang belakangan.');
  }, 180_000);

  it('changes to different fields are merged: both editors see Tersimpan and the entry keeps both', async () => {
    const eka = await logIn('eka');
    const rina = await logIn('rina');
    const open = async (page: Page) => {
      await page.goto(`${room.url}/keystatic/collection/gerai/item/dinsos`);
      await expect.poll(() => page.getByRole('textbox', { name: 'Loket' }).inputValue(), { timeout: 30_000 }).not.toBe('');
    };
    await open(eka);
    await open(rina);
    await eka.getByRole('textbox', { name: 'Loket' }).fill('Loket 33 (Eka)');
    await rina.getByRole('textbox', { name: 'Deskripsi' }).fill('Uraian dari Rina.');
    await eka.getByRole('button', { name: SAVE }).click();
    await expect.poll(() => repoGit('log', '-1', '--format=%an'), { timeout: 30_000 }).toBe('Eka Pratiwi');
    await rina.getByRole('button', { name: SAVE }).click();
    await rina.getByText('Tersimpan', { exact: true }).first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => repoGit('log', '-1', '--format=%an|%s'), { timeout: 30_000 })
      .toMatch(/^Rina Editor\|.*digabung dengan perubahan Eka Pratiwi/);
    const merged = parse(readFileSync(path.join(room.config.contentRepo, 'content/gerai/dinsos.yaml'), 'utf8'));
    expect(merged).toMatchObject({ nama: 'Dinas Sosial', loket: 'Loket 33 (Eka)', deskripsi: 'Uraian dari Rina.' });
    // Rina's form now shows the merged entry.
    await expect.poll(() => rina.getByRole('textbox', { name: 'Loket' }).inputValue(), { timeout: 30_000 }).toBe('Loket 33 (Eka)');
  }, 120_000);
});
