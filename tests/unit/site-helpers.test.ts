// Small pure helpers that pages rely on.
import { describe, expect, it } from 'vitest';
import { agreementStatus } from '../../src/data/index.ts';
import { categoryGroups } from '../../src/lib/catalog.ts';
import { originSource, tileSource } from '../../src/lib/csp.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { mapConcurrent } from '../../src/lib/concurrency.ts';
import { attributionHtml, todayHoursText, wantsSharpTiles } from '../../src/lib/map.ts';
import { laterPages, pageOf } from '../../src/lib/paginate.ts';
import { costSummary, geraiName, lowestFee } from '../../src/lib/service-view.ts';
import { absoluteUrl, tagSlug } from '../../src/lib/urls.ts';

const paid = (...amounts: number[]) => ({
  discriminant: 'berbayar',
  value: { tarif: amounts.map((jumlah, i) => ({ uraian: `Tarif ${i}`, jumlah })), dasarHukum: 'PP', caraBayar: '' },
});

describe('cost summary', () => {
  it('says Gratis, one amount, or the range from lowest to highest', () => {
    expect(costSummary({ discriminant: 'gratis' })).toBe('Gratis');
    expect(costSummary(paid(30000))).toBe('Rp30.000');
    expect(costSummary(paid(80000, 75000))).toBe('Rp75.000–Rp80.000');
    expect(lowestFee(paid(80000, 75000))).toBe(75000);
    expect(lowestFee({ discriminant: 'gratis' })).toBe(0);
  });

  it('names a gerai the same way everywhere', () => {
    expect(geraiName({ kode: 'G01', nama: 'Dukcapil' })).toBe('Gerai G01 Dukcapil');
  });
});

describe('catalogue grouping', () => {
  it('orders categories as in the schema and names A–Z inside each', () => {
    const groups = categoryGroups([
      { kategori: 'kepolisian', nama: 'SKCK' },
      { kategori: 'kependudukan', nama: 'KTP-el' },
      { kategori: 'kepolisian', nama: 'Perpanjangan SIM' },
      { kategori: 'kependudukan', nama: 'Akta kelahiran' },
    ]);
    expect(groups.map(([k, list]) => [k, list.map((s) => s.nama)])).toEqual([
      ['kependudukan', ['Akta kelahiran', 'KTP-el']],
      ['kepolisian', ['Perpanjangan SIM', 'SKCK']],
    ]);
  });
});

describe('urls', () => {
  it('makes tag slugs URL-safe and absolute URLs from the site origin', () => {
    expect(tagSlug('Jam Layanan')).toBe('jam-layanan');
    expect(tagSlug('Idulfitri 1448 H!')).toBe('idulfitri-1448-h');
    expect(absoluteUrl('https://mpp.example.go.id', '/layanan/ktp-el/')).toBe('https://mpp.example.go.id/layanan/ktp-el/');
  });
});

describe('CSP sources', () => {
  it('allows exactly the configured tile server and queue API', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tiles.pemda.go.id/{z}/{x}/{y}.png')).toBe('https://*.tiles.pemda.go.id');
    expect(originSource('https://antrean.pemda.go.id/v1/antrean')).toBe('https://antrean.pemda.go.id');
    expect(originSource(null)).toBe('');
  });
});

describe('_headers file', () => {
  it('applies every matching rule, later ones winning', () => {
    const rules = parseHeadersFile('# komentar\n/*\n  X-A: 1\n  X-B: 1\n/_astro/*\n  X-B: 2\n/exact\n  X-C: 3\n');
    expect(headersFor(rules, '/_astro/x.js')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(headersFor(rules, '/exact')).toEqual({ 'X-A': '1', 'X-B': '1', 'X-C': '3' });
  });
});

describe('pagination', () => {
  it('splits a list into pages of ten', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(items, 3)).toEqual({ items: [20, 21, 22], page: 3, pages: 3 });
    expect(laterPages(23)).toEqual([2, 3]);
    expect(laterPages(10)).toEqual([]);
  });
});

describe('agreement status', () => {
  it('is active, expiring within 90 days, or expired', () => {
    expect(agreementStatus('2027-06-01', '2026-11-23')).toBe('aktif');
    expect(agreementStatus('2027-02-21', '2026-11-23')).toBe('segera-berakhir');
    expect(agreementStatus('2026-11-23', '2026-11-23')).toBe('segera-berakhir');
    expect(agreementStatus('2026-11-22', '2026-11-23')).toBe('berakhir');
  });
});

describe('map tile density', () => {
  it('gives high-density screens sharp tiles unless the visitor saves data', () => {
    expect(wantsSharpTiles(2)).toBe(true);
    expect(wantsSharpTiles(1.75, { saveData: false })).toBe(true);
    expect(wantsSharpTiles(1)).toBe(false);
    expect(wantsSharpTiles(1.25)).toBe(false);
    expect(wantsSharpTiles(3, { saveData: true })).toBe(false);
  });
});

describe('map popup and attribution', () => {
  const friday = [
    { mulai: '08.00', selesai: '11.30' },
    { mulai: '13.00', selesai: '15.00' },
  ];
  const hours = {
    timeZone: 'Asia/Makassar',
    weekly: { senin: [], selasa: [], rabu: [], kamis: [], jumat: friday, sabtu: [], minggu: [] },
    rules: [],
  };

  it("gives today's hours in the MPP's zone, not the phone's", () => {
    // 23.30 UTC on Thursday is already Friday 07.30 in WITA.
    expect(todayHoursText(hours, new Date(Date.UTC(2026, 8, 10, 23, 30)))).toBe('Jam layanan hari ini: 08.00–11.30, 13.00–15.00 WITA');
    expect(todayHoursText(hours, new Date(Date.UTC(2026, 8, 10, 12, 0)))).toBe('Jam layanan hari ini: hari ini tutup');
  });

  it('escapes the editor-written attribution and links the OpenStreetMap credit', () => {
    expect(attributionHtml('Peta <b>© OSM</b>', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
      '<a href="https://www.openstreetmap.org/copyright">Peta &#60;b&#62;© OSM&#60;/b&#62;</a>',
    );
    expect(attributionHtml('Ubin "Pemkot"', 'https://peta.example.go.id/{z}/{x}/{y}.png')).toBe('Ubin &#34;Pemkot&#34;');
  });
});

describe('bounded concurrency', () => {
  it('never has more than the limit in flight, and keeps results in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 200 }, (_, i) => i);
    const results = await mapConcurrent(items, 8, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      // Later items finish sooner, so order would break if results were pushed as they came.
      await new Promise((resolve) => setTimeout(resolve, (200 - n) % 7));
      inFlight--;
      return n * 2;
    });
    expect(peak).toBe(8);
    expect(results).toEqual(items.map((n) => n * 2));
    expect(await mapConcurrent([], 8, async () => 1)).toEqual([]);
  });
});
