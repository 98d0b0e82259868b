// Life-event guides in Chromium against the build: the step-by-step list (also without
// JavaScript), the combined checklist (ticks remembered, one A4 page in print), service
// pages pointing at their step, and search finding guides by the words residents use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProcessingTime } from '../../src/lib/format.ts';
import { guideChecklist } from '../../src/lib/guide-checklist.ts';
import { requirementName } from '../../src/lib/service-view.ts';
import { guideUrl, serviceUrl } from '../../src/lib/urls.ts';
import { FIXTURE_DIST, openPage, serveAndLaunch } from './harness.ts';
import { sampleSite } from './templates.ts';

const env = serveAndLaunch();
const content = await sampleSite();
const birth = content.guides.find((g) => g.slug === 'kelahiran-anak')!;

describe('guide page', () => {
  it('lists the steps in order as a numbered list with gerai, cost, time and alternatives, without JavaScript', async () => {
    const { page, close } = await openPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.site.url + guideUrl(birth.slug));
    const steps = page.locator('ol.guide-steps > li');
    expect(await steps.count()).toBe(birth.steps.length);
    expect(await steps.nth(0).innerText()).toMatch(/Di luar MPP/);
    const akta = birth.steps[1]!.choices[0]!;
    expect(await steps.nth(1).innerText()).toContain(`Gerai ${akta.gerai.kode} ${akta.gerai.nama}`);
    expect(await steps.nth(1).innerText()).toContain(formatProcessingTime(akta.jangkaWaktu));
    // Step 4 offers two services: the second is an "atau" alternative.
    expect(await steps.nth(3).locator('.guide-or').innerText()).toMatch(/atau/);
    expect(await page.locator('#ringkasan + dl').innerText()).toMatch(/Kunjungan ke MPP\s+\d+ kali[\s\S]*Total biaya\s+(Gratis|Rp)/);
    expect(await page.locator('[data-checklist] input[type=checkbox]').count()).toBe(guideChecklist(birth).length);
    await close();
  });

  it('merges the documents: each once, marked with the steps that need it', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + guideUrl(birth.slug));
    const kk = page.locator('[data-checklist] li', { hasText: /^KK orang tua/ });
    expect(await kk.count()).toBe(0);
    await close();
  });

  it('lists a document services name differently (KK, KK orang tua, KK terbaru) once, with every step that needs it', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + guideUrl(birth.slug));
    const names = await page.locator('[data-checklist] li strong').allInnerTexts();
    expect(names.filter((n) => /\bKK\b/.test(n))).toEqual(['Kartu Keluarga (KK)']);
    const kk = page.locator('[data-checklist] li', { hasText: 'Kartu Keluarga (KK)' });
    expect(await kk.innerText()).toMatch(/langkah 2, 3, 4/);
    expect(await kk.innerText()).toMatch(/Disebut di layanan sebagai: KK orang tua; .*KK/);
    await close();
  });

  it('says which step services the resident must come to in person', async () => {
    const guide = content.guides.find((g) => g.steps.some((s) => s.choices.some((c) => c.hadirSendiri)))!;
    expect(guide).toBeDefined();
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + guideUrl(guide.slug));
    for (const step of guide.steps) {
      for (const [i, service] of step.choices.entries()) {
        const detail = await page.locator(`#langkah-${step.number} .guide-services > li`).nth(i).innerText();
        expect(detail.includes('wajib datang sendiri')).toBe(service.hadirSendiri);
      }
    }
    await close();
  });

  it('tags a step service this MPP limits or serves elsewhere, with the words of its card', async () => {
    const tagged = content.guides.filter((g) =>
      g.steps.some((s) => [...s.choices, ...s.extras].some((c) => c.ketersediaan.discriminant !== 'penuh')),
    );
    // The sample passport guide lists the passport, which this MPP serves with limits.
    expect(tagged.map((g) => g.slug)).toContain('membuat-paspor');
    const { page, close } = await openPage(env.browser);
    for (const guide of tagged) {
      await page.goto(env.site.url + guideUrl(guide.slug));
      for (const step of guide.steps) {
        for (const [i, service] of [...step.choices, ...step.extras].entries()) {
          const item = await page.locator(`#langkah-${step.number} .guide-services > li`).nth(i).innerText();
          const kind = service.ketersediaan.discriminant;
          expect(item.includes('Dibatasi di MPP ini'), `${guide.slug} ${service.slug}`).toBe(kind === 'terbatas');
          expect(item.includes('Tidak dilayani di MPP ini'), `${guide.slug} ${service.slug}`).toBe(kind === 'tidak-tersedia');
        }
      }
    }
    await close();
  });

  it('shows a "salah satu dari" requirement as one tickable item naming every alternative', async () => {
    const withAlternatives = content.guides.flatMap((g) =>
      guideChecklist(g)
        .filter((i) => i.alternatif.length > 0)
        .map((item) => ({ g, item })),
    );
    expect(withAlternatives.length).toBeGreaterThan(0);
    const { page, close } = await openPage(env.browser);
    for (const { g, item } of withAlternatives) {
      await page.goto(env.site.url + guideUrl(g.slug));
      const box = page.getByRole('checkbox', { name: requirementName(item), exact: false });
      expect(await box.count()).toBe(1);
      expect(await page.locator('[data-checklist] li', { hasText: 'Salah satu dari' }).count()).toBe(
        guideChecklist(g).filter((i) => i.alternatif.length > 0).length,
      );
    }
    await close();
  });

  it('remembers ticks across reloads, separately from the service checklists', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(env.site.url + guideUrl(birth.slug));
    const boxes = page.locator('[data-checklist] input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(2).isChecked()).toBe(true);
    await page.goto(env.site.url + serviceUrl('akta-kelahiran'));
    expect(await page.locator('[data-checklist] input:checked').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(content.guides.map((g) => g.slug))('prints %s on one A4 page', async (slug) => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + guideUrl(slug));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await close();
  });

  it('is listed on the home page, the guide index and in the sitemap', async () => {
    const { page, close } = await openPage(env.browser);
    for (const path of ['/', '/panduan/']) {
      await page.goto(env.site.url + path);
      for (const g of content.guides)
        expect(await page.locator(`a[href="${guideUrl(g.slug)}"]`).count(), `${path} ${g.slug}`).toBeGreaterThan(0);
    }
    const sitemap = await (await fetch(`${env.site.url}/sitemap.xml`)).text();
    for (const g of content.guides) expect(sitemap).toContain(`${content.profile.origin}${guideUrl(g.slug)}`);
    await close();
  });
});

