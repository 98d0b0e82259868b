// Share-image text fitting, card layout, cache keys and PNG encoding (see
// tests/e2e/share-images.test.ts for the images in the build and the cache behaviour).
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { type CardNode, cardTree, type ShareCard } from '../../src/lib/share-image/card.ts';
import { cardHash, stableJson } from '../../src/lib/share-image/hash.ts';
import { shareImageJobs } from '../../src/lib/share-image/jobs.ts';
import {
  emojiFileName,
  encodeOpaquePng,
  fontFiles,
  loadAdditionalAsset,
  loadFonts,
  renderPng,
} from '../../src/integrations/share-image/png.ts';
import { fitText, textWidth, wrapText } from '../../src/lib/share-image/text.ts';

const LONG_TITLE =
  'Pendaftaran, Perubahan dan Pembaruan Data Sosial Ekonomi Keluarga Penerima Bantuan Sosial Program Keluarga Harapan serta Bantuan Pangan Non-Tunai Tahun Anggaran 2027';
const OPTIONS = { fontSize: 64, maxWidth: 1072, maxLines: 3, weight: 700 as const };

describe('wrapText', () => {
  it('keeps a short title on one line, untouched', () => {
    expect(wrapText('Akta Kelahiran', OPTIONS)).toEqual({ lines: ['Akta Kelahiran'], truncated: false });
  });

  it('wraps a long Indonesian title to at most three lines that each fit, ending with an ellipsis', () => {
    const { lines, truncated } = wrapText(LONG_TITLE, OPTIONS);
    expect(lines).toHaveLength(3);
    expect(truncated).toBe(true);
    expect(lines[2]).toMatch(/\S…$/);
    for (const line of lines) expect(textWidth(line, 64, 700)).toBeLessThanOrEqual(1072);
    // Lines break between words, and nothing but the cut is lost.
    expect(LONG_TITLE.startsWith(lines.join(' ').replace(/…$/, ''))).toBe(true);
  });

  it('wraps without an ellipsis when the text fits in the allowed lines', () => {
    const { lines, truncated } = wrapText('Pendaftaran dan Pembaruan Data Sosial Ekonomi untuk Bantuan Sosial', OPTIONS);
    expect(truncated).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join(' ')).toBe('Pendaftaran dan Pembaruan Data Sosial Ekonomi untuk Bantuan Sosial');
  });

  it('splits a single word that is wider than the line', () => {
    const word = 'X'.repeat(80);
    const { lines, truncated } = wrapText(word, { ...OPTIONS, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(truncated).toBe(true);
    for (const line of lines) expect(textWidth(line, 64, 700)).toBeLessThanOrEqual(1072);
  });

  it('truncates to one line for fact boxes', () => {
    const { lines } = wrapText('1 hari kerja bila dilaporkan dalam 60 hari; paling lama 2 hari kerja bila lebih', {
      fontSize: 30,
      maxWidth: 220,
      maxLines: 1,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/…$/);
    expect(textWidth(lines[0] as string, 30)).toBeLessThanOrEqual(220);
  });

  it('measures bold wider than regular and unknown characters generously', () => {
    expect(textWidth('Layanan', 30, 700)).toBeGreaterThan(textWidth('Layanan', 30, 400));
    expect(textWidth('ÉÉ', 30)).toBeCloseTo(textWidth('EE', 30));
    expect(textWidth('漢', 100)).toBeGreaterThanOrEqual(70);
  });
});

describe('fitText', () => {
  it('uses the largest size at which the title fits, and the smallest (cut) when none does', () => {
    expect(fitText('Akta Kelahiran', [64, 56, 48], OPTIONS).fontSize).toBe(64);
    const long = fitText(LONG_TITLE, [64, 56, 48], OPTIONS);
    expect(long.fontSize).toBe(48);
    expect(long.lines.length).toBeLessThanOrEqual(3);
    expect(long.truncated).toBe(true);
  });
});

const card: ShareCard = {
  site: 'Mal Pelayanan Publik Kota Pekalongan',
  host: 'mpp.pekalongankota.go.id',
  eyebrow: 'Layanan · Dinas Kependudukan dan Pencatatan Sipil',
  title: LONG_TITLE,
  subtitle: 'Ringkasan layanan.',
  facts: [
    { label: 'Biaya', value: 'Rp80.000' },
    { label: 'Jangka waktu', value: '1 hari kerja' },
  ],
};

function texts(node: CardNode | string | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  return (Array.isArray(children) ? children : [children]).flatMap((c) => texts(c as CardNode | string | undefined));
}

describe('cardTree', () => {
  it('draws at most three title lines and every fact', () => {
    const all = texts(cardTree(card));
    const titleLines = all.filter((t) => LONG_TITLE.includes(t.replace(/…$/, '')) && t.length > 20);
    expect(titleLines.length).toBeLessThanOrEqual(3);
    expect(all).toContain('Rp80.000');
    expect(all).toContain('1 hari kerja');
    expect(all).toContain('mpp.pekalongankota.go.id');
  });
});

describe('fact boxes', () => {
  it('cut the fact marked "shorten" first when a row is too full, keeping the fee whole', () => {
    const crowded: ShareCard = {
      ...card,
      facts: [
        { label: 'Gerai', value: 'G52 Pelanggan Air Niaga dan Rumah Tangga Kota', shorten: true },
        { label: 'Biaya', value: 'Rp125.000–Rp160.000' },
        { label: 'Jangka waktu', value: '30 hari kalender' },
        { label: 'Persyaratan', value: '11 dokumen wajib' },
      ],
    };
    const all = texts(cardTree(crowded));
    expect(all).toContain('Rp125.000–Rp160.000');
    expect(all).toContain('30 hari kalender');
    expect(all).toContain('11 dokumen wajib');
    expect(all.some((t) => t.startsWith('G52') && t.endsWith('…'))).toBe(true);
  });

  it('otherwise cut only the longest values', () => {
    const crowded: ShareCard = {
      ...card,
      facts: [
        { label: 'A', value: 'Nilai yang sangat panjang sekali untuk satu kotak fakta' },
        { label: 'B', value: 'Gratis' },
        { label: 'C', value: 'Nilai kedua yang juga sangat panjang untuk kotak' },
      ],
    };
    const all = texts(cardTree(crowded));
    expect(all).toContain('Gratis');
    expect(all.filter((t) => t.endsWith('…') && t.startsWith('Nilai'))).toHaveLength(2);
  });
});

describe('cardHash', () => {
  const salt = 'layout:1\nfonts:abc';

  it('is stable for the same input, whatever the key order', () => {
    const reordered = {
      facts: card.facts,
      title: card.title,
      subtitle: card.subtitle,
      eyebrow: card.eyebrow,
      host: card.host,
      site: card.site,
    };
    expect(cardHash(card, salt)).toBe(cardHash({ ...card }, salt));
    expect(cardHash(reordered, salt)).toBe(cardHash(card, salt));
    expect(stableJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
  });

  it('changes when any input changes: text, a fact, the layout version or the fonts', () => {
    const base = cardHash(card, salt);
    expect(cardHash({ ...card, title: `${card.title}!` }, salt)).not.toBe(base);
    expect(cardHash({ ...card, facts: [{ label: 'Biaya', value: 'Gratis' }, card.facts[1]!] }, salt)).not.toBe(base);
    expect(cardHash(card, 'layout:2\nfonts:abc')).not.toBe(base);
    expect(cardHash(card, 'layout:1\nfonts:abd')).not.toBe(base);
  });
});

describe('shareImageJobs', () => {
  beforeAll(() => {
    process.env.MPP_TODAY = '2026-11-23';
  });

  it('lists the home page, every service, gerai and announcement with the facts residents need', async () => {
    const site = await loadSite(path.resolve('tests/fixtures/content'));
    const jobs = shareImageJobs(site);
    expect(jobs).toHaveLength(1 + site.services.length + site.gerai.length + site.announcements.length);
    expect(new Set(jobs.map((j) => j.path)).size).toBe(jobs.length);
    expect(jobs[0]?.path).toBe('og/beranda.png');
    const service = site.services[0]!;
    const job = jobs.find((j) => j.path === `og/layanan/${service.slug}.png`)!;
    expect(job.card.title).toBe(service.nama);
    expect(job.card.site).toBe(site.profile.nama);
    const values = job.card.facts.map((f) => f.value);
    expect(values).toContain(`${service.gerai.kode} ${service.gerai.nama}`);
    expect(values).toContain(`${service.requiredDocuments} dokumen wajib`);
    const announcement = site.announcements[0]!;
    const news = jobs.find((j) => j.path === `og/pengumuman/${announcement.slug}.png`)!;
    expect(news.card.title).toBe(announcement.judul);
    expect(news.card.eyebrow).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe('encodeOpaquePng', () => {
  // A 3x2 image with distinct colours, so swapped channels or rows would show.
  const width = 3;
  const height = 2;
  const rgb = [
    [255, 0, 0],
    [0, 255, 0],
    [0, 0, 255],
    [11, 79, 138],
    [255, 191, 71],
    [26, 31, 36],
  ];
  const rgba = Uint8Array.from(rgb.flatMap(([r, g, b]) => [r ?? 0, g ?? 0, b ?? 0, 255]));

  it('writes a valid PNG of strips stacked in order, which another decoder reads back pixel for pixel', () => {
    const png = encodeOpaquePng(
      [
        { pixels: rgba.subarray(0, 12), height: 1 },
        { pixels: rgba.subarray(12), height: 1 },
      ],
      width,
    );
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Every chunk's CRC matches, as strict decoders (and social sites' crawlers) check.
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
    // resvg decodes the PNG as an <image>; its pixels must be ours.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" style="image-rendering:pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const decoded = new Resvg(svg).render();
    expect([...decoded.pixels]).toEqual([...rgba]);
  });
});

describe('a rendered card', () => {
  const decode = (png: Uint8Array) =>
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><image width="1200" height="630" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`,
    ).render().pixels;
  const fonts = loadFonts(fontFiles());

  it('shows the accent line along its bottom edge', async () => {
    const card: ShareCard = { site: 'MPP', host: 'mpp.example.go.id', eyebrow: 'Layanan', title: 'Akta Kelahiran', facts: [] };
    const pixels = decode(await renderPng(card, fonts));
    const at = (x: number, y: number) => [...pixels.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3)];
    expect(at(600, 625)).toEqual([0xff, 0xbf, 0x47]);
    expect(at(600, 610)).toEqual([0xff, 0xff, 0xff]);
  });

  it('is drawn in two parts (band reused) that match the whole card drawn at once', async () => {
    const whole = new Resvg(await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts }), {
      font: { loadSystemFonts: false },
    }).render().pixels;
    // The second card reuses the first one's band; its own text must still be there.
    await renderPng({ ...card, title: 'Layanan lain' }, fonts);
    const parts = decode(await renderPng(card, fonts));
    const bandRow = 30 * 1200 * 4;
    expect([...parts.subarray(bandRow, bandRow + 4800)]).toEqual([...whole.subarray(bandRow, bandRow + 4800)]);
    let differing = 0;
    for (let i = 0; i < whole.length; i++) if (whole[i] !== parts[i]) differing++;
    expect(differing).toBe(0);
  });
});

describe('share images draw emoji and Arabic from bundled fonts (no empty boxes)', () => {
  const fonts = loadFonts(fontFiles());
  const svgOf = (text: string) =>
    satori({ type: 'div', props: { style: { display: 'flex', fontSize: 64, fontFamily: 'Noto Sans' }, children: text } } as never, {
      width: 400,
      height: 100,
      fonts,
      loadAdditionalAsset,
    });

  it('names Twemoji files the way @twemoji/svg does', () => {
    expect(emojiFileName('🕋')).toBe('1f54b');
    expect(emojiFileName('❤️')).toBe('2764');
    expect(emojiFileName('👩‍⚕️')).toBe('1f469-200d-2695-fe0f');
  });

  it('draws an emoji as the Twemoji image', async () => {
    expect(await svgOf('Haji 🕋')).toMatch(/<image[^>]+href="data:image\/svg\+xml;base64,/);
  });

  it('draws two different Arabic letters with two different shapes (not the same empty box)', async () => {
    const pathsOf = async (text: string) => [...(await svgOf(text)).matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join();
    const [ha, jim] = await Promise.all([pathsOf('ح'), pathsOf('ج')]);
    expect(ha).not.toBe('');
    expect(ha).not.toBe(jim);
  });

  it('renders "Pendaftaran Haji 🕋 حج" with its own emoji, not a box any emoji would get', async () => {
    const card: ShareCard = { site: 'MPP', host: 'mpp.example.go.id', eyebrow: 'Layanan', title: 'Pendaftaran Haji 🕋 حج', facts: [] };
    const kaaba = Buffer.from(await renderPng(card, fonts));
    const party = Buffer.from(await renderPng({ ...card, title: 'Pendaftaran Haji 🎉 حج' }, fonts));
    expect(kaaba.equals(party)).toBe(false);
  });
});
