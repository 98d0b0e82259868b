// How a query is read: normalised, split into words, stop words and the kind of request set
// aside, spellings standardised. The vocabulary it reads is tested in search-vocabulary.test.ts.
import { describe, expect, it } from 'vitest';
import {
  canonicalQuery,
  foldText,
  JOINED_FORMS,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  SPELLING_VARIANTS,
  searchableQuery,
  understandQuery,
  words,
} from '../../src/search/core/normalize.ts';
import { isStopWord, STOP_WORDS } from '../../src/search/core/stop-words.ts';

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
    // A resident's whole question is kept, up to its last word.
    const question =
      'anak saya lahir di rumah bidan desa bulan lalu, sekarang umurnya sudah tiga minggu dan belum punya nama resmi, mau bikin akta';
    expect(question.length).toBeGreaterThan(120);
    expect(normalizeQuery(question).endsWith('mau bikin akta')).toBe(true);
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

describe('stop words', () => {
  it('lists the question and everyday words residents add around a service', () => {
    for (const word of [
      'syarat',
      'cara',
      'berapa',
      'biaya',
      'ngurus',
      'gimana',
      'untuk',
      'gedung',
      'bagaimana',
      'mau',
      'bikin',
      'dimana',
      'apa',
      'yang',
      'dan',
    ])
      expect(isStopWord(word), word).toBe(true);
  });

  it('never lists a word that names a service or what happened to a document', () => {
    for (const word of [
      'ktp',
      'sim',
      'kk',
      'paspor',
      'baru',
      'hilang',
      'rusak',
      'daftar',
      'perpanjang',
      'pindah',
      'nikah',
      'izin',
      'pajak',
      'bayar',
      'ganti',
    ])
      expect(isStopWord(word), word).toBe(false);
  });

  it('holds folded, lower-case single words only', () => {
    for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });
});

describe('understandQuery', () => {
  it('sets stop words aside and keeps the words that carry meaning', () => {
    expect(understandQuery('Berapa biaya bikin paspor?')).toMatchObject({ meaningful: ['paspor'], hints: ['berapa', 'biaya', 'bikin'] });
    expect(understandQuery('gimana cara ngurus akta kelahiran untuk anak').meaningful).toEqual(['akta', 'kelahiran']);
    expect(understandQuery('syarat skck untuk lamaran kerja').meaningful).toEqual(['skck', 'lamaran', 'kerja']);
  });

  it('sets who the service is for aside when something else is named, keeping it when it is all there is', () => {
    expect(understandQuery('daftar bpjs untuk bayi')).toMatchObject({ meaningful: ['bpjs'], audience: ['bayi'] });
    expect(understandQuery('bayi').meaningful).toEqual(['bayi']);
  });

  it('sets the kind of request aside when something else is named: the service titles decide it', () => {
    expect(understandQuery('ujian sim motor')).toMatchObject({ meaningful: ['sim', 'motor'], all: ['ujian', 'sim', 'motor'] });
    expect(canonicalQuery('perpanjang sim a')).toBe('sim');
    expect(canonicalQuery('perpanjang')).toBe('perpanjang');
  });

  it('sets aside how a document was lost or spoilt, and words for an expired one: the kind of request, not the service', () => {
    expect(understandQuery('ktp kemalingan')).toMatchObject({ meaningful: ['ktp'], all: ['ktp', 'kemalingan'] });
    expect(canonicalQuery('kk terbakar')).toBe('kk');
    expect(canonicalQuery('paspor kebanjiran')).toBe('paspor');
    expect(canonicalQuery('sim kadaluarsa')).toBe('sim');
  });

  it('keeps the words when only stop words were typed', () => {
    expect(understandQuery('cara').meaningful).toEqual(['cara']);
    expect(understandQuery('di mana').meaningful).toEqual(['di', 'mana']);
    expect(searchableQuery('?!')).toBe(false);
  });

  it('drops single letters, which would match any word starting with them', () => {
    expect(canonicalQuery('bayar pajak sim c')).toBe('bayar pajak sim');
    expect(canonicalQuery('stnk 1 bulan')).toBe('stnk bulan');
    expect(canonicalQuery('kk')).toBe('kk');
  });

  it('joins words residents split and splits words they join', () => {
    expect(canonicalQuery('bpjs ketenaga kerjaan')).toBe('bpjs ketenagakerjaan');
    expect(canonicalQuery('foto kopi ktp')).toBe('fotokopi ktp');
    expect(canonicalQuery('kartukeluarga')).toBe('kartu keluarga');
    expect(canonicalQuery('e ktp')).toBe('e-ktp');
    expect(canonicalQuery('e court gugatan')).toBe('e-court gugatan');
  });

  it('maps every joined form to a different form', () => {
    for (const [pair, joined] of Object.entries(JOINED_FORMS)) expect(joined).not.toBe(pair);
  });
});

describe('canonicalQuery', () => {
  it('standardises common spellings', () => {
    expect(canonicalQuery('Ijin Usaha')).toBe('izin usaha');
    expect(canonicalQuery('nomor antrian')).toBe('nomor antrean');
    expect(canonicalQuery('akte kelahiran')).toBe('akta kelahiran');
    expect(canonicalQuery('pasport')).toBe('paspor');
    expect(canonicalQuery('sertipikat tanah')).toBe('sertifikat tanah');
    expect(canonicalQuery('akte kematian')).toBe('akta kematian');
  });

  it('leaves standard words alone', () => {
    expect(canonicalQuery('izin reklame a')).toBe('izin reklame');
    expect(canonicalQuery('ktp-el')).toBe('ktp-el');
  });

  it('maps variants to a different, standard word', () => {
    for (const [variant, standard] of Object.entries(SPELLING_VARIANTS)) expect(standard).not.toBe(variant);
  });
});
