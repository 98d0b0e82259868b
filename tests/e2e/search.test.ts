// The search page in Chromium against the build: live results, ?q=, filters, keyboard,
// suggestions and accessibility. The not-offered state is in search-not-offered.test.ts.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openPage, serveAndLaunch } from './harness.ts';
import { resultPaths, resultsFor } from './search-helpers.ts';

const env = serveAndLaunch();

describe('search page', () => {
  it('shows results while typing, without pressing Enter', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.click('#cari-halaman');
    await page.keyboard.type('bikin ktp', { delay: 40 });
    await resultsFor(page, 'bikin ktp');
    const paths = await resultPaths(page);
    expect(paths[0]).toBe('/layanan/ktp-el/');
    expect(await page.textContent('[data-search-status]')).toMatch(/\d+ hasil untuk “bikin ktp”/);
    // The address follows the search so it can be shared.
    expect(new URL(page.url()).searchParams.get('q')).toBe('bikin ktp');
    // Matches are highlighted, and a service shows its gerai and cost.
    expect(await page.locator('.search-result').first().locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.search-result-facts').first().textContent()).toMatch(/Gerai G\d+ .+ · (Gratis|Rp)/);
    expect(errors).toEqual([]);
    await close();
  });

  it('searches at once when opened with ?q=', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=skck`);
    await resultsFor(page, 'skck');
    expect(await page.inputValue('#cari-halaman')).toBe('skck');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain('/layanan/skck-baru/');
    // Groups are labelled by type, services first.
    expect(await page.locator('.search-group h2').first().textContent()).toMatch(/^Layanan/);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes a whole long question, typed in the page or the header, and cuts only a pasted page of text', async () => {
    const question =
      'anak saya lahir di rumah bidan desa bulan lalu, sekarang umurnya sudah tiga minggu dan belum punya nama resmi, mau bikin akta kelahirannya';
    expect(question.length).toBeGreaterThan(100);
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', question);
    await page.press('#cari-halaman', 'Enter');
    await resultsFor(page, question);
    expect(await page.inputValue('#cari-halaman')).toBe(question);
    expect((await resultPaths(page))[0]).toBe('/layanan/akta-kelahiran/');
    // The header's box on every other page takes the same question and brings it here whole.
    await page.goto(`${env.site.url}/layanan/`);
    await page.fill('#cari-header', question);
    await page.press('#cari-header', 'Enter');
    await resultsFor(page, question);
    expect(await page.inputValue('#cari-halaman')).toBe(question);
    // A link carrying pages of text fills the box only as far as a resident could type.
    const pasted = `${question} `.repeat(5);
    await page.goto(`${env.site.url}/cari/?q=${encodeURIComponent(pasted)}`);
    const kept = pasted.slice(0, 200);
    await resultsFor(page, kept.trim());
    expect(await page.inputValue('#cari-halaman')).toBe(kept);
    expect(errors).toEqual([]);
    await close();
  });

  it('narrows results with the type and gerai filters (and keeps them in the address)', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=paspor`);
    await resultsFor(page, 'paspor');
    const all = await resultPaths(page);
    expect(all.some((p) => p.startsWith('/layanan/'))).toBe(true);
    expect(all.some((p) => !p.startsWith('/layanan/'))).toBe(true);

    await page.click('[data-search-filters] summary');
    await page.selectOption('#saring-tipe', 'layanan');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tipe') === 'layanan');
    await resultsFor(page, 'paspor');
    await page.waitForFunction(() =>
      // Life-event guides are listed with services.
      [...document.querySelectorAll('.search-result-title a')].every((a) =>
        /^\/(layanan|panduan)\//.test((a as HTMLAnchorElement).pathname),
      ),
    );
    const services = await resultPaths(page);
    expect(services.length).toBeGreaterThan(0);
    expect(services.length).toBeLessThan(all.length);

    await page.selectOption('#saring-gerai', 'kemenag');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gerai') === 'kemenag');
    await page.waitForFunction(() => !document.querySelector('.search-result-title a[href="/layanan/paspor/"]'));
    await resultsFor(page, 'paspor');
    // Only services of Gerai Kementerian Agama remain (the passport recommendation for pilgrims first).
    const kemenag = await resultPaths(page);
    expect(kemenag[0]).toBe('/layanan/rekomendasi-paspor-haji/');
    expect(kemenag.length).toBeLessThan(services.length);
    expect(await page.textContent('[data-search-status]')).toMatch(/saringan/);
    expect(errors).toEqual([]);
    await close();
  });

  it('searches announcements on request, and by itself when nothing else answers', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.url}/cari/?q=paspor`);
    await resultsFor(page, 'paspor');
    expect(requested.filter((p) => p.startsWith('/pagefind/pengumuman/'))).toEqual([]);
    expect((await resultPaths(page)).some((p) => p.startsWith('/pengumuman/'))).toBe(false);
    await page.click('button.search-also');
    await page.waitForSelector('#hasil-pengumuman');
    expect((await resultPaths(page)).some((p) => p.startsWith('/pengumuman/'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hasil-pengumuman');
    expect(await page.locator('button.search-also').count()).toBe(0);

    expect(errors).toEqual([]);
    await close();

    // Only announcements talk about Ramadan: in a fresh visit they are searched without asking.
    const fresh = await openPage(env.browser);
    await fresh.page.goto(`${env.site.url}/cari/?q=ramadan`);
    await resultsFor(fresh.page, 'ramadan');
    expect((await resultPaths(fresh.page))[0]).toMatch(/^\/pengumuman\//);
    expect(await fresh.page.locator('button.search-also').count()).toBe(0);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });

  it('restores filters from the address', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=bpjs&instansi=bumn`);
    await resultsFor(page, 'bpjs');
    expect(await page.inputValue('#saring-instansi')).toBe('bumn');
    expect(await page.getAttribute('[data-search-filters]', 'open')).not.toBeNull();
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p).toMatch(/^\/(layanan\/bpjs|gerai\/bpjs)/);
    await close();
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.click('#cari-halaman');
    await page.keyboard.type('paspor');
    await resultsFor(page, 'paspor');
    const paths = await resultPaths(page);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname ?? document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(paths[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(paths[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('cari-halaman');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`${env.site.url}${paths[1]}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(paths[1]);
    expect(errors).toEqual([]);
    await close();
  });

  it('offers "Mungkin maksud Anda" for a misspelling that finds nothing, and searches it on click', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', 'psapor');
    await resultsFor(page, 'psapor');
    const suggestion = page.locator('[data-search-suggestion] a');
    await expect.poll(() => suggestion.textContent()).toBe('paspor');
    expect(await page.textContent('[data-search-suggestion]')).toMatch(/^Mungkin maksud Anda:/);
    expect(await page.textContent('[data-search-status]')).toMatch(/Tidak ada hasil yang cocok untuk “psapor”/);
    await suggestion.click();
    await resultsFor(page, 'paspor');
    expect(await page.inputValue('#cari-halaman')).toBe('paspor');
    expect(new URL(page.url()).searchParams.get('q')).toBe('paspor');
    expect(await page.isHidden('[data-search-suggestion]')).toBe(true);
    expect((await resultPaths(page)).slice(0, 3)).toContain('/layanan/paspor/');
    expect(errors).toEqual([]);
    await close();
  });

  it('searches a slip corrected and reads it as corrected: "perpnjangan skck" asks for the renewal, "pjak sepeda motor" for the tax', async () => {
    const { page, errors, close } = await openPage(env.browser);
    const cases: [string, string, string][] = [
      ['perpnjangan skck', '/layanan/skck-perpanjangan/', 'perpanjangan skck'],
      ['pjak sepeda motor', '/layanan/pajak-kendaraan-tahunan/', 'pajak sepeda motor'],
    ];
    for (const [q, first, shown] of cases) {
      await page.goto(`${env.site.url}/cari/?q=${encodeURIComponent(q)}`);
      await resultsFor(page, q);
      expect((await resultPaths(page))[0], q).toBe(first);
      expect(await page.textContent('[data-search-status]'), q).toMatch(`Tidak ada hasil yang cocok untuk “${q}”. Menampilkan`);
      expect(await page.textContent('[data-search-status]'), q).toContain(`“${shown}”`);
      expect(await page.isHidden('[data-search-not-offered]'), q).toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('highlights only words that really match, never a lone letter or Roman numeral', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    for (const q of ['legalisir ijazah', 'kk', 'pekalongan antrean']) {
      await page.fill('#cari-halaman', q);
      await resultsFor(page, q);
      const marks = await page.$$eval('.search-result mark', (els) => els.map((e) => e.textContent ?? ''));
      for (const mark of marks) expect(mark.length, `${q}: <mark>${mark}</mark>`).toBeGreaterThanOrEqual(2);
      if (q === 'kk') for (const mark of marks) expect(mark.toLowerCase()).toBe('kk');
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('finds a service by a requirement document, which the page shows only in its checklist', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/?q=ijazah`);
    await resultsFor(page, 'ijazah');
    const paths = await resultPaths(page);
    // Services that ask for it, not announcements marking a Roman numeral "I".
    expect(paths.slice(0, 3).every((p) => p.startsWith('/layanan/'))).toBe(true);
    expect(paths).toContain('/layanan/kartu-kuning/');
    expect(errors).toEqual([]);
    await close();
  });

  it('has no axe violations with results, a suggestion and the not-offered state shown', async () => {
    const { page, close } = await openPage(env.browser);
    for (const q of ['ktp', 'xkck', 'surabaya']) {
      await page.goto(`${env.site.url}/cari/?q=${q}`);
      await resultsFor(page, q);
      await page.click('[data-search-filters] summary');
      await expectNoAxeViolations(page);
    }
    await close();
  });
});
