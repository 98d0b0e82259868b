import { describe, expect, it } from 'vitest';
import { decodeEntities, highlightWords, parseExcerpt } from '../../src/search/core/highlight.ts';
import {
  adjustedScore,
  displayOrder,
  isStrongMatch,
  orderGroups,
  POPULAR_PRIOR,
  rankHits,
  type ResultGroup,
  type ScoredHit,
} from '../../src/search/core/rank.ts';

const hit = (id: string, score: number, meta: string[] = [], prior = 1) => ({ id, score, matchedMetaFields: meta, prior });
type H = ReturnType<typeof hit>;

describe('ranking within a type', () => {
  it('counts a title or alias match double', () => {
    expect(isStrongMatch(hit('a', 1, ['title']))).toBe(true);
    expect(isStrongMatch(hit('a', 1, ['kata']))).toBe(true);
    expect(isStrongMatch(hit('a', 1, ['gerai']))).toBe(false);
    expect(adjustedScore(hit('a', 3, ['title']))).toBe(6);
  });

  it('puts title matches above stronger body matches and applies the popularity prior', () => {
    const ranked = rankHits([hit('body', 10), hit('title', 7, ['title']), hit('popular', 5, ['title'], POPULAR_PRIOR)]);
    expect(ranked.map((h) => h.id)).toEqual(['title', 'popular', 'body']);
    expect(rankHits([hit('b', 5, ['title']), hit('a', 5, ['title'], POPULAR_PRIOR)]).map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('puts a service served elsewhere after one served here that matches about as well, not after a weaker one', () => {
    const kua = { ...hit('pendaftaran-nikah', 5, ['kata']), servedElsewhere: true };
    expect(rankHits([kua, hit('legalisasi-buku-nikah', 4.5, ['title'])]).map((h) => h.id)).toEqual([
      'legalisasi-buku-nikah',
      'pendaftaran-nikah',
    ]);
    // Named clearly ("daftar nikah di kua"), it still leads.
    expect(rankHits([kua, hit('akta-perkawinan', 3, ['title'])]).map((h) => h.id)).toEqual(['pendaftaran-nikah', 'akta-perkawinan']);
    expect(adjustedScore(kua)).toBeCloseTo(8);
  });

  it('keeps Pagefind order for equal scores', () => {
    expect(rankHits([hit('x', 2), hit('y', 2), hit('z', 2)]).map((h) => h.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('ordering groups', () => {
  const group = (type: ResultGroup<H>['type'], ...hits: H[]): ResultGroup<H> => ({ type, hits });

  it('puts services before announcements for the same words', () => {
    const ordered = orderGroups([
      group('pengumuman', hit('p', 10, ['title'])),
      group('layanan', hit('l', 10, ['title'])),
      group('halaman'),
      group('gerai', hit('g', 10, ['title'])),
    ]);
    expect(ordered.map((g) => g.type)).toEqual(['layanan', 'gerai', 'pengumuman']);
  });

  it('puts a service named by the words (title or alias terms) before a better-scored gerai or page', () => {
    const ordered = orderGroups([group('gerai', hit('g', 10, ['kata'])), group('layanan', hit('l', 3, ['kata']))]);
    expect(ordered.map((g) => g.type)).toEqual(['layanan', 'gerai']);
  });

  it('lets a much better announcement lead', () => {
    const ordered = orderGroups([group('layanan', hit('l', 2)), group('pengumuman', hit('p', 10, ['title']))]);
    expect(ordered[0]?.type).toBe('pengumuman');
  });

  it('sorts hits inside groups and flattens in display order', () => {
    const ordered = orderGroups<ScoredHit & { id: string }>([
      group('gerai', hit('g1', 1), hit('g2', 9)),
      group('layanan', hit('l1', 3), hit('l2', 8, ['title'])),
    ]);
    expect(displayOrder(ordered, (t) => (t === 'layanan' ? 1 : 2)).map((h) => h.id)).toEqual(['l2', 'g2', 'g1']);
  });
});

describe('highlighting', () => {
  it('marks words starting with a query word, ignoring case', () => {
    expect(highlightWords('KTP-el Baru', ['ktp'])).toEqual([
      { text: 'KTP', mark: true },
      { text: '-el Baru', mark: false },
    ]);
    expect(highlightWords('Perpanjangan SIM A', ['perpanjang', 'sim'])).toEqual([
      { text: 'Perpanjangan', mark: true },
      { text: ' ', mark: false },
      { text: 'SIM', mark: true },
      { text: ' A', mark: false },
    ]);
  });

  it('leaves text alone without usable query words', () => {
    expect(highlightWords('Paspor', [])).toEqual([{ text: 'Paspor', mark: false }]);
    expect(highlightWords('Paspor', ['p'])).toEqual([{ text: 'Paspor', mark: false }]);
  });

  it('reads Pagefind excerpts as text and marks, decoding entities', () => {
    expect(parseExcerpt('Syarat <mark>KTP</mark>-el &amp; KK &lt;asli&gt;')).toEqual([
      { text: 'Syarat ', mark: false },
      { text: 'KTP', mark: true },
      { text: '-el & KK <asli>', mark: false },
    ]);
  });

  it('marks a lone letter or a two-letter word only when the query has exactly that word', () => {
    // The queue prefix of "berawalan K" is not "kk", nor "kartu".
    expect(highlightWords('Ambil nomor berawalan K', ['kartu', 'kk']).some((s) => s.mark)).toBe(false);
    expect(highlightWords('Kartu KK dan KKPR', ['kk'])).toEqual([
      { text: 'Kartu ', mark: false },
      { text: 'KK', mark: true },
      { text: ' dan KKPR', mark: false },
    ]);
  });

  it('drops the marks Pagefind puts on the letter it fell back to', () => {
    // "legalisir ijazah": Pagefind has no "ijazah" and marks the Roman numeral "I".
    expect(parseExcerpt('Gedung MPP tahap <mark>I</mark> selesai', ['legalisir', 'ijazah']).some((s) => s.mark)).toBe(false);
    expect(parseExcerpt('nomor berawalan <mark>S</mark>', ['surabaya'])).toEqual([{ text: 'nomor berawalan S', mark: false }]);
    // Real matches, stemmed ones included, keep their marks.
    expect(parseExcerpt('<mark>Perekaman</mark> KTP-el', ['rekam'])[0]).toEqual({ text: 'Perekaman', mark: true });
  });

  it('never lets other markup through', () => {
    const segments = parseExcerpt('<img src=x onerror=alert(1)><mark>paspor</mark><script>x</script>');
    expect(segments).toEqual([
      { text: 'paspor', mark: true },
      { text: 'x', mark: false },
    ]);
    expect(decodeEntities('&#39;&#x41;&unknown;')).toBe("'A&unknown;");
  });
});
