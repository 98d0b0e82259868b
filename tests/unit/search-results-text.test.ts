// The words around the /cari/ results and the address that keeps a search.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id.ts';
import { filtersFromAddress, searchQueryString } from '../../src/search/core/address.ts';
import type { SearchOutcome } from '../../src/search/core/engine.ts';
import { availabilityTag, highlightTerms, resultFacts, type SearchStrings, statusLine } from '../../src/search/core/results-text.ts';

const strings: SearchStrings = t.searchResults;
const outcome = (over: Partial<SearchOutcome> = {}): SearchOutcome => ({
  query: 'ktp',
  shownQuery: 'ktp',
  corrected: false,
  relaxed: false,
  notOffered: false,
  missing: [],
  unmatched: [],
  elsewhere: null,
  suggestion: null,
  groups: [],
  total: 4,
  notSearched: [],
  ...over,
});

describe('statusLine', () => {
  it('counts the results, saying when filters narrowed them', () => {
    expect(statusLine(outcome(), false, strings)).toBe('4 hasil untuk “ktp”.');
    expect(statusLine(outcome(), true, strings)).toBe('4 hasil untuk “ktp” dengan saringan yang dipilih.');
  });

  it('says which words were searched instead when the query was corrected or relaxed', () => {
    expect(statusLine(outcome({ query: 'ktpp', corrected: true }), false, strings)).toBe(
      'Tidak ada hasil yang cocok untuk “ktpp”. Menampilkan 4 hasil untuk “ktp”.',
    );
    expect(statusLine(outcome({ query: 'ktp baru anak', relaxed: true }), false, strings)).toContain('Menampilkan 4 hasil untuk “ktp”');
  });

  it('names the words no page has when the others named the service ("pajak mobil avanza")', () => {
    const relaxed = outcome({ query: 'pajak mobil avanza', shownQuery: 'pajak mobil', relaxed: true, unmatched: ['avanza'] });
    expect(statusLine(relaxed, false, strings)).toBe(
      'Kata “avanza” tidak ada di halaman mana pun. Menampilkan 4 hasil untuk “pajak mobil”.',
    );
    // Several words: "Kata-kata", as Indonesian says it.
    const two = outcome({ query: 'ktp kelindes bengkok', shownQuery: 'ktp', relaxed: true, unmatched: ['kelindes', 'bengkok'] });
    expect(statusLine(two, false, strings)).toBe(
      'Kata-kata “kelindes”, “bengkok” tidak ada di halaman mana pun. Menampilkan 4 hasil untuk “ktp”.',
    );
  });

  it('offers help when nothing is found or the service is not offered here', () => {
    expect(statusLine(outcome({ total: 0 }), false, strings)).toBe(`Tidak ada hasil untuk “ktp”. ${strings.noneHelp}`);
    expect(statusLine(outcome({ notOffered: true, total: 0 }), false, strings)).toBe('Tidak ada layanan untuk “ktp” di MPP ini.');
  });

  it('names the word no page has, once, and labels what follows as near matches', () => {
    const line = statusLine(outcome({ query: 'izin edar bpom', notOffered: true, missing: ['bpom'], total: 3 }), false, strings);
    expect(line).toBe(
      'Tidak ada layanan untuk “bpom” di MPP ini. Layanan terdekat, yang memuat kata lain dari pencarian Anda, ada di bawah.',
    );
    expect(statusLine(outcome({ notOffered: true, missing: ['visa', 'turis'], total: 0 }), false, strings)).toBe(
      'Tidak ada layanan untuk “visa”, “turis” di MPP ini.',
    );
  });

  it('names a short word with its neighbour, and never a long query whole', () => {
    const line = (query: string, missing: string[]) => statusLine(outcome({ query, notOffered: true, missing, total: 2 }), false, strings);
    expect(line('cara daftar kartu pra kerja online', ['pra'])).toMatch(/^Tidak ada layanan untuk “pra kerja” di MPP ini\./);
    expect(line('misah kk karo wong tuo', ['tuo'])).toMatch(/^Tidak ada layanan untuk “wong tuo” di MPP ini\./);
    expect(line('sa pu keluarga baru datang dari jayapura, mau jadi warga sini', ['pu', 'jayapura'])).toMatch(
      /^Tidak ada layanan untuk “pu keluarga”, “jayapura” di MPP ini\./,
    );
    // Three words or fewer: the whole query is short enough to say.
    expect(line('kartu pra kerja', ['pra'])).toMatch(/^Tidak ada layanan untuk “kartu pra kerja” di MPP ini\./);
  });
});

