import { describe, expect, it } from 'vitest';
import {
  allowedDistance,
  closestTerm,
  dropsVowels,
  editDistance,
  isKnown,
  isSlipCorrection,
  suggestQuery,
  termIndex,
} from '../../src/search/core/suggest.ts';
import { realWordsNearTerms } from '../../src/search/core/terms.ts';

const terms = termIndex([
  'ktp',
  'paspor',
  'sim',
  'skck',
  'skkb',
  'kartu',
  'keluarga',
  'perpanjang',
  'perpanjangan',
  'passport',
  'lamaran',
  'npwp',
  'akta',
  'sertifikat',
]);

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('paspor', 'paspor')).toBe(0);
    expect(editDistance('pasport', 'paspor')).toBe(1);
    expect(editDistance('paspr', 'paspor')).toBe(1);
    expect(editDistance('paspot', 'paspor')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('skkc', 'skck')).toBe(1);
    expect(editDistance('psapor', 'paspor')).toBe(1);
    expect(editDistance('keluraga', 'keluarga')).toBe(1);
  });

  it('stops early once the distance must exceed the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
    expect(editDistance('ktp', 'kartu tanda penduduk', 1)).toBe(2);
  });
});

describe('closestTerm', () => {
  it('finds the term a typo meant', () => {
    expect(closestTerm('pasport', terms)).toBe('paspor');
    expect(closestTerm('skkc', terms)).toBe('skck');
    expect(closestTerm('sertifkat', terms)).toBe('sertifikat');
  });

  it('tolerates one edit for ordinary words and two only for long ones', () => {
    expect(allowedDistance(2)).toBe(0);
    expect(allowedDistance(5)).toBe(1);
    expect(allowedDistance(9)).toBe(2);
    // "lebaran" is a real word two edits from "lamaran": no suggestion.
    expect(closestTerm('lebaran', terms)).toBeNull();
  });

  it('prefers the earlier (more frequent) term on a tie', () => {
    expect(closestTerm('skcb', termIndex(['skck', 'skkb']))).toBe('skck');
    expect(closestTerm('skcb', termIndex(['skkb', 'skck']))).toBe('skkb');
  });
});

describe('isKnown', () => {
  it('accepts terms, their beginnings, numbers and very short words', () => {
    expect(isKnown('paspor', terms)).toBe(true);
    expect(isKnown('pasp', terms)).toBe(true);
    expect(isKnown('2026', terms)).toBe(true);
    expect(isKnown('di', terms)).toBe(true);
    expect(isKnown('pasport', terms)).toBe(false);
  });
});

describe('suggestQuery', () => {
  it('corrects only the unknown words', () => {
    expect(suggestQuery('perpanjang sin', terms)).toBe('perpanjang sim');
    expect(suggestQuery('Kartu Keluraga', terms)).toBe('kartu keluarga');
  });

  it('returns null when every word is known or nothing is close', () => {
    expect(suggestQuery('paspor', terms)).toBeNull();
    expect(suggestQuery('perpanj', terms)).toBeNull();
    expect(suggestQuery('zzzzzz', terms)).toBeNull();
  });

  it('is cheap for a few thousand terms', () => {
    const many = termIndex(Array.from({ length: 4000 }, (_, i) => `istilah${i.toString(36)}`).concat(['paspor']));
    const start = performance.now();
    for (let i = 0; i < 50; i++) suggestQuery('pasport', many);
    expect(suggestQuery('pasport', many)).toBe('paspor');
    expect((performance.now() - start) / 50).toBeLessThan(20);
  });
});

