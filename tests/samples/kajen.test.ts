// The second sample, MPP Kabupaten Pekalongan (Kajen), carries the facts of its source
// article (Tribun Jateng, 9 June 2023): 26 gerai (12 OPD, 8 instansi vertikal, 6 BUMN/BUMD),
// 10 partner agreements signed on 9 June 2023 with the partners it names, and an SKM of
// 90.2. Checked in the built site (vitest.kajen.config.ts points MPP_DIST at it), the way
// residents and open-data users see it, and in the content read through the data layer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import { builtPages, DIST, openPage, serveAndLaunch } from '../e2e/harness.ts';
import { sampleSite } from '../e2e/templates.ts';

/** The ten partners as the article names them (agency names may spell them out in full). */
const PARTNERS: [string, RegExp][] = [
  ['Kejaksaan Negeri Kabupaten Pekalongan', /^Kejaksaan Negeri Kabupaten Pekalongan$/],
  ['Kantor Imigrasi Kelas I Non TPI Pemalang', /^Kantor Imigrasi Kelas I Non TPI Pemalang$/],
  ['Kantor Pertanahan/ATR Kabupaten Pekalongan', /^Kantor Pertanahan( \/ ?ATR)? Kabupaten Pekalongan$/],
  ['BPJS Kesehatan Kantor Cabang Pekalongan', /^BPJS Kesehatan Kantor Cabang Pekalongan$/],
  ['BPJS Ketenagakerjaan Kantor Cabang Pekalongan', /^BPJS Ketenagakerjaan Kantor Cabang Pekalongan$/],
  ['KPP Pratama Pekalongan', /^(KPP|Kantor Pelayanan Pajak) Pratama Pekalongan$/],
  ['Pengadilan Agama Kajen Kelas IB', /^Pengadilan Agama Kajen Kelas IB$/],
  ['Kantor Kementerian Agama Kabupaten Pekalongan', /^Kantor Kementerian Agama Kabupaten Pekalongan$/],
  ['PT Taspen Kantor Cabang Pekalongan', /^PT Taspen( \(Persero\))? Kantor Cabang Pekalongan$/],
  ['PT Bank Jateng Cabang Kajen', /^PT Bank Jateng Cabang Kajen$/],
];

const env = serveAndLaunch();
const builtJson = (file: string) => JSON.parse(readFileSync(path.join(DIST, file), 'utf8'));

describe('Kajen sample: facts from the article', () => {
  it('publishes 26 gerai: 12 OPD, 8 instansi vertikal and 6 BUMN/BUMD', async () => {
    const { gerai } = builtJson('data/gerai.json') as { gerai: { kode: string; instansi: { jenis: string } }[] };
    const count = (kinds: string[]) => gerai.filter((g) => kinds.includes(g.instansi.jenis)).length;
    expect(gerai).toHaveLength(26);
    expect(new Set(gerai.map((g) => g.kode)).size).toBe(26);
    expect([count(['opd']), count(['vertikal']), count(['bumn', 'bumd'])]).toEqual([12, 8, 6]);

    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/gerai/`);
    const site = await sampleSite();
    for (const g of site.gerai) expect(await page.locator(`main a[href="/gerai/${g.slug}/"]`).count(), g.slug).toBeGreaterThan(0);
    await close();
  });

  it('lists 10 agreements signed on 9 June 2023, one with each partner the article names', async () => {
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/kemitraan/`);
    // One entry per agreement shown with "Ditandatangani 9 Juni 2023", named by its partner's entry.
    const signedOnTheDay = await page.locator('[data-instansi]').evaluateAll(
      (rows, label) =>
        rows.flatMap((row) => {
          const agency = row.querySelector('summary strong')?.textContent?.trim() ?? '';
          return [...row.querySelectorAll('dl.agreement dt')]
            .filter((dt) => dt.textContent?.trim() === label && dt.nextElementSibling?.textContent?.trim() === '9 Juni 2023')
            .map(() => agency);
        }),
      t.agreement.signed,
    );
    await close();
    expect(signedOnTheDay).toHaveLength(10);
    for (const [name, pattern] of PARTNERS)
      expect(
        signedOnTheDay.filter((agency) => pattern.test(agency)),
        name,
      ).toHaveLength(1);

    const site = await sampleSite();
    const onTheDay = site.agreements.filter((a) => a.ditandatangani === '2023-06-09');
    expect(onTheDay.map((a) => a.instansi.nama).sort()).toEqual([...signedOnTheDay].sort());
  });

  it('has the satisfaction index of 90.2 in the data and on its pages', async () => {
    const site = await sampleSite();
    expect(site.profile.skm.nilai).toBe(90.2);
    const { page, close } = await openPage(env.browser);
    await page.goto(`${env.site.url}/tentang/`);
    expect(await page.locator('main').innerText()).toContain('90,2');
    await close();
  });

  it('is an MPP in Kajen on WIB, marked as sample data on every page', async () => {
    const site = await sampleSite();
    expect(site.profile.zonaWaktu).toBe('Asia/Jakarta');
    expect(site.profile.alamat.kecamatan).toBe('Kajen');
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(50);
    const unmarked = pages.filter(
      (p) => !readFileSync(path.join(DIST, p, p.endsWith('.html') ? '' : 'index.html'), 'utf8').includes(t.site.sampleDataNotice),
    );
    expect(unmarked).toEqual([]);
  });
});
