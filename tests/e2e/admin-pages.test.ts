// Every page of the editors' room, as a logged-in admin sees it in Chromium: valid HTML (the
// project's html-validate rules), axe WCAG 2.2 AA, no console errors, and Keystatic's editor
// pages asking no other origin for anything (its Google Fonts link is removed at build).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublisher } from '../../src/admin-server/publish/index.ts';
import { publisherOptions } from '../../src/admin-server/room.ts';
import { ensureUiBuilt } from '../../src/admin-server/ui-build.ts';
import { PASSWORD, startTestRoom, type TestRoom } from '../fixtures/admin-room.ts';
import { AXE_TAGS, axeViolations, launchBrowser, openPage, type WatchedPage } from './harness.ts';

// The room's pages also ask for WCAG 2.2 level A rules by name.
const ADMIN_AXE_TAGS = [...AXE_TAGS, 'wcag22a'];
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

let room: TestRoom;
let browser: Browser;
let admin: WatchedPage;
const requests: string[] = [];
const failed: string[] = [];

beforeAll(async () => {
  ensureUiBuilt(process.cwd(), '.cache/admin-ui');
  room = await startTestRoom({ publisher: (config) => createPublisher(publisherOptions(config)) });
  await room.user('ali', 'admin', 'Ali Admin');
  await room.user('eka', 'editor', 'Eka Pratiwi');
  // A commit with a content error, so Periksa konten and Riwayat have something to show.
  const repo = room.config.contentRepo;
  const hours = path.join(repo, 'content/jam-layanan.yaml');
  writeFileSync(hours, readFileSync(hours, 'utf8').replace("mulai: '13.00'", "mulai: '16.00'"));
  execFileSync('git', ['-c', 'user.name=Eka Pratiwi', '-c', 'user.email=eka@ruang.invalid', 'commit', '-qam', 'Ubah jam layanan'], {
    cwd: repo,
  });
  browser = await launchBrowser();
  admin = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  admin.page.on('request', (request) => requests.push(request.url()));
  admin.page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
}, 240_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await room?.stop();
});

async function problems(page: Page, html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, `${name}.html`);
  const invalid = report.results.flatMap((r) => r.messages.map((m) => `html ${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  const axe = await axeViolations(page, { tags: ADMIN_AXE_TAGS });
  return [...invalid, ...axe.map((violation) => `axe ${violation}`)];
}

let loggedIn = false;
/** Log the admin page in, the first time a test needs it. */
async function logInOnce(): Promise<void> {
  if (loggedIn) return;
  await admin.page.goto(`${room.url}/masuk`);
  await admin.page.getByLabel('Nama pengguna').fill('ali');
  await admin.page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await admin.page.getByRole('button', { name: 'Masuk' }).click();
  await admin.page.waitForURL(`${room.url}/`);
  loggedIn = true;
}

async function visit(watched: WatchedPage, pathname: string): Promise<string[]> {
  const response = await watched.page.goto(`${room.url}${pathname}`);
  expect(response?.status(), pathname).toBe(200);
  return problems(watched.page, (await response?.text()) ?? '', pathname);
}

describe("the editors' room pages", () => {
  it('the login page is valid and accessible', async () => {
    const visitor = await openPage(browser);
    expect(await visit(visitor, '/masuk')).toEqual([]);
    // After a failed attempt, with the error shown.
    await visitor.page.getByLabel('Nama pengguna').fill('ali');
    await visitor.page.getByLabel('Kata sandi', { exact: true }).fill('salah-sekali');
    const failed = visitor.page.waitForResponse((r) => r.url().endsWith('/masuk') && r.request().method() === 'POST');
    await visitor.page.getByRole('button', { name: 'Masuk' }).click();
    const html = await (await failed).text();
    expect(html).toContain('Gagal masuk');
    expect(await problems(visitor.page, html, 'masuk-gagal')).toEqual([]);
    expect(visitor.errors.filter((e) => !e.includes('401') && !e.includes('403'))).toEqual([]);
    await visitor.close();
  });

  it.each(['/', '/periksa', '/riwayat', '/terbit', '/terbit/yakin', '/panduan', '/akun'])(
    '%s is valid and accessible, with no console errors',
    async (pathname) => {
      await logInOnce();
      expect(await visit(admin, pathname)).toEqual([]);
      if (pathname === '/periksa') expect(await admin.page.locator('main').innerText()).toContain('Jumat');
      if (pathname === '/riwayat') expect(await admin.page.locator('main').innerText()).toContain('Eka Pratiwi');
      expect(admin.errors).toEqual([]);
    },
  );

  it('a history entry page is valid and accessible', async () => {
    await logInOnce();
    const link = admin.page.locator('main a[href^="/riwayat?"]').first();
    await admin.page.goto(`${room.url}/riwayat`);
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    expect(await visit(admin, href ?? '')).toEqual([]);
    expect(admin.errors).toEqual([]);
  });

  it("Keystatic's editor pages load with no console error and ask no other origin", async () => {
    await logInOnce();
    for (const pathname of ['/keystatic', '/keystatic/collection/layanan', '/keystatic/singleton/jamLayanan']) {
      await admin.page.goto(`${room.url}${pathname}`);
      await admin.page
        .getByRole('link', { name: /Layanan/ })
        .first()
        .waitFor();
      await admin.page.waitForLoadState('networkidle');
    }
    expect(failed).toEqual([]);
    expect(admin.errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(room.url))).toEqual([]);
  });
});
