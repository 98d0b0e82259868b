// What residents rely on when preparing a visit: the checklist, the restriction
// notice, the one-page print view.
import { describe, expect, it } from 'vitest';
import { formatProcessingTime } from '../../src/lib/format.ts';
import { outsideCostText, requirementName } from '../../src/lib/service-view.ts';
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

describe('service facts', () => {
  it('separates the review date from the official source with a space ("2026. Sumber resmi")', async () => {
    const service = content.services.find((s) => s.sumberResmi && s.ditinjau)!;
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl(service.slug));
    const line = await page.locator('p', { hasText: 'Sumber resmi' }).innerText();
    expect(line).toMatch(/\d{4}\. Sumber resmi: /);
    await close();
  });

  it('shows the processing time worded from its structured value, in the key facts and its section', async () => {
    const { page, close } = await openPage(env.browser);
    for (const service of content.services.filter((s) => s.jangkaWaktu.dari !== null || s.jangkaWaktu.selesaiDiTempat).slice(0, 3)) {
      await page.goto(env.site.url + serviceUrl(service.slug));
      const text = formatProcessingTime(service.jangkaWaktu);
      expect(await page.locator('.facts').innerText()).toContain(text);
      expect(await page.locator('#jangka-waktu + p').innerText()).toBe(text);
    }
    await close();
  });

  it('puts "must come in person" first in the key facts of in-person services only', async () => {
    const inPerson = content.services.filter((s) => s.hadirSendiri);
    const other = content.services.find((s) => !s.hadirSendiri)!;
    expect(inPerson.length).toBeGreaterThan(0);
    const { page, close } = await openPage(env.browser);
    for (const service of inPerson) {
      await page.goto(env.site.url + serviceUrl(service.slug));
      const first = page.locator('.facts > div').first();
      expect(await first.innerText()).toMatch(/Kehadiran\s+Wajib datang sendiri, tidak dapat diwakilkan/);
    }
    await page.goto(env.site.url + serviceUrl(other.slug));
    expect(await page.locator('[data-fact="hadir-sendiri"]').count()).toBe(0);
    await close();
  });

  it('shows a computed fee as "Sesuai perhitungan" with how it is computed and where to check it, instead of an amount', async () => {
    const computed = content.services.filter((s) => s.biaya.discriminant === 'sesuai-perhitungan');
    expect(computed.length).toBeGreaterThan(0);
    const { page, close } = await openPage(env.browser);
    for (const service of computed) {
      if (service.biaya.discriminant !== 'sesuai-perhitungan') continue;
      await page.goto(env.site.url + serviceUrl(service.slug));
      expect(await page.locator('.facts').innerText()).toMatch(/Biaya\s+Sesuai perhitungan/);
      const section = page.locator('section[aria-labelledby="biaya"]');
      expect(await section.locator('table').count()).toBe(0);
      const text = (await section.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(service.biaya.value.caraHitung.replace(/\s+/g, ' ').trim());
      if (service.biaya.value.tempatCek) expect(text).toContain(service.biaya.value.tempatCek.replace(/\s+/g, ' ').trim());
      if (service.biaya.value.tautanCek) expect(await section.locator(`a[href="${service.biaya.value.tautanCek}"]`).count()).toBe(1);
    }
    await close();
  });

  it('keeps a free service "Gratis" while listing the costs paid outside the gerai', async () => {
    const free = content.services.find((s) => s.biaya.discriminant === 'gratis' && s.biayaLain.length > 0)!;
    expect(free).toBeDefined();
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl(free.slug));
    expect(await page.locator('.facts').innerText()).toMatch(/Biaya\s+Gratis/);
    const outside = page.locator('[data-outside-costs] li');
    expect(await outside.allInnerTexts()).toEqual(free.biayaLain.map(outsideCostText));
    await close();
  });

  it('shows a "salah satu dari" requirement as one tickable item naming every alternative', async () => {
    const service = content.services.find((s) => s.persyaratan.some((p) => p.alternatif.length > 0))!;
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl(service.slug));
    expect(await page.locator('[data-checklist] input[type=checkbox]').count()).toBe(service.persyaratan.length);
    const requirement = service.persyaratan.find((p) => p.alternatif.length > 0)!;
    const box = page.getByRole('checkbox', { name: requirementName(requirement) });
    expect(await box.count()).toBe(1);
    await box.check();
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
  it('fits every service on one A4 page', { timeout: 180_000 }, async () => {
    // Every one: the longest by number of items was not the tallest (a notice, several fees and
    // long laws made the new SIM, the passport and the SKCK run onto a second sheet).
    const { page, close } = await openPage(env.browser);
    const overflowing: string[] = [];
    for (const service of content.services) {
      await page.goto(env.site.url + serviceUrl(service.slug));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pages !== 1) overflowing.push(`${service.slug}: ${pages}`);
    }
    expect(overflowing).toEqual([]);
    // The sheet keeps what the resident needs at the counter, without what stays on screen.
    await page.emulateMedia({ media: 'print' });
    for (const id of ['persyaratan', 'prosedur', 'biaya']) expect(await page.isVisible(`#${id}`), id).toBe(true);
    for (const id of ['pengaduan', 'dasar-hukum']) expect(await page.isVisible(`#${id}`), id).toBe(false);
    await close();
  });
});
