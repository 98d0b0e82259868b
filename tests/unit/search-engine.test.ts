import { describe, expect, it, vi } from 'vitest';
import { runSearch, SearchIndex, searchGroups } from '../../src/lib/search/engine.ts';
import type { PagefindApi, PagefindData } from '../../src/lib/search/pagefind-api.ts';
import { containsQueryWords, wordMatches } from '../../src/lib/search/query-words.ts';
import { termIndex } from '../../src/lib/search/suggest.ts';

interface FakePage {
  id: string;
  tipe: string;
  populer?: boolean;
  /** Words that find this page, with the score Pagefind would give and whether the title matched. */
  words: Record<string, { score: number; title?: boolean; marked?: string }>;
  title: string;
}

const PAGES: FakePage[] = [
  {
    id: 'paspor',
    tipe: 'layanan',
    populer: true,
    title: 'Penggantian Paspor',
    words: { paspor: { score: 10, title: true }, pas: { score: 1, marked: 'paspor' } },
  },
  { id: 'haji', tipe: 'layanan', title: 'Rekomendasi Paspor Haji', words: { paspor: { score: 11, title: true } } },
  { id: 'kia', tipe: 'layanan', title: 'Kartu Identitas Anak', words: { pas: { score: 3, marked: 'pas' } } },
  { id: 'imigrasi', tipe: 'gerai', title: 'Gerai Imigrasi', words: { paspor: { score: 4 } } },
  { id: 'berita', tipe: 'pengumuman', title: 'Paspor Elektronik Tersedia', words: { paspor: { score: 10, title: true } } },
  { id: 'libur', tipe: 'pengumuman', title: 'Libur Lebaran', words: { lebaran: { score: 9, title: true } } },
];

/**
 * A Pagefind stand-in: the primary bundle (services untyped, gerai and pages with a real
 * `tipe` filter) and the announcements bundle (merged with a synthetic `tipe` filter), AND
 * of words, filters, and a prefix fallback for words no page has.
 */
function fakePagefind() {
  const merged = new Set<string>();
  const searches: { term: string | null; filters: Record<string, string> }[] = [];
  const mergeType = (options?: Record<string, unknown>) => {
    const type = (options?.mergeFilter as { tipe?: string } | undefined)?.tipe;
    if (type) merged.add(type);
  };
  const typeFilter = (page: FakePage) => (page.tipe === 'layanan' ? undefined : page.tipe);
  const api: PagefindApi = {
    options: async () => {
      for (const type of ['layanan', 'gerai', 'halaman']) merged.add(type);
    },
    init: async () => {},
    mergeIndex: async (_path, options) => mergeType(options),
    search: async (term, options = {}) => {
      const filters = options.filters ?? {};
      searches.push({ term, filters });
      const queryWords = (term ?? '').split(' ').filter(Boolean);
      const visible = PAGES.filter((p) => merged.has(p.tipe));
      // Like Pagefind, fall back to a shorter prefix only for words the index does not have.
      const inIndex = (w: string) => visible.some((p) => p.words[w]);
      const lookup = (page: FakePage, w: string) =>
        inIndex(w) ? page.words[w] : w.startsWith('ps') || w.startsWith('pa') ? page.words.pas : undefined;
      const results = visible
        .filter((p) => (!filters.tipe || typeFilter(p) === filters.tipe) && (!filters.populer || p.populer))
        .filter((p) => term === null || queryWords.every((w) => lookup(p, w)))
        .map((p) => {
          const found = term === null ? [{ score: 1 }] : queryWords.map((w) => lookup(p, w)!);
          const data: PagefindData = {
            url: `/${p.tipe}/${p.id}/`,
            excerpt: found.map((f, i) => `<mark>${'marked' in f ? f.marked : queryWords[i]}</mark>`).join(' '),
            meta: { title: p.title },
          };
          return {
            id: p.id,
            score: found.reduce((s, f) => s + f.score, 0),
            matchedMetaFields: found.some((f) => 'title' in f && f.title) ? ['title'] : [],
            data: async () => data,
          };
        })
        .sort((a, b) => b.score - a.score);
      return { results, unfilteredResultCount: results.length, filters: {} };
    },
  };
  return { api, searches, merged };
}

describe('SearchIndex', () => {
  it('starts with services, gerai and pages; announcements load on demand', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    expect(index.types()).toEqual(['layanan', 'gerai', 'halaman']);
    expect(index.has('pengumuman')).toBe(false);
    await index.load('pengumuman');
    await index.load('pengumuman');
    expect(index.types()).toEqual(['layanan', 'gerai', 'pengumuman', 'halaman']);
  });
});

