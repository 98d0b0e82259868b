// A hostile SVG that reached /media/ (for example by hand, past the content check) still
// cannot run script when opened: the shipped _headers give /media/* a sandboxing policy.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/cli/serve.ts';
import { DIST, launchBrowser, openPage } from './harness.ts';

const HOSTILE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=\'diretas\'"><script>document.title="diretas";fetch("/?bocor=1")</script><rect width="10" height="10"/></svg>';

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
});
