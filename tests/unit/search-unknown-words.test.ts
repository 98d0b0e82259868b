// What the search makes of words no page has beyond their place in the query
// (unknown-words.ts, engine.ts): chat and passive verbs and the language's function words are
// set aside, never "not offered here"; a slip corrected goes on being searched corrected even
// when no page has every word; a letter replaced is taken for a slip only when the word fits.
import { describe, expect, it } from 'vitest';
import { functionWords } from '../../src/search/build/function-words.ts';
import { runSearch, SearchIndex } from '../../src/search/core/engine.ts';
import { termIndex } from '../../src/search/core/suggest.ts';
import { looksLikeVerbForm, namesNoService, standardSpelling } from '../../src/search/core/unknown-words.ts';
import { type FakePage, pagefindStandIn } from '../fixtures/fake-pagefind.ts';

const PAGES: FakePage[] = [
  { id: 'paspor', tipe: 'layanan', title: 'Paspor', words: { paspor: { score: 10, title: true } } },
  {
    id: 'paspor-hilang',
    tipe: 'layanan',
    title: 'Paspor Hilang',
    words: { paspor: { score: 8, title: true }, hilang: { score: 8, title: true } },
  },
  {
    id: 'pajak-mobil',
    tipe: 'layanan',
    title: 'Pajak Mobil',
    words: { pajak: { score: 8, title: true }, mobil: { score: 8, title: true } },
  },
  { id: 'sim-baru', tipe: 'layanan', title: 'SIM Baru', words: { sim: { score: 10, title: true }, mobil: { score: 2 } } },
  // "andal" is one letter from "amdal", and on no page with "izin".
  { id: 'taspen-andal', tipe: 'layanan', title: 'Taspen Andal', words: { andal: { score: 6, title: true } } },
  ...['reklame', 'apotek', 'usaha', 'bangunan'].map((kind) => ({
    id: `izin-${kind}`,
    tipe: 'layanan',
    title: `Izin ${kind}`,
    // "sepeda" on several services, none of them with "pajak".
    words: { izin: { score: 5, title: true }, sepeda: { score: 1 } },
  })),
  // A function word only one announcement has.
  { id: 'berita-lagi', tipe: 'pengumuman', title: 'Buka lagi', words: { lagi: { score: 1 } } },
];

const TERMS = ['paspor', 'pajak', 'mobil', 'sim', 'izin', 'andal', 'hilang'];
const ORDINARY = ['padahal', 'lagi', 'sana'];

const search = async (query: string, ordinary: readonly string[] = ORDINARY) =>
  runSearch(await SearchIndex.open(pagefindStandIn(PAGES).api), query, {}, async () => termIndex(TERMS, [], ordinary));
const ids = (outcome: Awaited<ReturnType<typeof search>>) => outcome.groups.flatMap((g) => g.hits.map((h) => h.id));

describe('looksLikeVerbForm', () => {
  it('tells a chat or passive verb from a noun that may name what is asked for', () => {
    for (const word of [
      'kecuci',
      'kebawa',
      'kependem',
      'dikasih',
      'dicoret',
      'ditanggung',
      'dibantuin',
      'ngocor',
      'ngerekam',
      'cocokin',
      'gabungin',
    ])
      expect(looksLikeVerbForm(word), word).toBe(true);
    for (const word of [
      'vaksin',
      'bensin',
      'diplomatik',
      'diskon',
      'dinas',
      'kesbangpol',
      'kenaikan',
      'keabsahan',
      'umroh',
      'legalisir',
      'kapal',
    ])
      expect(looksLikeVerbForm(word), word).toBe(false);
  });
});

