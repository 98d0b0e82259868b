// Open data as shipped: every file exists, each JSON file validates against the schema
// published beside it, the CSV has one row per service, and /data/ documents it all.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../src/lib/open-data/catalogue.ts';
import { CSV_COLUMNS } from '../../src/lib/open-data/csv.ts';
import type { JsonSchema } from '../../src/lib/open-data/schemas.ts';
import { DIST, expectNoAxeViolations, FIXTURE_DIST, launchBrowser, openPage, startSite } from './harness.ts';
import { checkSchema, parseCsv } from './json-schema.ts';
import { sampleSite } from './templates.ts';

const content = await sampleSite();
const { origin } = content.profile;
const read = (file: string) => readFileSync(path.join(DIST, 'data', file), 'utf8');
const json = (file: string) => JSON.parse(read(file));

const FILES = [
  'layanan.json',
  'layanan.csv',
  'gerai.json',
  'jam-layanan.json',
  'layanan.schema.json',
  'gerai.schema.json',
  'jam-layanan.schema.json',
  'panduan.json',
  'panduan.schema.json',
  'kemitraan.json',
  'kemitraan.schema.json',
  'index.html',
];

describe('open data files', () => {
  it.each(FILES)('/data/%s exists', (file) => {
    expect(existsSync(path.join(DIST, 'data', file))).toBe(true);
  });

  it.each(['layanan', 'gerai', 'jam-layanan', 'panduan', 'kemitraan'])('%s.json validates against its published schema', (name) => {
    const schema = json(`${name}.schema.json`) as JsonSchema;
    const data = json(`${name}.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${origin}/data/${name}.schema.json`);
    expect(data.$schema).toBe(schema.$id);
    expect(checkSchema(schema, data)).toEqual([]);
  });

  it('holds the whole catalogue, every gerai and the weekly schedule', () => {
    const services = json('layanan.json');
    expect(services.jumlah).toBe(content.services.length);
    expect(services.layanan.map((s: { slug: string }) => s.slug)).toEqual(content.services.map((s) => s.slug));
    const first = services.layanan[0];
    const service = content.services[0]!;
    expect(first.persyaratan).toHaveLength(service.persyaratan.length);
    expect(first.prosedur).toEqual(service.prosedur);
    expect(first.instansi.nama).toBe(service.gerai.instansi.nama);
    expect(json('gerai.json').gerai.map((g: { kode: string }) => g.kode)).toEqual(content.gerai.map((g) => g.kode));
    const hours = json('jam-layanan.json');
    expect(hours.zonaWaktu).toBe(content.hours.timeZone);
    expect(hours.jadwal.sabtu).toHaveLength(content.hours.weekly.sabtu.length);
    for (const rule of hours.libur) expect(rule.selesai >= hours.diperbarui).toBe(true);
  });

  it('layanan.csv is UTF-8 RFC 4180 with a header and one row per service', () => {
    const text = read('layanan.csv');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(content.services.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(content.services.map((s) => s.slug));
    // Indonesian text survives the round trip (en dash, quotes, commas, line breaks).
    const names = new Set(rows.slice(1).map((r) => r[1]));
    for (const s of content.services) expect(names.has(s.nama)).toBe(true);
  });
});

describe('/data/ page', () => {
  const html = readFileSync(path.join(DIST, 'data', 'index.html'), 'utf8');

  it('links every file and schema, and states the licence and update date', () => {
    for (const file of FILES.filter((f) => f !== 'index.html')) expect(html).toContain(`href="/data/${file}"`);
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
  });

  it('documents every field of every file and every CSV column', () => {
    const documented = new Set([...html.matchAll(/<code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]));
    for (const name of ['layanan', 'gerai', 'jam-layanan', 'panduan', 'kemitraan']) {
      for (const field of schemaFields(json(`${name}.schema.json`))) expect(documented.has(field.path), field.path).toBe(true);
    }
    for (const column of CSV_COLUMNS) expect(documented.has(column), column).toBe(true);
  });
});

describe('/data/ of an MPP outside WIB (fixture content, WITA)', () => {
  it('names WITA, never WIB, on the page and in the hours schema', () => {
    const page = readFileSync(path.join(FIXTURE_DIST, 'data', 'index.html'), 'utf8');
    const schema = readFileSync(path.join(FIXTURE_DIST, 'data', 'jam-layanan.schema.json'), 'utf8');
    for (const text of [page, schema]) {
      expect(text).not.toContain('WIB');
      expect(text).toContain('Asia/Makassar (WITA)');
    }
  });
});

describe('/data/ in the browser', () => {
  it('has one h1, no console errors and no axe violations (WCAG 2.2 AA), and reads without JavaScript', async () => {
    const site = await startSite();
    const browser = await launchBrowser();
    try {
      const { page, errors, close } = await openPage(browser);
      await page.goto(`${site.url}/data/`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').count()).toBe(1);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
      await close();
      const noJs = await openPage(browser, { javaScriptEnabled: false });
      await noJs.page.goto(`${site.url}/data/`);
      expect(await noJs.page.locator('main table').count()).toBeGreaterThanOrEqual(4);
      await noJs.close();
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
