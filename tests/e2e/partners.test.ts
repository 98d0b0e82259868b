// What editors write about partners, agreements and the MPP profile reaches residents:
// /kemitraan/ lists every agency once (also those without a gerai) in one list filterable by
// kind and agreement state, with counts that agree with it, short on a phone; and the
// satisfaction index, capacity, social links, closure notes and agency contacts appear where
// residents look for them.
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/lib/format.ts';
import { formatSkm, skmGrade } from '../../src/lib/skm.ts';
import { geraiUrl } from '../../src/lib/urls.ts';
import { openPage, serveAndLaunch } from './harness.ts';
import { sampleSite } from './templates.ts';

const env = serveAndLaunch();
const site = await sampleSite();

describe('/kemitraan/', () => {
  it('counts signed, in renewal, expired and unsigned partners exactly as the list shows them', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/kemitraan/`);
    const states = await page.locator('[data-instansi]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states.length).toBeGreaterThan(0);
    for (const state of ['berlaku', 'perpanjangan', 'berakhir', 'belum-ditandatangani']) {
      const shown = await page.locator(`[data-summary] [data-state="${state}"] [data-count]`).innerText();
      expect(shown, state).toBe(formatCount(states.filter((s) => s === state).length));
    }
    // The sample has a renewal in progress and an agreement not yet signed.
    expect(states).toContain('perpanjangan');
    expect(states).toContain('belum-ditandatangani');
    await close();
  });

  it('labels partners by kind (a provincial agency is not an OPD, associations are not "Swasta") and filters by kind and state', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/kemitraan/`);
    const provincial = site.instansi.filter((i) => i.jenis === 'provinsi');
    const associations = site.instansi.filter((i) => i.jenis === 'asosiasi');
    expect(provincial.length).toBeGreaterThan(0);
    expect(associations.length).toBeGreaterThan(0);
    for (const i of provincial) expect(await page.locator(`[data-kind="provinsi"][data-instansi="${i.slug}"]`).count()).toBe(1);
    for (const i of associations) expect(await page.locator(`[data-kind="asosiasi"][data-instansi="${i.slug}"]`).count()).toBe(1);
    const visible = () => page.locator('[data-instansi]:visible').evaluateAll((items) => items.map((i) => i.getAttribute('data-instansi')));
    await page.selectOption('select[name="jenis"]', { label: 'Instansi pemerintah provinsi' });
    expect((await visible()).sort()).toEqual(provincial.map((i) => i.slug).sort());
    expect(await page.locator('[data-partner-count]').innerText()).toBe(
      `Menampilkan ${provincial.length} dari ${site.instansi.length} instansi`,
    );
    await page.selectOption('select[name="jenis"]', '');
    await page.selectOption('select[name="status"]', 'perpanjangan');
    expect((await visible()).sort()).toEqual(
      site.instansi
        .filter((i) => i.partnerState === 'perpanjangan')
        .map((i) => i.slug)
        .sort(),
    );
    await close();
  });

  it('lists every agency once (no second list), with no label repeated inside an agreement, and is short on a phone', async () => {
    const { page, close } = await openPage(env.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${env.site.url}/kemitraan/`);
    for (const i of site.instansi) {
      expect(await page.locator(`[data-instansi="${i.slug}"]`).count(), i.slug).toBe(1);
      const entries = await page
        .locator('main summary strong')
        .evaluateAll((names, name) => names.filter((n) => n.textContent === name).length, i.nama);
      expect(entries, i.nama).toBe(1);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / 740).toBeLessThan(10);
    // Opened, an agreement reads "Perjanjian" once, not "Perjanjian:" then "Perjanjian".
    const withAgreement = site.instansi.find((i) => i.agreements.length > 0)!;
    await page.locator(`[data-instansi="${withAgreement.slug}"] summary`).click();
    const text = await page.locator(`[data-instansi="${withAgreement.slug}"]`).innerText();
    expect(text).not.toMatch(/Perjanjian:?\s*\n\s*Perjanjian\s*\n/);
    expect(await page.locator('[data-label="Perjanjian"]').count()).toBe(0);
    expect(await page.locator(`[data-instansi="${withAgreement.slug}"] dt`).first().innerText()).toBe('Perjanjian');
    await close();
  });

  it("shows each agreement's title, scope and dates the Indonesian way", async () => {
    const agreement = site.agreements.find((a) => a.ruangLingkup && a.berlakuMulai && a.berlakuSampai)!;
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/kemitraan/`);
    for (const summary of await page.locator('[data-instansi] summary').all()) await summary.click();
    const block = page.locator(`[data-agreement="${agreement.slug}"]`);
    const text = await block.innerText();
    expect(text).toContain(agreement.judul);
    expect(text).toContain(agreement.ruangLingkup.trim().slice(0, 40));
    expect(text).toMatch(
      /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}–\d{1,2} \S+ \d{4}/,
    );
    const renewing = site.agreements.find((a) => a.tahap === 'perpanjangan')!;
    expect(await page.locator(`[data-agreement="${renewing.slug}"] .badge`).innerText()).toBe('Perpanjangan sedang diproses');
    await close();
  });

  it('lists every agency, with where it serves, its agreement state and its contact', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/kemitraan/`);
    expect(await page.locator('[data-instansi]').count()).toBe(site.instansi.length);
    const guest = site.instansi.find((i) => i.presence.kind === 'gerai-lain')!;
    const guestItem = page.locator(`[data-instansi="${guest.slug}"]`);
    await guestItem.locator('summary').click();
    expect(await guestItem.getAttribute('data-presence')).toBe('gerai-lain');
    const servedAt = guest.presence.kind === 'gerai-lain' ? guest.presence.gerai.slug : '';
    expect(await guestItem.locator(`a[href="${geraiUrl(servedAt)}"]`).count()).toBe(1);
    expect(await guestItem.innerText()).toContain(guest.kontak.trim().slice(0, 30));
    const notOpen = site.instansi.find((i) => i.presence.kind === 'belum-buka')!;
    expect(await page.locator(`[data-instansi="${notOpen.slug}"]`).innerText()).toContain('Belum membuka layanan di MPP');
    await close();
  });
});

describe('the MPP profile reaches residents', () => {
  const { skm } = site.profile;
  const grade = skmGrade(skm.nilai ?? Number.NaN);

  it.each(['/', '/tentang/'])('%s shows the satisfaction index with its grade and period', async (path) => {
    expect(grade).not.toBeNull();
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + path);
    const section = page.locator('[data-skm]');
    expect(await section.locator('[data-skm-value]').innerText()).toBe(formatSkm(skm.nilai ?? 0));
    expect(await section.locator('[data-skm-grade]').innerText()).toBe(`${grade?.grade} (${grade?.label})`);
    expect(await section.innerText()).toContain(skm.periode);
    await close();
  });

  it('/tentang/ shows the daily capacity and social media; the footer links social media on every page', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/tentang/`);
    expect(await page.locator('[data-capacity]').innerText()).toContain(
      `${formatCount(site.profile.kapasitasHarian ?? 0)} permohonan per hari`,
    );
    for (const m of site.profile.mediaSosial) {
      expect(await page.locator(`main a[href="${m.url}"]`).count(), m.nama).toBe(1);
      expect(await page.locator(`.site-footer a[href="${m.url}"]`).count(), m.nama).toBe(1);
    }
    await close();
  });

  it("a closure's note shows with it on /jam-layanan/", async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/jam-layanan/`);
    const notes = await page.locator('[data-closure-note]').allInnerTexts();
    const expected = site.hours.rules.filter((r) => r.note?.trim()).map((r) => r.note?.trim().slice(0, 30));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(expected.some((e) => e && note.includes(e))).toBe(true);
    await close();
  });

  it("a gerai page shows its agency's contact and the agencies served there", async () => {
    const guest = site.instansi.find((i) => i.presence.kind === 'gerai-lain')!;
    const host = guest.presence.kind === 'gerai-lain' ? guest.presence.gerai : site.gerai[0]!;
    const { page, close } = await openPage(env.browser);
    await page.goto(env.site.url + geraiUrl(host.slug));
    if (host.instansi.kontak)
      expect(await page.locator('[data-agency-contact]').innerText()).toContain(host.instansi.kontak.trim().slice(0, 30));
    expect(await page.locator(`[data-guest-agencies] a[href="/kemitraan/#instansi-${guest.slug}"]`).count()).toBe(1);
    await close();
  });
});