describe('namesNoService', () => {
  const ordinary = new Set(['dapat', 'dekat', 'lagi', 'padahal', 'balik']);

  it('knows case markers, quantities, times and function words in standard or Jakarta spelling', () => {
    for (const word of ['pake', 'enam', 'juta', 'persen', 'maret', 'hr', 'lagi', 'dapet', 'deket', 'pdhl', 'hrs', 'syrt'])
      expect(namesNoService(word, ordinary), word).toBe(true);
    // Names of things, and acronyms, even those with a short function word's consonants ("blk": balik).
    for (const word of ['paspor', 'kapal', 'umroh', 'galon', 'beat', 'bpom', 'kdrt', 'bpkb', 'blk'])
      expect(namesNoService(word, ordinary), word).toBe(false);
  });

  it('knows a stop word or a quantity with a letter typed twice or left out, not with a letter replaced', () => {
    for (const word of ['tahunn', 'bulann']) expect(namesNoService(word, ordinary), word).toBe(true);
    // "lagu" (a song) is "lagi" with a letter replaced; "asing" (foreign) lacks the first letter of "masing".
    for (const word of ['lagu', 'asing']) expect(namesNoService(word, new Set([...ordinary, 'masing', 'asking'])), word).toBe(false);
  });

  it('knows a stop word of four letters or more with one letter left out ("sudh", "bkin"), not a kind of request ("pertma")', () => {
    for (const word of ['sudh', 'bkin']) expect(namesNoService(word, ordinary), word).toBe(true);
    // "pertma" is the first KTP, a kind of request; "pajk" and "nikh" name services.
    for (const word of ['pertma', 'prtama', 'pajk', 'nikh']) expect(namesNoService(word, ordinary), word).toBe(false);
  });

  it('knows a function word whose "ng" chat shorthand writes "g" ("skrg" sekarang, "dtg" datang), not an acronym', () => {
    const words = new Set([...ordinary, 'sekarang', 'datang']);
    for (const word of ['skrg', 'dtg']) expect(namesNoService(word, words), word).toBe(true);
    for (const word of ['skg', 'dgt', 'sgr']) expect(namesNoService(word, words), word).toBe(false);
  });

  it('knows Javanese and Sundanese numbers as quantities ("umur pitulas", "anak tilu")', () => {
    for (const word of ['pitulas', 'selawe', 'tilu', 'rolas']) expect(namesNoService(word, ordinary), word).toBe(true);
  });

  it('reads the Jakarta "e" for the "a" of the last syllable', () => {
    expect(['dapet', 'sempet', 'males', 'pinjem'].map(standardSpelling)).toEqual(['dapat', 'sempat', 'malas', 'pinjam']);
    expect(['paspor', 'ktp', 'taun'].map(standardSpelling)).toEqual([null, null, null]);
  });
});

describe('words no page has that name no service', () => {
  it('sets a chat or passive verb aside and answers with the service the other words name ("paspor kelindes")', async () => {
    const outcome = await search('paspor kelindes');
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true, unmatched: ['kelindes'] });
    expect(ids(outcome)[0]).toBe('paspor');
  });

  it('never corrects a function word into a page word: "pspor hlng bikin lagi" is no "bagi"', async () => {
    const pages = PAGES.filter((p) => p.id !== 'berita-lagi');
    const index = await SearchIndex.open(pagefindStandIn(pages).api);
    const outcome = await runSearch(index, 'pspor hlng lagi', {}, async () => termIndex([...TERMS, 'bagi'], [], ORDINARY));
    expect(outcome).toMatchObject({ notOffered: false, corrected: true, unmatched: ['lagi'] });
    expect(outcome.suggestion).toBe('paspor hilang lagi');
    expect(ids(outcome)[0]).toBe('paspor-hilang');
  });

  it('sets a function word aside when the term list knows it as one ("paspor padahal")', async () => {
    expect(await search('paspor padahal')).toMatchObject({ notOffered: false, unmatched: ['padahal'] });
    // Without the list, the same word is a service the MPP lacks.
    expect(await search('paspor padahal', [])).toMatchObject({ notOffered: true, missing: ['padahal'] });
  });

  it('sets a function word aside beside a word found only by its stem ("hilangnya padahal")', async () => {
    const outcome = await search('hilangnya padahal');
    expect(outcome).toMatchObject({ notOffered: false, unmatched: ['padahal'] });
    expect(ids(outcome)[0]).toBe('paspor-hilang');
  });

  it('sets a quantity or a month aside ("paspor enam maret")', async () => {
    const outcome = await search('paspor enam maret', []);
    expect(outcome).toMatchObject({ notOffered: false, unmatched: ['enam', 'maret'] });
    expect(ids(outcome)[0]).toBe('paspor');
  });

  it('does not take a function word only an announcement has for a missing service ("sim lagi")', async () => {
    const outcome = await search('sim lagi');
    expect(outcome.notOffered).toBe(false);
    expect(ids(outcome)[0]).toBe('sim-baru');
    expect(await search('sim lagi', [])).toMatchObject({ notOffered: true, missing: ['lagi'] });
  });

  it('still says "not offered here" when a noun no page has is beside the verb ("kapal kelindes")', async () => {
    expect(await search('kapal kelindes')).toMatchObject({ notOffered: true });
  });
});

