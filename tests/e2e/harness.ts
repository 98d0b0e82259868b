// Shared set-up for browser tests: serve a built site on loopback and drive Debian's
// Chromium through playwright-core (no downloaded browsers).
import { existsSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/cli/chromium.ts';
import { serveStatic } from '../../src/server/static.ts';

/** The sample-content build; `npm test` builds it before the browser tests (MPP_DIST overrides). */
export const DIST = path.resolve(process.env.MPP_DIST ?? 'dist');
/** A build of tests/fixtures/content (an MPP in WITA). */
export const FIXTURE_DIST = path.resolve('.cache/dist-fixture');
/** A build of tests/fixtures/content with MPP_TODAY fixed and no queue API, for screenshot comparisons. */
export const VISUAL_DIST = path.resolve('.cache/dist-visual');

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

/** Serve a built folder on a free loopback port. */
export async function startSite(root = DIST): Promise<RunningSite> {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root} belum dibangun: jalankan npm test (atau npm run build) dulu`);
  const { server, url } = await serveStatic(root);
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Launch headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Serve a build and launch Chromium once for a test file; both close after its tests. */
export function serveAndLaunch(root = DIST): { site: RunningSite; browser: Browser } {
  const context = {} as { site: RunningSite; browser: Browser };
  beforeAll(async () => {
    context.site = await startSite(root);
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.site?.close();
  });
  return context;
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed same-origin requests seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context and page that records console and page errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return { page, errors, close: () => context.close() };
}

/** Every built HTML page, as site paths ("/layanan/ktp-el/"). */
export function builtPages(root = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        pages.push(`/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(root);
  return pages.sort();
}

/** The rules every page must pass: WCAG 2.2 AA (A and AA of 2.0, 2.1, 2.2) plus axe best practices. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeOptions {
  /** Check only this part of the page (a CSS selector). */
  include?: string;
  /** Tags of the rules to run; AXE_TAGS unless given. */
  tags?: readonly string[];
}

/** Axe violations on the page as it is now, one "rule: targets" line each. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  const results = await builder.withTags([...(options.tags ?? AXE_TAGS)]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails the test, listing each violation, unless axe finds none on the page as it is now. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  expect(await axeViolations(page, options)).toEqual([]);
}
