// What residents rely on when preparing a visit: the checklist, the restriction
// notice, the one-page print view.
import { describe, expect, it } from 'vitest';
import { serviceUrl } from '../../src/lib/urls.ts';
import { openPage, serveAndLaunch } from './harness.ts';
import { sampleSite } from './templates.ts';

const env = serveAndLaunch();
const content = await sampleSite();

describe('requirements checklist', () => {
  it('remembers ticks across reloads, per service, on this device', async () => {
    const [first, second] = content.services;
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl(first!.slug));
    const boxes = page.locator('[data-checklist] input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(1).uncheck();
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    await page.goto(env.site.url + serviceUrl(second!.slug));
    expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);
    await close();
  });

  it('is tickable by keyboard and labelled by the document name', async () => {
    const service = content.services[0]!;
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl(service.slug));
    const box = page.getByRole('checkbox', { name: new RegExp(service.persyaratan[0]!.dokumen.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await close();
  });
});

describe('availability notice', () => {
  it('shows the restriction text on restricted services and nothing on fully available ones', async () => {
    const restricted = content.services.filter((s) => s.ketersediaan.discriminant !== 'penuh');
    const full = content.services.find((s) => s.ketersediaan.discriminant === 'penuh');
    expect(restricted.length).toBeGreaterThan(0);
    const { page, close } = await openPage(env.browser);
    for (const service of restricted) {
      await page.goto(env.site.url + serviceUrl(service.slug));
      const notice = page.locator('[data-availability]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.innerText()).toContain((service.ketersediaan as { value: string }).value.trim().slice(0, 40));
      // The notice comes before the requirements, so nobody scrolls past it.
      const order = await page.evaluate(() => {
        const n = document.querySelector('[data-availability]');
        const r = document.querySelector('#persyaratan');
        return n && r ? n.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
    }
    await page.goto(env.site.url + serviceUrl(full!.slug));
    expect(await page.locator('[data-availability]').count()).toBe(0);
    await close();
  });
});

describe('print view', () => {
  it('fits the longest service on one A4 page', async () => {
    const longest = [...content.services].sort(
      (a, b) => b.persyaratan.length + b.prosedur.length - (a.persyaratan.length + a.prosedur.length),
    )[0]!;
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl(longest.slug));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await close();
  });
});
