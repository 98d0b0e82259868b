// `npm run cms`: the Keystatic admin runs under `astro dev`, shows every content type,
// and what an editor creates or edits lands in content/ as valid content.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config.ts';
import { loadSite } from '../../src/data/index.ts';
import { launchBrowser, openPage } from './harness.ts';
import { freePort } from '../fixtures/free-port.ts';

const CREATED = 'content/instansi/instansi-uji-cms.yaml';
const SINGLETON = 'content/jam-layanan.yaml';

let dev: ChildProcess;
let base: string;
let browser: Browser;
let singletonBefore: string;

beforeAll(async () => {
  singletonBefore = readFileSync(SINGLETON, 'utf8');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // A clean environment: Vitest's own variables (VITEST, NODE_ENV=test) change how the
  // dev server behaves.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  dev = spawn('npx', ['astro', 'dev', '--force', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true, env });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/keystatic/collection/layanan`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
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
    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => existsSync(CREATED), { timeout: 30_000 }).toBe(true);
    expect(readFileSync(CREATED, 'utf8')).toMatch(/nama: Instansi Uji CMS[\s\S]*singkatan: IUC/);

    await page.goto(`${base}/keystatic/collection/instansi/item/instansi-uji-cms`);
    await page.getByLabel('Singkatan').fill('IUC2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(CREATED, 'utf8'), { timeout: 30_000 }).toMatch(/singkatan: IUC2/);
    await close();

    const site = await loadSite();
    expect(site.instansi.find((i) => i.slug === 'instansi-uji-cms')?.singkatan).toBe('IUC2');
  }, 120_000);

  it('edits a singleton (jam layanan)', async () => {
    const { page, close } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/keystatic/singleton/jamLayanan`);
    await page.getByLabel('Catatan').fill('Catatan uji dari CMS.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(SINGLETON, 'utf8'), { timeout: 30_000 }).toContain('Catatan uji dari CMS.');
    await close();
    const site = await loadSite();
    expect(site.notes).toBe('Catatan uji dari CMS.');
  }, 120_000);
});
