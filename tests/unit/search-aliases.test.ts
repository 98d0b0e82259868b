import { describe, expect, it } from 'vitest';
import { distinctTermWords } from '../../src/search/core/page-terms.ts';
import {
  AGENCY_GROUPS,
  dictionaryWords,
  expandSearchTerms,
  matchingGroups,
  SYNONYM_GROUPS,
  WORD_FAMILIES,
} from '../../src/search/core/aliases.ts';
import { words } from '../../src/search/core/normalize.ts';
import { buildTermList, type TermSource } from '../../src/search/core/terms.ts';

const phrase = (text: string) => words(text).join(' ');

describe('the dictionary', () => {
  it('gives every phrase one meaning (no phrase in two groups)', () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    [...SYNONYM_GROUPS, ...AGENCY_GROUPS].forEach((group, i) => {
      for (const p of group.map(phrase)) {
        if (seen.has(p) && seen.get(p) !== i) duplicates.push(p);
        seen.set(p, i);
      }
    });
    expect(duplicates).toEqual([]);
  });

  it('puts every affix variant in one family only', () => {
    const all = WORD_FAMILIES.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('covers the abbreviations residents use most', () => {
    const flat = new Set([...SYNONYM_GROUPS, ...AGENCY_GROUPS].flat());
    for (const term of [
      'ktp',
      'e-ktp',
      'kk',
      'sim',
      'skck',
      'nib',
      'izin usaha',
      'npwp',
      'akta lahir',
      'kis',
      'passport',
      'imb',
      'pbb',
      'jht',
      'bpjs tk',
    ]) {
      expect(flat.has(term), term).toBe(true);
    }
  });
});

describe('expandSearchTerms', () => {
  const ktp = { nama: 'KTP-el Baru (Perekaman Pertama)', alias: ['ktp', 'bikin ktp', 'rekam ktp'] };

  it('adds the synonyms of the name and aliases', () => {
    const terms = expandSearchTerms(ktp);
    expect(terms).toContain('kartu tanda penduduk');
    expect(terms).toContain('e-ktp');
    expect(terms).toContain('bikin ktp');
  });

  it('adds affix variants the stemmer misses', () => {
    const terms = expandSearchTerms(ktp);
    expect(expandSearchTerms({ nama: 'KTP-el Baru (Perekaman Pertama)' })).toContain('rekam');
    expect(terms).toContain('merekam');
    expect(terms).toContain('buat');
    expect(expandSearchTerms({ nama: 'Perpanjangan SIM A dan SIM C' })).toEqual(
      expect.arrayContaining(['perpanjang', 'surat izin mengemudi']),
    );
  });

  it('does not repeat single words that are already in the name', () => {
    const terms = expandSearchTerms(ktp);
    expect(terms).not.toContain('ktp');
    expect(new Set(terms.map(phrase)).size).toBe(terms.length);
  });

  it('adds a group only for a whole alias or a phrase in the name, not a word inside an alias', () => {
    const kia = expandSearchTerms({ nama: 'Kartu Identitas Anak (KIA)', alias: ['kia', 'ktp anak'] });
    expect(kia).not.toContain('kartu tanda penduduk');
    expect(kia).toContain('ktp anak');
  });

  it('brings agency synonyms from the related agency name only for agency groups', () => {
    const police = expandSearchTerms({ nama: 'SKCK Baru', related: ['Kepolisian Resor Pekalongan Kota'] });
    expect(police).toEqual(expect.arrayContaining(['polisi', 'polres', 'surat kelakuan baik']));
    // A service group is not pulled in through the agency name.
    const tax = expandSearchTerms({ nama: 'Asistensi SPT', related: ['Kantor Pelayanan Pajak Pratama NPWP'] });
    expect(tax).not.toContain('nomor pokok wajib pajak');
  });

  it('handles a page without aliases or matches', () => {
    expect(expandSearchTerms({ nama: 'Layanan Lain' })).toEqual([]);
  });

  it('reports which groups apply', () => {
    const groups = matchingGroups({ nama: 'Pendaftaran NPWP', alias: ['nomor pajak'] });
    expect(groups.some((g) => g.includes('npwp'))).toBe(true);
  });
});

describe('hidden terms on a page', () => {
  it('lists each word once, as Pagefind indexes it, and leaves out the words of the title', () => {
    const terms = ['iui', 'izin usaha', 'surat izin usaha', 'Ijin Usaha', 'KTP-el', 'ktpel', 'e-KTP', 'perizinan'];
    expect(distinctTermWords(terms, 'Pencabutan Izin Usaha Industri')).toBe('iui surat Ijin KTP-el e-KTP perizinan');
    expect(distinctTermWords([], 'KTP')).toBe('');
  });
});

describe('term list for suggestions', () => {
  const source: TermSource = {
    services: [
      { nama: 'Penggantian Paspor', alias: ['paspor', 'passport'] },
      { nama: 'Penggantian Paspor Hilang', alias: ['paspor hilang'] },
      { nama: 'SKCK Baru', alias: ['skck'] },
    ],
    gerai: [{ nama: 'Imigrasi', instansi: { nama: 'Kantor Imigrasi Pemalang', singkatan: 'Imigrasi' } }],
    announcements: [{ judul: 'Jadwal Layanan Ramadan 2027', tag: ['jadwal'] }],
    pages: [{ judul: 'Tentang MPP' }],
  };

  it('lists words, most frequent first, without short words or numbers', () => {
    const { terms } = buildTermList(source);
    expect(terms[0]).toBe('paspor');
    expect(terms).toContain('skck');
    expect(terms).toContain('ramadan');
    expect(terms).not.toContain('2027');
    expect(terms.every((t) => t.length >= 3)).toBe(true);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('includes the shared dictionary and respects the cap', () => {
    expect(buildTermList(source).terms).toContain('perekaman');
    expect(buildTermList(source, 5).terms).toHaveLength(5);
    expect(dictionaryWords()).toContain('kartu');
  });
});
