// Share images in the build (one per service, gerai, announcement and the home page,
// each a 1200x630 PNG that og:image points to), and the render cache: an unchanged
// card is never drawn twice, a changed one is drawn again.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/lib/share-image/card.ts';
import { type ShareImageJob, shareImageJobs } from '../../src/lib/share-image/jobs.ts';
import { renderShareImages } from '../../src/integrations/share-image/render.ts';
import { builtPages, DIST } from './harness.ts';
import { sampleSite } from './templates.ts';

const content = await sampleSite();
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share images in the build', () => {
  const expected = [
    'og/beranda.png',
    ...content.services.map((s) => `og/layanan/${s.slug}.png`),
    ...content.gerai.map((g) => `og/gerai/${g.slug}.png`),
    ...content.announcements.map((a) => `og/pengumuman/${a.slug}.png`),
  ];

  it('exist for the home page and every service, gerai and announcement', () => {
    expect(expected.filter((file) => !existsSync(path.join(DIST, file)))).toEqual([]);
    expect(
      shareImageJobs(content)
        .map((j) => j.path)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('are all valid 1200x630 PNGs', () => {
    const wrong = expected.filter((file) => {
      const size = pngSize(path.join(DIST, file));
      return size?.width !== 1200 || size.height !== 630;
    });
    expect(wrong).toEqual([]);
  });

  it("every page's og:image is an absolute URL on the site that points to an existing image", () => {
    const origin = content.profile.origin;
    const problems: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(path.join(DIST, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (!image?.startsWith(`${origin}/og/`)) {
        problems.push(`${page}: ${image}`);
        continue;
      }
      const file = path.join(DIST, new URL(image).pathname);
      if (pngSize(file)?.width !== 1200) problems.push(`${page}: ${image} missing or not 1200 wide`);
    }
    expect(problems).toEqual([]);
  });

  it('use the page-specific image on service, gerai and announcement pages', () => {
    const og = (page: string) =>
      /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(path.join(DIST, page, 'index.html'), 'utf8'))?.[1];
    const service = content.services[0]!;
    expect(og(`layanan/${service.slug}`)).toBe(`${content.profile.origin}/og/layanan/${service.slug}.png`);
    expect(og(`gerai/${content.gerai[0]!.slug}`)).toBe(`${content.profile.origin}/og/gerai/${content.gerai[0]!.slug}.png`);
    expect(og(`pengumuman/${content.announcements[0]!.slug}`)).toBe(
      `${content.profile.origin}/og/pengumuman/${content.announcements[0]!.slug}.png`,
    );
  });
});

describe('render cache', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mpp-og-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const card = (title: string): ShareCard => ({
    site: 'Mal Pelayanan Publik Kota Contoh',
    host: 'mpp.contoh.go.id',
    eyebrow: 'Layanan · Dinas Kependudukan dan Pencatatan Sipil',
    title,
    subtitle: 'Ringkasan singkat layanan.',
    facts: [
      { label: 'Biaya', value: 'Gratis' },
      { label: 'Jangka waktu', value: '1 hari kerja' },
    ],
  });
  const jobs = (titles: string[]): ShareImageJob[] => titles.map((title, i) => ({ path: `og/layanan/contoh-${i}.png`, card: card(title) }));

  it('renders once, reuses on the second run, and re-renders only the card that changed', async () => {
    const cacheDir = tempDir();
    const outDir = tempDir();
    const titles = ['Akta Kelahiran', 'Kartu Identitas Anak', 'Perpanjangan SIM'];
    const first = await renderShareImages(jobs(titles), { cacheDir, outDir, workers: 0 });
    expect(first).toMatchObject({ total: 3, rendered: 3, reused: 0 });
    expect(first.msPerImage).toBeGreaterThan(0);
    expect(pngSize(path.join(outDir, 'og/layanan/contoh-0.png'))).toEqual({ width: 1200, height: 630 });

    const second = await renderShareImages(jobs(titles), { cacheDir, outDir, workers: 0 });
    expect(second).toMatchObject({ total: 3, rendered: 0, reused: 3 });

    const changed = await renderShareImages(jobs(['Akta Kelahiran', 'Kartu Identitas Anak (KIA)', 'Perpanjangan SIM']), {
      cacheDir,
      outDir,
      workers: 0,
    });
    expect(changed).toMatchObject({ total: 3, rendered: 1, reused: 2 });
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(4);
  });

  it('draws large batches in worker threads with the same result', async () => {
    const cacheDir = tempDir();
    const titles = Array.from({ length: 8 }, (_, i) => `Layanan Contoh Nomor ${i + 1} dengan Judul yang Cukup Panjang untuk Dua Baris`);
    const pooled = await renderShareImages(jobs(titles), { cacheDir, workers: 2 });
    expect(pooled).toMatchObject({ total: 8, rendered: 8 });
    const files = readdirSync(cacheDir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of files) expect(pngSize(path.join(cacheDir, f))).toEqual({ width: 1200, height: 630 });
    expect(await renderShareImages(jobs(titles), { cacheDir, workers: 2 })).toMatchObject({ rendered: 0, reused: 8 });
  });
});