describe('real words near the terms (terms.json "real")', () => {
  it('keeps the dictionary words a correction would reach, and only those', () => {
    const real = realWordsNearTerms(['data', 'paspor', 'pekerja'], ['daya', 'Data', 'rumah', 'pekerjaan', 'paspor', 'x-ray']);
    // "daya" is one edit from "data", "pekerjaan" two from "pekerja" (long words may take two);
    // "rumah" is near no term; terms themselves are not listed.
    expect(real).toEqual(['daya', 'pekerjaan']);
  });

  it('tells a slip from another word', () => {
    const index = termIndex(['data', 'paspor', 'pekerja'], ['daya']);
    expect(isSlipCorrection(['psapor'], ['paspor'], index)).toBe(true);
    expect(isSlipCorrection(['daya'], ['data'], index)).toBe(false);
    expect(isSlipCorrection(['prakerja'], ['pekerja'], index)).toBe(false);
    expect(isSlipCorrection(['ketenaga', 'kerjaan'], ['ketenagakerjaan'], index)).toBe(true);
  });

  it('reads a word typed without its vowels as the word ("prpnjang" is "perpanjang"), however many it drops', () => {
    const index = termIndex(['sim', 'perpanjang', 'pribadi', 'bikin', 'baca', 'paspor']);
    expect(closestTerm('prpnjang', index)).toBe('perpanjang');
    expect(closestTerm('prpnjng', index)).toBe('perpanjang');
    expect(isSlipCorrection(['prpnjang', 'sim'], ['perpanjang', 'sim'], index)).toBe(true);
    expect(isSlipCorrection(['pribdi'], ['pribadi'], index)).toBe(true);
    expect(suggestQuery('prpnjng sim', index)).toBe('perpanjang sim');
    // Only vowels may be missing, the first letter kept, and four letters typed at least:
    // "bca" stays a bank's name, "pspor" lacks a consonant's order, "rpanjang" its first letter.
    expect(dropsVowels('bca', 'baca')).toBe(false);
    expect(dropsVowels('bkin', 'bikin')).toBe(true);
    expect(dropsVowels('prspnjang', 'perpanjang')).toBe(false);
    expect(dropsVowels('rpanjang', 'perpanjang')).toBe(false);
    expect(dropsVowels('paspor', 'paspor')).toBe(false);
  });

  it('takes a short abbreviation one letter from another as another name, not a slip ("bni" is not "bri")', () => {
    const index = termIndex(['bri', 'pns', 'skck', 'ktp', 'rekening']);
    expect(isSlipCorrection(['rekening', 'bni'], ['rekening', 'bri'], index)).toBe(false);
    expect(isSlipCorrection(['cpns'], ['pns'], index)).toBe(false);
    expect(isSlipCorrection(['bca'], ['bri'], index)).toBe(false);
    // The same letters swapped are still a slip.
    expect(isSlipCorrection(['skkc'], ['skck'], index)).toBe(true);
    expect(isSlipCorrection(['kpt'], ['ktp'], index)).toBe(true);
    expect(isSlipCorrection(['rekenign'], ['rekening'], index)).toBe(true);
  });
});

describe('slips of fast thumbs', () => {
  const index = termIndex(['npwp', 'npwpd', 'ecourt', 'e', 'court', 'coret', 'coretax', 'balik', 'nama', 'sertifikat', 'kartu', 'kuning']);

  it('reads two swapped neighbours as the term with the same letters, before a more frequent one as near ("npwdp")', () => {
    expect(closestTerm('npwdp', index)).toBe('npwpd');
    expect(isSlipCorrection(['npwdp'], ['npwpd'], index)).toBe(true);
  });

  it('corrects a slip in a hyphenated name as the name written whole, with its hyphen ("e-cort")', () => {
    expect(suggestQuery('e-cort', index, ['e-cort'])).toBe('e-court');
    expect(isSlipCorrection(['e-cort'], ['e-court'], index)).toBe(true);
  });

  it('splits two words typed as one where both halves are terms ("baliknama"), and shows it as a slip', () => {
    expect(suggestQuery('baliknama', index, ['baliknama'])).toBe('balik nama');
    expect(suggestQuery('kartukuning', index, ['kartukuning'])).toBe('kartu kuning');
    expect(isSlipCorrection(['baliknama', 'serifikat'], ['balik', 'nama', 'sertifikat'], index)).toBe(true);
  });

  it('does not take a split that changes letters, or a join of other words, as a slip', () => {
    expect(isSlipCorrection(['baliknama'], ['balik', 'namu'], index)).toBe(false);
    expect(isSlipCorrection(['balik', 'nama'], ['baliknamu'], index)).toBe(false);
  });
});
