// Share-image text fitting, card layout and cache keys (no rendering here; see
// tests/e2e/share-images.test.ts for PNGs and the cache behaviour).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { type CardNode, cardTree, type ShareCard } from '../../src/lib/share-image/card.ts';
import { cardHash, stableJson } from '../../src/lib/share-image/hash.ts';
import { shareImageJobs } from '../../src/lib/share-image/jobs.ts';
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
