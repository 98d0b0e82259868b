import { describe, expect, it, vi } from 'vitest';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { searchGroups, servicesBeforeGuides } from '../../src/search/core/groups.ts';
import type { Hit } from '../../src/search/core/pagefind-api.ts';
import { containsQueryWords, stemsOf, wordMatches } from '../../src/search/core/query-words.ts';
import { termIndex } from '../../src/search/core/suggest.ts';
import { type FakePage, pagefindStandIn } from '../fixtures/fake-pagefind.ts';

const PAGES: FakePage[] = [
  {
    id: 'paspor',
    tipe: 'layanan',
    populer: true,
    title: 'Penggantian Paspor',
    words: { paspor: { score: 10, title: true }, pas: { score: 1, marked: 'paspor' } },
  },
  {
    id: 'haji',
    tipe: 'layanan',
    title: 'Rekomendasi Paspor Haji',
    kata: 'bikin paspor haji',
    words: { paspor: { score: 11, title: true } },
  },
  { id: 'kia', tipe: 'layanan', title: 'Kartu Identitas Anak', words: { pas: { score: 3, marked: 'pas' } } },
  { id: 'imigrasi', tipe: 'gerai', title: 'Gerai Imigrasi', words: { paspor: { score: 4 } } },
  { id: 'berita', tipe: 'pengumuman', title: 'Paspor Elektronik Tersedia', words: { paspor: { score: 10, title: true } } },
  { id: 'libur', tipe: 'pengumuman', title: 'Libur Lebaran', words: { lebaran: { score: 9, title: true } } },
  { id: 'umroh', tipe: 'layanan', title: 'Rekomendasi Umroh', words: { umroh: { score: 6, title: true }, visa: { score: 1 } } },
  { id: 'umroh-info', tipe: 'pengumuman', title: 'Info Umroh', words: { umroh: { score: 20, title: true }, visa: { score: 5 } } },
  { id: 'kk', tipe: 'layanan', title: 'Kartu Keluarga', words: { kk: { score: 5, title: true } } },
  { id: 'krk', tipe: 'layanan', title: 'Keterangan Rencana Kota', words: { kkpr: { score: 8, marked: 'kkpr' } } },
  { id: 'visa', tipe: 'halaman', title: 'Tanya Jawab Visa', words: { visa: { score: 30, title: true } } },
  { id: 'air-aduan', tipe: 'layanan', title: 'Pengaduan Air', words: { air: { score: 8, title: true }, meter: { score: 4 } } },
  { id: 'reklame', tipe: 'layanan', title: 'Izin Reklame', words: { izin: { score: 9, title: true }, reklame: { score: 9, title: true } } },
  {
    id: 'apotek',
    tipe: 'layanan',
    title: 'Izin Apotek dan Toko Obat',
    words: { izin: { score: 5, title: true }, toko: { score: 6, title: true } },
  },
];

const fakePagefind = () => pagefindStandIn(PAGES);

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
      [null, {}],
      ['paspor', {}],
    ]);
    await searchGroups(index, 'haji');
    expect(fake.searches).toHaveLength(6);
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

describe('fallback when no page has every word', () => {
  it('ranks by how many words match, services ahead of announcements matching as many', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'visa umroh paspor', {}, async () => terms());
    expect(outcome).toMatchObject({ relaxed: true, notOffered: false, shownQuery: 'visa umroh' });
    const order = outcome.groups.flatMap((g) => g.hits.map((h) => h.id));
    // Both match two words: the service first although the announcement scores higher;
    // the page that matches one word only, however well, comes after both.
    expect(order.indexOf('umroh')).toBeLessThan(order.indexOf('umroh-info'));
    expect(order.indexOf('umroh-info')).toBeLessThan(order.indexOf('visa'));
    expect(outcome.groups[0]?.type).toBe('layanan');
  });

  it('says the MPP does not offer it when a word is in no page, with the closest services', async () => {
    // An acronym no page has ("bpom") names what is asked for, even beside a service's name.
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor bpom', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({
      query: 'paspor bpom',
      notOffered: true,
      missing: ['bpom'],
      relaxed: false,
      corrected: false,
    });
    expect(outcome.groups.map((g) => g.type)).toEqual(['layanan']);
    expect(outcome.groups[0]?.hits.map((h) => h.id)).toEqual(['paspor', 'haji']);
  });

  it('says "not offered here" for a word no page has beside one word naming a service ("paspor diplomatik": a kind of passport)', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor diplomatik', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({ notOffered: true, missing: ['diplomatik'], relaxed: false });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('paspor');
  });

  it('does not say a detail of the request is missing ("paspor jakarta"): the service the rest names answers', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor jakarta', {}, async () => termIndex(['paspor']));
    expect(outcome).toMatchObject({ notOffered: false, missing: [] });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('paspor');
  });

  it('takes a three-letter word followed by words set aside as typed in full, not the start of a page word', async () => {
    // "umr" is no whole word of any page; "truk" after it shows the resident typed on.
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'visa umr truk', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: true });
    expect(outcome.missing).toContain('umr');
  });

  it('says so with no results at all for a word in no page, never showing fallback matches', async () => {
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'jakarta')).toMatchObject({ total: 0, notOffered: true });
    // "pasaran" is in no page; Pagefind's fallback would find pages with "pas".
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'pasaran')).toMatchObject({ total: 0, notOffered: true });
  });
});

