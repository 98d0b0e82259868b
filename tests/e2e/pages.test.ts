// Every page template loads cleanly, is accessible (axe, WCAG 2.2 AA) and works with
// JavaScript turned off.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, serveAndLaunch } from './harness.ts';
import { templateUrls } from './templates.ts';

const env = serveAndLaunch();
const templates = await templateUrls();

describe.each(Object.entries(templates))('template %s (%s)', (_name, path) => {
  it('loads with one h1, Indonesian lang, a title and no console errors', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const response = await page.goto(env.site.url + path);
    expect(response?.status()).toBe(path.startsWith('/halaman-yang') ? 404 : 200);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect((await page.title()).length).toBeGreaterThan(3);
    expect(await page.locator('a.skip-link[href="#isi"]').count()).toBe(1);
    // The 404 page itself is served with status 404, which Chromium logs.
    expect(errors.filter((e) => !(path.startsWith('/halaman-yang') && e.includes('status of 404')))).toEqual([]);
    await close();
  });

  it('has no axe violations (WCAG 2.2 AA)', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + path);
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
    await close();
  });

  it('renders its content with JavaScript disabled', async () => {
    const { page, close } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.site.url + path);
    const h1 = (await page.locator('h1').textContent())?.trim() ?? '';
    expect(h1.length).toBeGreaterThan(2);
    expect(await page.locator('main').innerText()).not.toBe('');
    await close();
  });
});
