// The search page in Chromium against the build, for a service this MPP does not have: the
// notice said first and once, near matches labelled as such, corrections offered and never
// applied to a real word; and for one it lists but serves elsewhere, where to go, said first.
import { describe, expect, it } from 'vitest';
import { openPage, serveAndLaunch } from './harness.ts';
import { resultPaths, resultsFor } from './search-helpers.ts';

const env = serveAndLaunch();

describe('search page: not offered here', () => {
  it('says the service is not offered here, once, with next steps, when the words are in no page', async () => {
    const { page, errors, close } = await openPage(env.browser);
    for (const q of ['qwxzvbn', 'surabaya', 'xylofon']) {
      await page.goto(`${env.site.url}/cari/?q=${q}`);
      await resultsFor(page, q);
      expect(await page.textContent('[data-search-status]')).toBe(`Tidak ada layanan untuk “${q}” di MPP ini.`);
      // No services whose text merely contains the letter Pagefind fell back to ("S", "X").
      expect(await page.locator('.search-result').count()).toBe(0);
      const panel = page.locator('[data-search-not-offered]');
      expect(await panel.isVisible()).toBe(true);
      // The panel offers next steps; it does not say "not offered" a second time.
      expect(await panel.locator('h2').textContent()).toBe('Yang dapat Anda lakukan');
      const main = await page.locator('main').innerText();
      expect(main.match(/Tidak ada layanan untuk|belum tersedia/g)?.length).toBe(1);
      expect(await panel.locator('a[href="/layanan/"]').count()).toBe(1);
      expect(await panel.locator('a[href^="https://www.lapor.go.id"]').count()).toBe(1);
    }
    // A search that does find something hides the state again.
    await page.fill('#cari-halaman', 'ktp');
    await resultsFor(page, 'ktp');
    expect(await page.isHidden('[data-search-not-offered]')).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('says first that a distinctive word matches nothing, then shows near matches labelled as such', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', 'izin edar bpom');
    await resultsFor(page, 'izin edar bpom');
    expect(await page.textContent('[data-search-status]')).toMatch(/^Tidak ada layanan untuk “bpom” di MPP ini\. Layanan terdekat/);
    expect(await page.isVisible('[data-search-not-offered]')).toBe(true);
    // The notice comes before the results, which are headed as near matches, not as answers.
    const order = await page.evaluate(() => {
      const status = document.querySelector('[data-search-status]');
      const results = document.querySelector('[data-search-results]');
      return status && results ? status.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    const headings = await page.locator('.search-group h2').allInnerTexts();
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(heading).toMatch(/^Layanan terdekat/);
    expect(errors).toEqual([]);
    await close();
  });

  it('offers, never applies, the correction of a real word or another word ("daya" is not "data", "prakerja" is not "pekerja")', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    const cases: [string, string][] = [
      ['tambah daya listrik', 'daya'],
      ['kartu prakerja', 'prakerja'],
    ];
    for (const [q, word] of cases) {
      await page.fill('#cari-halaman', q);
      await resultsFor(page, q);
      const status = (await page.textContent('[data-search-status]')) ?? '';
      expect(status).toMatch(new RegExp(`^Tidak ada layanan untuk “${word}” di MPP ini\\.`));
      expect(status).not.toMatch(/Menampilkan/);
      expect(await page.isVisible('[data-search-suggestion]')).toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the closest services when a service is not offered here', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    await page.fill('#cari-halaman', 'bikin sim internasional');
    await resultsFor(page, 'bikin sim internasional');
    expect(await page.isVisible('[data-search-not-offered]')).toBe(true);
    expect(await page.textContent('[data-search-status]')).toMatch(
      /^Tidak ada layanan untuk “internasional” di MPP ini\. Layanan terdekat/,
    );
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toContain('/layanan/sim-baru/');
    expect(paths.every((p) => p.startsWith('/layanan/') || p.startsWith('/panduan/'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('says first that the service found first is served elsewhere, and where, and tags it among the results', async () => {
    const { page, errors, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/cari/`);
    const cases: [string, string, RegExp][] = [
      [
        'daftar nikah di kua',
        '/layanan/pendaftaran-nikah/',
        /^“Pendaftaran Nikah” tidak dilayani di MPP ini\. .*KUA kecamatan.* \d+ hasil untuk/,
      ],
      ['ujian sim motor', '/layanan/sim-baru/', /^“Pembuatan SIM Baru” tidak dilayani di MPP ini\. .*Satpas/],
      [
        'lapor kehilangan dompet',
        '/layanan/surat-keterangan-kehilangan/',
        /^“Surat Keterangan Kehilangan dari Kepolisian” tidak dilayani di MPP ini\. .*SPKT/,
      ],
    ];
    for (const [q, path, status] of cases) {
      await page.fill('#cari-halaman', q);
      await page.press('#cari-halaman', 'Enter');
      await resultsFor(page, q);
      expect((await resultPaths(page))[0], q).toBe(path);
      expect(await page.textContent('[data-search-status]'), q).toMatch(status);
      expect(await page.getAttribute('[data-search-status]', 'data-elsewhere'), q).toBe(path);
      // Said once, in the status before the results; the first result carries the tag, as on its card.
      const main = await page.locator('main').innerText();
      expect(main.match(/tidak dilayani di MPP ini\./g)?.length, q).toBe(1);
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result-availability').innerText(), q).toBe('Tidak dilayani di MPP ini');
      // It is not the "no service for this word" state: the service is listed, with what to bring there.
      expect(await page.isHidden('[data-search-not-offered]'), q).toBe(true);
    }
    // A service served here found first says nothing of the kind; its result says it is limited
    // (renewals of valid licences only), as its card and page do.
    await page.fill('#cari-halaman', 'perpanjang sim');
    await page.press('#cari-halaman', 'Enter');
    await resultsFor(page, 'perpanjang sim');
    expect((await resultPaths(page))[0]).toBe('/layanan/sim-perpanjangan/');
    expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ hasil untuk “perpanjang sim”\.$/);
    expect(await page.getAttribute('[data-search-status]', 'data-elsewhere')).toBeNull();
    expect(await page.locator('.search-result').first().locator('.search-result-availability').innerText()).toBe('Dibatasi di MPP ini');
    // The new SIM, still among the results, keeps its tag.
    const sim = page.locator('.search-result', { has: page.locator('a[href$="/layanan/sim-baru/"]') });
    expect(await sim.locator('.search-result-availability').innerText()).toBe('Tidak dilayani di MPP ini');
    // Their cards on the gerai page use the same words as their search results.
    await page.goto(`${env.site.url}/gerai/sim-dan-skck/`);
    const card = (path: string) => page.locator('.card', { has: page.locator(`a[href$="${path}"]`) }).locator('.tag');
    expect(await card('/layanan/sim-baru/').innerText()).toBe('Tidak dilayani di MPP ini');
    expect(await card('/layanan/sim-perpanjangan/').innerText()).toBe('Dibatasi di MPP ini');
    expect(await card('/layanan/skck-perpanjangan/').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
