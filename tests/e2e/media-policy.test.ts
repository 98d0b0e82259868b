// A hostile SVG that reached /media/ (for example by hand, past the content check) still
// cannot run script when opened: the shipped _headers give /media/* a sandboxing policy.
// The same policy keeps agreement PDFs readable in Chrome's built-in viewer: a `sandbox`
// policy on the PDF itself, opened as a page, does not stop the viewer (only a sandboxed
// frame does, and frame-ancestors 'none' forbids framing them at all).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/server/static.ts';
import { DIST, launchBrowser, openPage } from './harness.ts';

const HOSTILE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=\'diretas\'"><script>document.title="diretas";fetch("/?bocor=1")</script><rect width="10" height="10"/></svg>';

const PDF_SOURCE = 'media/kerja-sama/pks-bpjs-kesehatan/dokumen.pdf';
// Chrome's PDF viewer runs as this built-in extension's page inside the tab.
const PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';
let root = '';
let server: Server;
let url = '';
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'mpp-media-site-'));
  copyFileSync(path.join(DIST, '_headers'), path.join(root, '_headers'));
  mkdirSync(path.join(root, 'media', 'profil'), { recursive: true });
  writeFileSync(path.join(root, 'media', 'profil', 'logo.svg'), HOSTILE_SVG);
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>beranda</title>');
  mkdirSync(path.join(root, 'media', 'kerja-sama', 'pks'), { recursive: true });
  copyFileSync(path.join('content', PDF_SOURCE), path.join(root, 'media', 'kerja-sama', 'pks', 'dokumen.pdf'));
  // The viewer's own refusal, for contrast: the same PDF inside a sandboxed frame.
  writeFileSync(
    path.join(root, 'bingkai.html'),
    '<!doctype html><title>bingkai</title><iframe sandbox src="/media/kerja-sama/pks/dokumen.pdf"></iframe>',
  );
  ({ server, url } = await serveStatic(root));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('/media/*', () => {
  it('is served with a sandboxing policy that forbids script', async () => {
    const response = await fetch(`${url}/media/profil/logo.svg`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'none'/);
    expect(csp).toMatch(/\bsandbox\b/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not run the script of a hostile SVG opened directly', async () => {
    const watched = await openPage(browser);
    const requests: string[] = [];
    watched.page.on('request', (r) => requests.push(r.url()));
    await watched.page.goto(`${url}/media/profil/logo.svg`);
    await watched.page.waitForTimeout(300);
    expect(await watched.page.title()).not.toBe('diretas');
    expect(requests.filter((r) => r.includes('bocor'))).toEqual([]);
    await watched.close();
  });

  it("shows an agreement PDF in Chrome's PDF viewer under the same policy", async () => {
    const response = await fetch(`${url}/media/kerja-sama/pks/dokumen.pdf`);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'none'.*\bsandbox\b/);
    const opened = await openPage(browser);
    await opened.page.goto(`${url}/media/kerja-sama/pks/dokumen.pdf`);
    const viewerShown = () => opened.page.frames().some((f) => f.url().startsWith(PDF_VIEWER));
    await expect.poll(viewerShown, { timeout: 10_000 }).toBe(true);
    await opened.close();
    // What a blocked viewer looks like: no viewer frame, Chrome's error page instead.
    const framed = await openPage(browser);
    await framed.page.goto(`${url}/bingkai.html`);
    await expect.poll(() => framed.page.frames().some((f) => f.url().startsWith('chrome-error://')), { timeout: 10_000 }).toBe(true);
    expect(framed.page.frames().some((f) => f.url().startsWith(PDF_VIEWER))).toBe(false);
    await framed.close();
  });
});
