import { describe, expect, it } from 'vitest';
import {
  canonicalQuery,
  FILLER_WORDS,
  foldText,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  SPELLING_VARIANTS,
  searchableQuery,
  words,
} from '../../src/lib/search/normalize.ts';

describe('normalizeQuery', () => {
  it('lower-cases, trims and collapses spaces', () => {
    expect(normalizeQuery('  Bikin   KTP  ')).toBe('bikin ktp');
  });

  it('turns punctuation into spaces but keeps hyphens and slashes inside words', () => {
    expect(normalizeQuery('KTP-el, hilang!!')).toBe('ktp-el hilang');
    expect(normalizeQuery('kartu ak/i?')).toBe('kartu ak/i');
    expect(normalizeQuery('- sim -')).toBe('sim');
  });

  it('folds typographic hyphens, quotes and accents', () => {
    expect(normalizeQuery('e‑KTP')).toBe('e-ktp');
    expect(normalizeQuery('“paspor”')).toBe('paspor');
    expect(foldText('Café')).toBe('cafe');
  });

  it('caps very long input at a word boundary', () => {
    const long = 'perpanjang sim '.repeat(20);
    const out = normalizeQuery(long);
    expect(out.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(out.endsWith(' ')).toBe(false);
    expect(long.startsWith(out)).toBe(true);
  });

  it('is empty for empty or punctuation-only input', () => {
    expect(normalizeQuery('')).toBe('');
    expect(normalizeQuery(' ?! ')).toBe('');
  });
});

describe('words', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(words('KTP-el Baru (Perekaman Pertama)')).toEqual(['ktp', 'el', 'baru', 'perekaman', 'pertama']);
    expect(words('PBB-P2 2026')).toEqual(['pbb', 'p2', '2026']);
  });
});

describe('searchableQuery', () => {
  it('drops conversational filler words', () => {
    expect(searchableQuery('cara bikin ktp')).toBe('bikin ktp');
    expect(searchableQuery('Mau urus paspor dong')).toBe('urus paspor');
    expect(searchableQuery('syarat skck untuk lamaran kerja')).toBe('syarat skck lamaran kerja');
  });

  it('keeps the words when nothing else would remain', () => {
    expect(searchableQuery('cara')).toBe('cara');
    expect(searchableQuery('di mana')).toBe('di mana');
  });

  it('never lists a word residents search for as filler', () => {
    for (const word of ['ktp', 'sim', 'buat', 'bikin', 'baru', 'hilang', 'syarat', 'urus', 'daftar'])
      expect(FILLER_WORDS.has(word)).toBe(false);
  });
});

describe('canonicalQuery', () => {
  it('standardises common spellings', () => {
    expect(canonicalQuery('Ijin Usaha')).toBe('izin usaha');
    expect(canonicalQuery('nomor antrian')).toBe('nomor antrean');
    expect(canonicalQuery('akte kelahiran')).toBe('akta kelahiran');
    expect(canonicalQuery('pasport')).toBe('paspor');
  });

  it('leaves standard words alone', () => {
    expect(canonicalQuery('perpanjang sim c')).toBe('perpanjang sim c');
  });

  it('maps variants to a different, standard word', () => {
    for (const [variant, standard] of Object.entries(SPELLING_VARIANTS)) expect(standard).not.toBe(variant);
  });
});
