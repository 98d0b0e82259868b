import { describe, expect, it } from 'vitest';
import { rankByCoverage, wordWeight } from '../../src/search/core/coverage.ts';
import type { ResultType } from '../../src/search/core/rank.ts';

interface H {
  id: string;
  score: number;
  type: ResultType;
}
const h = (id: string, type: ResultType, score = 1): H => ({ id, score, type });
const ids = (perWord: { word: string; hits: H[] }[], total: number) =>
  rankByCoverage(perWord, (x) => x.type, total).groups.flatMap((g) => g.hits.map((x) => x.id));

describe('coverage fallback', () => {
  it('counts a word typed after a case marker for less: "paspor kena air" is the passport, not the water services', () => {
    const perWord = [
      { word: 'paspor', hits: [h('paspor-rusak', 'layanan', 5), h('paspor-baru', 'layanan', 4), h('paspor-haji', 'layanan', 3)] },
      { word: 'air', hits: [h('pdam-baru', 'layanan', 9), h('pdam-bayar', 'layanan', 8)] },
    ];
    // "air" is the rarer word: the water services lead when it counts in full.
    expect(ids(perWord, 30)[0]).toBe('pdam-baru');
    expect(
      rankByCoverage(
        perWord,
        (x) => x.type,
        30,
        (w) => w === 'air',
      ).groups[0]?.hits[0]?.id,
    ).toBe('paspor-rusak');
  });

  it('ranks pages by the words they match, services ahead of announcements matching the same words', () => {
    const both = [h('news', 'pengumuman', 9), h('svc', 'layanan', 1)];
    const perWord = [
      { word: 'umroh', hits: both },
      { word: 'visa', hits: [...both, h('faq', 'halaman', 50)] },
    ];
    expect(ids(perWord, 100)).toEqual(['svc', 'news', 'faq']);
    expect(rankByCoverage(perWord, (x) => x.type, 100)).toMatchObject({ best: 2, bestWords: ['umroh', 'visa'] });
  });

  it('counts a word by the pages it names (title or alias terms), not by those that only mention it', () => {
    // "pencatatan kematian penduduk": "kematian" names two pages and is listed among the
    // documents of six more; "penduduk" names three. The death certificate, named by
    // "kematian" and "pencatatan", leads the identity card named by "penduduk" and "pencatatan".
    const named = (id: string, score = 5): H & { matchedMetaFields: string[] } => ({
      ...h(id, 'layanan', score),
      matchedMetaFields: ['title'],
    });
    const mentioned = (id: string): H & { matchedMetaFields: string[] } => ({ ...h(id, 'layanan', 1), matchedMetaFields: ['dokumen'] });
    const perWord = [
      {
        word: 'pencatatan',
        hits: [named('akta-kematian'), named('ktp-el'), ...Array.from({ length: 20 }, (_, i) => mentioned(`lain${i}`))],
      },
      {
        word: 'kematian',
        hits: [named('akta-kematian'), named('panduan-kematian'), ...Array.from({ length: 6 }, (_, i) => mentioned(`dokumen${i}`))],
      },
      { word: 'penduduk', hits: [named('ktp-el'), named('ktp-hilang'), named('surat-pindah')] },
    ];
    expect(ids(perWord, 111)[0]).toBe('akta-kematian');
  });

  it('counts a word found on many pages for less than a rare one', () => {
    expect(wordWeight(40, 120)).toBeLessThan(wordWeight(3, 120));
    // "surat tilang": the one page about tilang beats the best of the many with "surat".
    const surat = Array.from({ length: 30 }, (_, i) => h(`surat${i}`, 'layanan', 10 - i / 10));
    expect(
      ids(
        [
          { word: 'surat', hits: surat },
          { word: 'tilang', hits: [h('tilang', 'layanan')] },
        ],
        100,
      )[0],
    ).toBe('tilang');
    // "apotek baru": the pharmacy service beats an announcement that also says "baru".
    const baru = Array.from({ length: 40 }, (_, i) => h(`baru${i}`, 'layanan'));
    const apotek = [h('news', 'pengumuman', 5), h('apotek', 'layanan', 4)];
    expect(
      ids(
        [
          { word: 'apotek', hits: apotek },
          { word: 'baru', hits: [...baru, h('news', 'pengumuman')] },
        ],
        120,
      )[0],
    ).toBe('apotek');
  });
});