describe('a distinctive word no page has', () => {
  it('is said first even when the other words find pages, which follow as near matches', async () => {
    // "umroh" and "visa" are both on pages; "bpom" is on none: the old search showed the
    // umroh pages as if they answered.
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'visa umroh bpom', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: true, missing: ['bpom'], relaxed: false, corrected: false });
    expect(outcome.groups.map((g) => g.type)).toEqual(['layanan']);
    expect(outcome.groups[0]?.hits[0]?.id).toBe('umroh');
  });

  it('looks for an affixed form no page has by its stem ("meteran" by "meter"), not saying it is missing', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'meteran air', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: false, missing: [], relaxed: true });
    expect(outcome.groups[0]?.hits[0]?.id).toBe('air-aduan');
  });

  it('looks for a chat form of a verb by its stem ("nambahin" by tambah, "nyetor" by setor), after the affixed stems', () => {
    expect(stemsOf('nambahin')).toContain('tambah');
    expect(stemsOf('nyetor')).toContain('setor');
    expect(stemsOf('cairin')).toContain('cair');
    expect(stemsOf('meteran')[0]).toBe('meter');
  });

  it('does not say a rare word is missing when it names another service here ("toko" of "toko obat")', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'izin reklame toko', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: false, missing: [], relaxed: true });
    expect(outcome.groups[0]?.hits.map((h) => h.id)).toEqual(['reklame', 'apotek']);
  });

  it('offers, never applies, the correction of a real word ("visi" is a word, not a slip of "visa")', async () => {
    const real = async () => termIndex(['paspor', 'haji', 'kartu', 'anak', 'umroh', 'visa'], ['visi']);
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'umroh visi', {}, real);
    expect(outcome).toMatchObject({ notOffered: true, missing: ['visi'], corrected: false, suggestion: 'umroh visa' });
    // The same slip in a word that is no word is shown corrected.
    const slip = await runSearch(await SearchIndex.open(fakePagefind().api), 'umroh visx', {}, real);
    expect(slip).toMatchObject({ notOffered: false, corrected: true, shownQuery: 'umroh visa' });
  });

  it('offers, never applies, a correction two edits away (another word, not a slip)', async () => {
    const withLong = async () => termIndex(['paspor', 'identitas']);
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor idntitass', {}, withLong);
    expect(outcome).toMatchObject({ notOffered: true, missing: ['idntitass'], corrected: false, suggestion: 'paspor identitas' });
  });

  it('takes a three-letter word typed in full that is no whole word of any page as missing, not as the start of another', async () => {
    // "umr" starts "umroh", but another word follows it: the resident meant "umr".
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'umr paspor', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: true, missing: ['umr'] });
    // As the last word it may still be being typed: searched as the start of "umroh".
    expect(await runSearch(await SearchIndex.open(fakePagefind().api), 'paspor umr', {}, async () => terms())).toMatchObject({
      notOffered: false,
    });
  });

  it('shows a slip corrected, labelled ("psapor" is no word)', async () => {
    const outcome = await runSearch(await SearchIndex.open(fakePagefind().api), 'psapor', {}, async () => terms());
    expect(outcome).toMatchObject({ notOffered: false, corrected: true, shownQuery: 'paspor' });
  });
});

const terms = () => termIndex(['paspor', 'haji', 'kartu', 'anak', 'umroh', 'visa']);

describe('servicesBeforeGuides', () => {
  const hit = (url: string, matched: string[], title: string, kata = ''): Hit => ({
    id: url,
    score: 1,
    prior: 1,
    matchedMetaFields: matched,
    data: async () => ({ url, excerpt: '', meta: { title, kata } }),
  });
  const order = async (hits: Hit[], query: string) =>
    (await servicesBeforeGuides([{ type: 'layanan', hits }], query))[0]?.hits.map((h) => h.id);

  it('puts the service the words name before the life-event guide that leads ("pindah domisili ke semarang")', async () => {
    const hits = [
      hit('/panduan/pindah-datang/', ['title'], 'Pindah Datang', 'pindah rumah'),
      hit('/layanan/bpjs/', [], 'BPJS Kesehatan'),
      hit('/layanan/surat-pindah/', ['kata'], 'Surat Keterangan Pindah', 'pindah domisili'),
    ];
    expect(await order(hits, 'pindah domisili ke semarang')).toEqual([
      '/layanan/surat-pindah/',
      '/panduan/pindah-datang/',
      '/layanan/bpjs/',
    ]);
  });

  it('leaves the guide first when no service is named by the words', async () => {
    const hits = [
      hit('/panduan/kelahiran-anak/', ['title'], 'Kelahiran Anak'),
      hit('/layanan/akta-kelahiran/', ['dokumen'], 'Akta Kelahiran'),
    ];
    expect(await order(hits, 'kelahiran')).toEqual(['/panduan/kelahiran-anak/', '/layanan/akta-kelahiran/']);
  });

  it('leaves the guide first when the query is one of its key phrases, word for word ("mau menikah")', async () => {
    const hits = [
      hit('/panduan/menikah/', ['title'], 'Menikah', 'mau menikah, baru menikah, kawin'),
      hit('/layanan/kartu-keluarga-baru/', ['kata'], 'Kartu Keluarga Baru', 'menikah pisah kk'),
    ];
    expect(await order(hits, 'Mau  Menikah')).toEqual(['/panduan/menikah/', '/layanan/kartu-keluarga-baru/']);
    expect(await order(hits, 'mau menikah lagi')).toEqual(['/layanan/kartu-keluarga-baru/', '/panduan/menikah/']);
  });
});
