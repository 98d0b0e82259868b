// What the search makes of words that describe the resident's case rather than name a
// service, of services the words name that lack one of them, and of words only
// announcements have (engine.ts, named-services.ts), on a Pagefind stand-in.
import { describe, expect, it } from 'vitest';
import { looksLikeAcronym } from '../../src/search/core/unknown-words.ts';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { type FakePage, pagefindStandIn } from '../fixtures/fake-pagefind.ts';

const PAGES: FakePage[] = [
  { id: 'paspor', tipe: 'layanan', title: 'Paspor', words: { paspor: { score: 10, title: true } } },
  {
    id: 'pajak-mobil',
    tipe: 'layanan',
    title: 'Pajak Mobil',
    words: { pajak: { score: 8, title: true }, mobil: { score: 8, title: true } },
  },
  // Other taxes: "pajak" in their names, "mobil" somewhere in their text.
  ...['pbb', 'daerah', 'reklame'].map((kind) => ({
    id: `pajak-${kind}`,
    tipe: 'layanan',
    title: `Pajak ${kind}`,
    words: { pajak: { score: 3, title: true }, mobil: { score: 1 } },
  })),
  { id: 'kiriman', tipe: 'layanan', title: 'Pengiriman Dokumen', words: { kerja: { score: 3 }, luar: { score: 6 }, negeri: { score: 6 } } },
  { id: 'sim-baru', tipe: 'layanan', title: 'SIM Baru', words: { sim: { score: 10, title: true } } },
  { id: 'sim-perpanjangan', tipe: 'layanan', title: 'Perpanjangan SIM', words: { sim: { score: 9, title: true }, motor: { score: 2 } } },
  // Mentions every word of "akta lahir bayi" in its text, and scores higher for it.
  {
    id: 'bpjs-data',
    tipe: 'layanan',
    title: 'Perubahan Data BPJS',
    words: { akta: { score: 4 }, lahir: { score: 4 }, bayi: { score: 6 } },
  },
  {
    id: 'akta-kelahiran',
    tipe: 'layanan',
    title: 'Akta Kelahiran',
    words: { akta: { score: 5, title: true }, lahir: { score: 4, title: true } },
  },
  { id: 'kartu-kuning', tipe: 'layanan', title: 'Kartu Kuning', words: { kartu: { score: 8, title: true } } },
  // A general word: more services are named by it than one query names.
  ...['reklame', 'apotek', 'usaha', 'bangunan'].map((kind) => ({
    id: `izin-${kind}`,
    tipe: 'layanan',
    title: `Izin ${kind}`,
    words: { izin: { score: 5, title: true } },
  })),
  // Words on too many pages to be rare: one only announcements have, one a page of the MPP is about.
  ...[1, 2, 3, 4].map((n) => ({ id: `berita-${n}`, tipe: 'pengumuman', title: `Berita ${n}`, words: { disabilitas: { score: n } } })),
  ...[1, 2, 3].map((n) => ({ id: `gerai-${n}`, tipe: 'gerai', title: `Gerai ${n}`, words: { parkir: { score: n } } })),
  { id: 'parkir', tipe: 'halaman', title: 'Parkir', words: { parkir: { score: 9, title: true } } },
];

const search = async (query: string) => runSearch(await SearchIndex.open(pagefindStandIn(PAGES).api), query);
const ids = (outcome: Awaited<ReturnType<typeof search>>) => outcome.groups.flatMap((g) => g.hits.map((h) => h.id));

describe('words that describe the case', () => {
  it('takes a word no page has after "buat", "untuk", "kena" … as the resident\'s case, not a missing service', async () => {
    const outcome = await search('paspor buat umroh');
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true, shownQuery: 'paspor', unmatched: ['umroh'] });
    expect(ids(outcome)[0]).toBe('paspor');
    expect((await search('sim kena razia')).notOffered).toBe(false);
  });

  it('reads a word no page has after words naming a service as a detail, and says the page has no such word', async () => {
    const outcome = await search('pajak mobil antik');
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true, unmatched: ['antik'], shownQuery: 'pajak mobil' });
    expect(ids(outcome)[0]).toBe('pajak-mobil');
  });

  it('searches the words before "buat" when they name a service and no page has every word', async () => {
    const outcome = await search('paspor buat kerja luar negeri');
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true, shownQuery: 'paspor' });
    expect(ids(outcome)[0]).toBe('paspor');
  });

  it('still says "not offered here" for a word no page has that is what the resident asks for', async () => {
    // Beside a general word, or shaped like an agency's acronym, the word is what is asked for.
    expect(await search('izin trayek')).toMatchObject({ notOffered: true, missing: ['trayek'] });
    // One word may name only the kind of document; a word before the service's name is the thing asked for.
    expect(await search('paspor umroh')).toMatchObject({ notOffered: true, missing: ['umroh'] });
    expect(await search('antik pajak mobil')).toMatchObject({ notOffered: true, missing: ['antik'] });
    expect(await search('paspor bpom')).toMatchObject({ notOffered: true, missing: ['bpom'] });
    // After a marker, but nothing else names a service: the word is what is asked for.
    expect(await search('buat umroh')).toMatchObject({ notOffered: true, missing: ['umroh'] });
  });
});

describe('services the words name', () => {
  it('puts the service the words name before one that only mentions every word', async () => {
    expect(ids(await search('akta lahir bayi'))).toEqual(['akta-kelahiran', 'bpjs-data']);
  });

  it('lists a service the words name even when its page lacks one of them ("sim motor")', async () => {
    expect(ids(await search('sim motor'))).toEqual(['sim-perpanjangan', 'sim-baru']);
  });
});

describe('a word on no service', () => {
  it('says "not offered here" for a word only announcements have, however many ("kartu disabilitas")', async () => {
    const outcome = await search('kartu disabilitas');
    expect(outcome).toMatchObject({ notOffered: true, missing: ['disabilitas'] });
    expect(ids(outcome)).toEqual(['kartu-kuning']);
  });

  it('answers a word that names one of the MPP\'s own pages ("parkir") without the notice', async () => {
    const outcome = await search('kartu parkir');
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true });
    expect(ids(outcome)).toContain('parkir');
  });
});

describe('looksLikeAcronym', () => {
  it("tells an agency's or product's acronym from an ordinary word or a brand", () => {
    for (const word of ['bpom', 'bca', 'ojk', 'kdrt', 'blk', 'umr', 'sptjm']) expect(looksLikeAcronym(word), word).toBe(true);
    for (const word of ['beat', 'box', 'galon', 'kos', 'truk', 'avanza', 'diplomatik', 'bri'])
      expect(looksLikeAcronym(word), word).toBe(false);
  });
});