describe('functionWords', () => {
  it("gives the build the language's function words for terms.json, not the words that name services", () => {
    const words = functionWords();
    for (const word of ['padahal', 'lagi', 'sana', 'pernah']) expect(words, word).toContain(word);
    // English ones too ("lost my ktp, how much"), but not its two-letter country codes.
    for (const word of ['my', 'for', 'how', 'much', 'only']) expect(words, word).toContain(word);
    expect(words).not.toContain('ba');
    for (const word of ['paspor', 'ktp', 'pajak', 'izin', 'kapal']) expect(words, word).not.toContain(word);
    expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
  });
});

describe('slips corrected', () => {
  it('goes on with the corrected words when no page has all of them ("pjak mobil sepeda")', async () => {
    const outcome = await search('pjak mobil sepeda');
    expect(outcome).toMatchObject({ notOffered: false, corrected: true, relaxed: true });
    expect(ids(outcome)[0]).toBe('pajak-mobil');
  });

  it('corrects every word of a query typed without vowels ("paspr hlang")', async () => {
    expect(ids(await search('paspr hlang'))[0]).toBe('paspor-hilang');
  });

  it('does not take a word with one letter replaced for a slip when the correction fits no other word ("izin amdal")', async () => {
    expect(await search('izin amdal')).toMatchObject({ notOffered: true, missing: ['amdal'], corrected: false });
  });
});

describe('words no page has in a query that tells the case', () => {
  const CASE_PAGES: FakePage[] = [
    {
      id: 'ktp-hilang',
      tipe: 'layanan',
      title: 'KTP-el Hilang',
      words: { ktp: { score: 8, title: true }, hilang: { score: 8, title: true }, laporan: { score: 2 }, pengganti: { score: 2 } },
    },
    { id: 'ktp-baru', tipe: 'layanan', title: 'KTP-el Baru', words: { ktp: { score: 8, title: true } } },
    {
      id: 'rekening',
      tipe: 'layanan',
      title: 'Rekening Tabungan',
      words: { rekening: { score: 8, title: true }, tabungan: { score: 8, title: true }, setoran: { score: 2 } },
    },
    // Found by its alias terms only: the title has none of the words.
    {
      id: 'damkar',
      tipe: 'layanan',
      title: 'Pemadam Kebakaran',
      kata: 'rumah api asap',
      words: { rumah: { score: 6, title: true }, api: { score: 6, title: true }, asap: { score: 4, title: true } },
    },
  ];
  const searchCase = async (query: string) =>
    runSearch(await SearchIndex.open(pagefindStandIn(CASE_PAGES).api), query, {}, async () => termIndex([], [], ORDINARY));

  it('takes such a word for a detail wherever it stands once the other words name the service ("kalung ktp hilang laporan pengganti")', async () => {
    const outcome = await searchCase('kalung ktp hilang laporan pengganti');
    expect(outcome).toMatchObject({ notOffered: false, relaxed: true, unmatched: ['kalung'] });
    expect(ids(outcome)[0]).toBe('ktp-hilang');
  });

  it('keeps "not offered here" for a short query ("dompet ktp hilang")', async () => {
    expect(await searchCase('dompet ktp hilang')).toMatchObject({ notOffered: true, missing: ['dompet'] });
  });

  it('keeps "not offered here" when the word follows a word of the name, the kind asked for ("rekening saham tabungan setoran")', async () => {
    expect(await searchCase('rekening saham tabungan setoran')).toMatchObject({ notOffered: true, missing: ['saham'] });
    // The same word after the whole name is a detail.
    expect(await searchCase('rekening tabungan setoran saham')).toMatchObject({ notOffered: false, unmatched: ['saham'] });
  });

  it('keeps "not offered here" when such words are as many as the words of the name ("kalung dompet cincin ktp hilang")', async () => {
    expect(await searchCase('kalung dompet cincin ktp hilang')).toMatchObject({ notOffered: true });
  });

  it('keeps "not offered here" for a word before a service found only by its aliases ("ular rumah api asap")', async () => {
    expect(await searchCase('ular rumah api asap')).toMatchObject({ notOffered: true, missing: ['ular'] });
  });
});