describe('services this MPP lists but serves elsewhere', () => {
  const elsewhere = {
    title: 'Pendaftaran Nikah',
    url: '/layanan/pendaftaran-nikah/',
    note: 'Pendaftaran dan pencatatan nikah dilayani di KUA kecamatan tempat akad nikah, tidak di MPP.',
  };

  it('says first that the service found first is served elsewhere, and where, then counts the results', () => {
    expect(statusLine(outcome({ query: 'daftar nikah', elsewhere, total: 3 }), false, strings)).toBe(
      '“Pendaftaran Nikah” tidak dilayani di MPP ini. Pendaftaran dan pencatatan nikah dilayani di KUA kecamatan tempat akad nikah, tidak di MPP. 3 hasil untuk “daftar nikah”.',
    );
    // A relaxed search still names the words no page has after it.
    const relaxed = outcome({ query: 'daftar nikah kua xyz', shownQuery: 'daftar nikah', relaxed: true, unmatched: ['xyz'], elsewhere });
    expect(statusLine(relaxed, false, strings)).toMatch(
      /^“Pendaftaran Nikah” tidak dilayani di MPP ini\. .+ Kata “xyz” tidak ada di halaman mana pun\./,
    );
  });

  it('tags a limited service and one served elsewhere on the result, and nothing else', () => {
    expect(availabilityTag('layanan', { ketersediaan: 'tidak-tersedia' }, strings)).toBe('Tidak dilayani di MPP ini');
    expect(availabilityTag('layanan', { ketersediaan: 'terbatas' }, strings)).toBe('Dibatasi di MPP ini');
    expect(availabilityTag('layanan', { ketersediaan: 'penuh' }, strings)).toBe('');
    expect(availabilityTag('layanan', {}, strings)).toBe('');
    // A guide or an announcement that says "tidak-tersedia" in a meta is no service.
    expect(availabilityTag('pengumuman', { ketersediaan: 'tidak-tersedia' }, strings)).toBe('');
  });
});

describe('result facts and highlighting', () => {
  it('shows gerai and cost for a service, the agency for a gerai, the date for an announcement', () => {
    expect(resultFacts('layanan', { gerai: 'Dukcapil', biaya: 'Gratis' }, strings)).toBe('Dukcapil · Gratis');
    expect(resultFacts('gerai', { instansi: 'Disdukcapil' }, strings)).toBe('Disdukcapil');
    expect(resultFacts('pengumuman', { tanggal: '2024-09-04' }, strings)).toBe('Diterbitkan 4 September 2024');
    expect(resultFacts('pengumuman', { tanggal: 'kemarin' }, strings)).toBe('Diterbitkan kemarin');
    expect(resultFacts('halaman', { gerai: 'x' }, strings)).toBe('');
  });

  it('highlights the meaningful words, split at hyphens', () => {
    expect(highlightTerms('akta kelahiran')).toEqual(['akta', 'kelahiran']);
    expect(highlightTerms('surat-pindah')).toEqual(['surat', 'pindah']);
  });
});

describe('search address', () => {
  it('keeps the trimmed query and the chosen filters, nothing when empty', () => {
    const values: Record<string, string> = { tipe: 'layanan', gerai: '' };
    expect(searchQueryString('  kartu keluarga ', (key) => values[key])).toBe('q=kartu+keluarga&tipe=layanan');
    expect(searchQueryString('   ', () => undefined)).toBe('');
  });

  it('takes from the address only filter values the page offers', () => {
    const params = new URLSearchParams('q=ktp&tipe=layanan&gerai=tidak-ada&instansi=opd');
    expect(filtersFromAddress(params, (key, value) => key !== 'gerai' || value === 'dukcapil')).toEqual({
      tipe: 'layanan',
      instansi: 'opd',
    });
  });
});