describe('searchGroups', () => {
  it('searches once per query and groups by the bundle each hit came from', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    const groups = await searchGroups(index, 'Paspor');
    // Once per set of bundles (started when the index opens): the ids of the secondary
    // types and of popular services; then the query.
    expect(fake.searches.map((s) => [s.term, s.filters])).toEqual([
      [null, { tipe: 'gerai' }],
      [null, { tipe: 'halaman' }],
      [null, { populer: 'ya' }],
      ['paspor', {}],
    ]);
    await searchGroups(index, 'haji');
    expect(fake.searches).toHaveLength(5);
    expect(groups.map((g) => g.type)).toEqual(['layanan', 'gerai']);
    // The popular passport service outranks the pilgrims' recommendation despite a lower raw score.
    expect(groups[0]?.hits.map((h) => h.id)).toEqual(['paspor', 'haji']);
  });

  it('passes the resident’s filters to Pagefind', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    const groups = await searchGroups(index, 'paspor', { tipe: 'gerai', gerai: 'imigrasi', instansi: 'vertikal' });
    expect(fake.searches.at(-1)).toEqual({ term: 'paspor', filters: { tipe: 'gerai', gerai: 'imigrasi', instansi: 'vertikal' } });
    expect(groups.map((g) => g.type)).toEqual(['gerai']);
  });

  it('keeps only services for the service type filter, which the index does not carry', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    const groups = await searchGroups(index, 'paspor', { tipe: 'layanan' });
    expect(fake.searches.at(-1)).toEqual({ term: 'paspor', filters: {} });
    expect(groups.filter((g) => g.hits.length > 0).map((g) => g.type)).toEqual(['layanan']);
    expect(groups.flatMap((g) => g.hits.map((h) => h.id)).sort()).toEqual(['haji', 'paspor']);
  });

  it('does not search for an empty query', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    await index.pageClasses();
    const before = fake.searches.length;
    expect(await searchGroups(index, '  ?  ')).toEqual([]);
    expect(fake.searches).toHaveLength(before);
  });
});

describe('containsQueryWords', () => {
  it('matches words by prefix in either direction', () => {
    expect(wordMatches('ktp', 'ktp-el')).toBe(true);
    expect(wordMatches('perpanjangan', 'perpanjang')).toBe(true);
    expect(wordMatches('psapor', 'pas')).toBe(false);
  });

  it('tells real matches from Pagefind’s prefix fallback', async () => {
    const index = await SearchIndex.open(fakePagefind().api);
    expect(await containsQueryWords(await searchGroups(index, 'paspor'), 'paspor')).toBe(true);
    expect(await containsQueryWords(await searchGroups(index, 'psapor'), 'psapor')).toBe(false);
  });
});

describe('runSearch', () => {
  const terms = termIndex(['paspor', 'haji', 'kartu', 'anak']);

  it('answers from services, gerai and pages without loading announcements or the term list', async () => {
    const fake = fakePagefind();
    const loadTerms = vi.fn(async () => terms);
    const outcome = await runSearch(await SearchIndex.open(fake.api), ' paspor ', {}, loadTerms);
    expect(outcome).toMatchObject({
      query: 'paspor',
      shownQuery: 'paspor',
      corrected: false,
      suggestion: null,
      total: 3,
      notSearched: ['pengumuman'],
    });
    expect(loadTerms).not.toHaveBeenCalled();
    expect(fake.merged.has('pengumuman')).toBe(false);
  });

  it('searches announcements when nothing else answers', async () => {
    const fake = fakePagefind();
    const outcome = await runSearch(await SearchIndex.open(fake.api), 'lebaran', {}, async () => terms);
    expect(outcome.groups.map((g) => g.type)).toEqual(['pengumuman']);
    expect(outcome.notSearched).toEqual([]);
  });

  it('loads a bundle the type filter asks for', async () => {
    const fake = fakePagefind();
    const outcome = await runSearch(await SearchIndex.open(fake.api), 'paspor', { tipe: 'pengumuman' });
    expect(outcome.groups[0]?.hits.map((h) => h.id)).toEqual(['berita']);
  });

  it('shows the results of the closest spelling when a typo finds only fallback matches', async () => {
    const fake = fakePagefind();
    const loadTerms = vi.fn(async () => terms);
    const outcome = await runSearch(await SearchIndex.open(fake.api), 'psapor', {}, loadTerms);
    expect(outcome).toMatchObject({ query: 'psapor', shownQuery: 'paspor', corrected: true, suggestion: 'paspor' });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('paspor');
    expect(loadTerms).toHaveBeenCalledTimes(1);
  });

  it('offers no suggestion when no known word is close, and keeps an empty result', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'qwxzvbn', {}, async () => terms);
    expect(outcome).toMatchObject({ total: 0, suggestion: null, corrected: false });
  });

  it('works without a term list', async () => {
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'psapor')).toMatchObject({ corrected: false, suggestion: null });
  });
});

describe('relaxed search', () => {
  it('shows the results without a word no page has, and says so', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor jakarta', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({ query: 'paspor jakarta', shownQuery: 'paspor', relaxed: true, corrected: false });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('paspor');
  });

  it('does not relax a single word', async () => {
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'jakarta')).toMatchObject({ total: 0, relaxed: false });
  });
});
