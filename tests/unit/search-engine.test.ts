// The search flow on a Pagefind stand-in: the index and its bundles, one search per query
// grouped by type, real matches against Pagefind's prefix fallback, what is downloaded and
// when, and how the query's words are read (engine.ts, groups.ts, query-words.ts).
import { describe, expect, it, vi } from 'vitest';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { searchGroups } from '../../src/search/core/groups.ts';
import { containsQueryWords, wordMatches } from '../../src/search/core/query-words.ts';
import { termIndex } from '../../src/search/core/suggest.ts';
import { pagefindStandIn } from '../fixtures/fake-pagefind.ts';
import { SAMPLE_PAGES } from '../fixtures/search-sample-pages.ts';

const fakePagefind = () => pagefindStandIn(SAMPLE_PAGES);
const terms = () => termIndex(['paspor', 'haji', 'kartu', 'anak', 'umroh', 'visa']);

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
    // types, of popular services and of those served elsewhere; then the query.
    expect(fake.searches.map((s) => [s.term, s.filters])).toEqual([
      [null, { tipe: 'gerai' }],
      [null, { tipe: 'halaman' }],
      [null, { populer: 'ya' }],
      [null, { ketersediaan: 'tidak-tersedia' }],
      [null, {}],
      ['paspor', {}],
    ]);
    await searchGroups(index, 'haji');
    expect(fake.searches).toHaveLength(7);
    expect(groups.map((g) => g.type)).toEqual(['layanan', 'gerai']);
    // The popular passport service outranks the pilgrims' recommendation despite a lower raw score.
    expect(groups[0]?.hits.map((h) => h.id)).toEqual(['paspor', 'haji']);
  });

  it('matches a word shorter than three letters only as a whole word', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    // Pagefind's own prefix match would also find "kkpr".
    expect((await fake.api.search('kk'))?.results.map((h) => h.id)).toEqual(['krk', 'kk']);
    expect((await searchGroups(index, 'kk')).flatMap((g) => g.hits.map((h) => h.id))).toEqual(['kk']);
  });

  it('puts pages with a three-letter word as a whole word before pages with only a longer word starting with it', async () => {
    const fake = fakePagefind();
    const index = await SearchIndex.open(fake.api);
    // "haji" has only "paspor"; "kia" and "paspor" have "pas" itself.
    const services = (await searchGroups(index, 'pas')).find((g) => g.type === 'layanan');
    expect(services?.hits.map((h) => h.id)).toEqual(['kia', 'paspor', 'haji']);
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

  it('reads a longer query word as a page word only with an ending the languages add ("coretex" is no form of "coret")', () => {
    expect(wordMatches('coretex', 'coret')).toBe(false);
    expect(wordMatches('baliknama', 'balik')).toBe(false);
    expect(wordMatches('syarate', 'syarat')).toBe(true);
    expect(wordMatches('syaratnya', 'syarat')).toBe(true);
    expect(wordMatches('pendaftarann', 'pendaftaran')).toBe(true);
    expect(wordMatches('kematiannya', 'mati')).toBe(true);
  });

  it('matches short words and single letters only whole', () => {
    expect(wordMatches('kk', 'kk')).toBe(true);
    expect(wordMatches('kk', 'kkpr')).toBe(false);
    // Pagefind's fallback for "surabaya" and "ijazah": a lone letter is never a match.
    expect(wordMatches('surabaya', 's')).toBe(false);
    expect(wordMatches('ijazah', 'i')).toBe(false);
    expect(wordMatches('pasword', 'pas')).toBe(false);
  });

  it('matches Indonesian affixed forms of the same word, not other words inside it', () => {
    expect(wordMatches('perekaman', 'rekam')).toBe(true);
    expect(wordMatches('rekam', 'perekaman')).toBe(true);
    expect(wordMatches('kematian', 'mati')).toBe(true);
    expect(wordMatches('pekerjaan', 'kerja')).toBe(true);
    expect(wordMatches('surabaya', 'raya')).toBe(false);
    expect(wordMatches('pekalongan', 'pekan')).toBe(false);
  });

  it('tells real matches from Pagefind’s prefix fallback', async () => {
    const index = await SearchIndex.open(fakePagefind().api);
    expect(await containsQueryWords(await searchGroups(index, 'paspor'), ['paspor'])).toBe(true);
    expect(await containsQueryWords(await searchGroups(index, 'psapor'), ['psapor'])).toBe(false);
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

describe('query understanding in the search', () => {
  it('leaves question and stop words out of the query Pagefind gets', async () => {
    const fake = fakePagefind();
    const outcome = await runSearch(await SearchIndex.open(fake.api), 'berapa biaya bikin paspor untuk saya?');
    expect(fake.searches.at(-1)?.term).toBe('paspor');
    expect(outcome).toMatchObject({ shownQuery: 'paspor', relaxed: false, notOffered: false, total: 3 });
  });

  it('lets the left-out words prefer the first services that carry them', async () => {
    // Without the hint the popular passport service leads (see searchGroups above).
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'bikin paspor');
    expect(outcome.groups[0]?.hits.map((h) => h.id)).toEqual(['haji', 'paspor']);
  });
});

describe('searching while the resident types', () => {
  it('answers with the other words when a word under three letters is no whole word, downloading nothing more', async () => {
    const fake = fakePagefind();
    const loadTerms = vi.fn(async () => terms());
    const outcome = await runSearch(await SearchIndex.open(fake.api), 'paspor ha', {}, loadTerms);
    expect(outcome).toMatchObject({ relaxed: true, shownQuery: 'paspor', notOffered: false });
    expect(outcome.groups[0]?.hits.length).toBeGreaterThan(0);
    expect(fake.merged.has('pengumuman')).toBe(false);
    expect(loadTerms).not.toHaveBeenCalled();
  });

  it('keeps a two-letter word that is a whole word of a page', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'kk paspor', {}, async () => terms());
    expect(outcome.shownQuery).not.toBe('paspor');
  });

  it('stops before the steps that download more once the query is no longer current', async () => {
    const fake = fakePagefind();
    const loadTerms = vi.fn(async () => terms());
    await runSearch(await SearchIndex.open(fake.api), 'qwxzvbn paspr', {}, loadTerms, () => false);
    expect(fake.merged.has('pengumuman')).toBe(false);
    expect(loadTerms).not.toHaveBeenCalled();
  });

  it('waits for typing to settle before downloading more, and downloads nothing when the resident typed on meanwhile', async () => {
    const fake = fakePagefind();
    const loadTerms = vi.fn(async () => terms());
    let current = true;
    const settle = vi.fn(async () => {
      // Nothing beyond the first search has been downloaded yet, then the resident types on.
      expect(fake.merged.has('pengumuman')).toBe(false);
      current = false;
    });
    await runSearch(await SearchIndex.open(fake.api), 'lebaran', {}, loadTerms, () => current, settle);
    expect(settle).toHaveBeenCalledOnce();
    expect(fake.merged.has('pengumuman')).toBe(false);
    expect(loadTerms).not.toHaveBeenCalled();
    // Answered by the first search: no wait at all.
    const quick = vi.fn(async () => undefined);
    await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor', {}, loadTerms, () => true, quick);
    expect(quick).not.toHaveBeenCalled();
  });
});
