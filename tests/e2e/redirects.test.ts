// A published address that went away (content/pengalihan.yaml of the fixture content) is an
// Indonesian page in the site's frame: valid, accessible, never indexed, canonical to the new
// address, and it takes residents there at once, with or without JavaScript, from the Node
// server and from the shipped nginx config alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningNginx, startNginx } from '../fixtures/nginx.ts';
import { expectNoAxeViolations, FIXTURE_DIST, openPage, serveAndLaunch } from './harness.ts';

const OLD = '/layanan/ktp-elektronik/';
const NEW = '/layanan/ktp-el/';
const ORIGIN = 'https://mpp.uji.go.id';
const html = readFileSync(path.join(FIXTURE_DIST, OLD, 'index.html'), 'utf8');
const running = serveAndLaunch(FIXTURE_DIST);

let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx({ root: FIXTURE_DIST });
});
afterAll(async () => {
  await nginx?.stop();
});

describe('a moved page', () => {
  it('says in Indonesian that the page moved and links the new address', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="id">/i);
    expect(html).toContain('<title>Halaman ini sudah pindah | MPP Uji</title>');
    expect(html).toContain('<h1>Halaman ini sudah pindah</h1>');
    expect(html).toContain(`<a href="${NEW}">`);
    expect(html).not.toMatch(/Redirecting/i);
    // The site's own frame: header and footer like every page.
    expect(html).toContain('class="site-header"');
  });

  it('refreshes at once to the new address, which search engines index instead', () => {
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${NEW}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${NEW}">`);
    expect(readFileSync(path.join(FIXTURE_DIST, 'sitemap.xml'), 'utf8')).not.toContain(OLD);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const report = await validator.validateString(html, path.join(FIXTURE_DIST, OLD, 'index.html'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  });

  it('passes axe WCAG 2.2 AA (checked with the refresh held back)', async () => {
    const { page, errors, close } = await openPage(running.browser);
    await page.route(`${running.site.url}${OLD}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
    });
    await page.goto(`${running.site.url}${OLD}`);
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes residents to the new page, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await openPage(running.browser, { javaScriptEnabled });
      await page.goto(`${running.site.url}${OLD}`);
      await page.waitForURL(`${running.site.url}${NEW}`);
      expect(await page.locator('h1').first().textContent()).toContain('KTP');
      await close();
    }
  });

  it('is served by the shipped nginx config with the site headers, and nginx keeps its own 301s', async () => {
    const response = await fetch(`${nginx.url}${OLD}`, { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(html);
    const shipped = readFileSync('deploy/nginx/portal-mpp.conf', 'utf8');
    expect(shipped).toMatch(/listen 80;[\s\S]*?return 301 https:\/\/\$host\$request_uri;/);
  });
});