describe('service pages in a guide', () => {
  it('say which step they are, with the previous and next step', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + serviceUrl('kartu-identitas-anak'));
    const box = page.locator('.guide-membership');
    expect(await box.innerText()).toMatch(/Bagian dari panduan Kelahiran anak, langkah 3 dari 4/);
    expect(await box.locator('a[rel=prev]').getAttribute('href')).toBe(serviceUrl('akta-kelahiran'));
    // The next step offers two services, so it links to the step in the guide.
    expect(await box.locator('a[rel=next]').getAttribute('href')).toBe(`${guideUrl(birth.slug)}#langkah-4`);
    await box.locator('a[rel=prev]').click();
    await page.waitForURL(`**${serviceUrl('akta-kelahiran')}`);
    expect(await page.locator('.guide-membership').innerText()).toMatch(/langkah 2 dari 4/);
    expect(await page.locator('.guide-membership a[rel=prev]').getAttribute('href')).toBe(`${guideUrl(birth.slug)}#langkah-1`);
    await close();
  });
});

describe('search', () => {
  const LIFE_EVENTS = [
    ['anak baru lahir', 'kelahiran-anak'],
    ['bayi baru lahir', 'kelahiran-anak'],
    ['mau menikah', 'menikah'],
    ['pindah ke kota ini', 'pindah-datang'],
    ['mulai usaha', 'memulai-usaha'],
    ['keluarga meninggal', 'kematian'],
    ['liburan ke luar negeri', 'membuat-paspor'],
  ] as const;

  it('puts the guide first for life-event words, ahead of single services', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    const firsts: string[] = [];
    for (const [q] of LIFE_EVENTS) {
      await page.fill('#cari-halaman', q);
      await page.waitForSelector(`[data-search-results][data-state="done"][data-query="${q}"]`, { state: 'attached', timeout: 15_000 });
      firsts.push(await page.$eval('.search-result-title a', (a) => new URL((a as HTMLAnchorElement).href).pathname));
    }
    expect(firsts).toEqual(LIFE_EVENTS.map(([, slug]) => guideUrl(slug)));
    await close();
  });
});

describe('an MPP without guides (fixture content)', () => {
  it('says on /panduan/ that there are none yet and points to the services and search', () => {
    const html = readFileSync(path.join(FIXTURE_DIST, 'panduan', 'index.html'), 'utf8');
    const notice = /<p[^>]*data-no-guides[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(notice).toContain('MPP ini belum menerbitkan panduan peristiwa hidup');
    expect(notice).toContain('href="/layanan/"');
    expect(notice).toContain('href="/cari/"');
  });
});
