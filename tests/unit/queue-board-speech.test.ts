// The display board's spoken call in Indonesian: numbers in words, prefix letters spelled out.
import { describe, expect, it } from 'vitest';
import { callSentence, numberWords, spokenNumber } from '../../src/queue-server/screens/assets/say.js';
import { SCREEN_STRINGS } from '../../src/queue-server/screens/strings.ts';

describe('spoken calls on the display board', () => {
  it('says numbers the Indonesian way', () => {
    expect(numberWords(1)).toBe('satu');
    expect(numberWords(11)).toBe('sebelas');
    expect(numberWords(15)).toBe('lima belas');
    expect(numberWords(23)).toBe('dua puluh tiga');
    expect(numberWords(100)).toBe('seratus');
    expect(numberWords(118)).toBe('seratus delapan belas');
    expect(numberWords(250)).toBe('dua ratus lima puluh');
    expect(numberWords(1001)).toBe('seribu satu');
  });

  it('reads "A-023" at counter 3 as the issue asks', () => {
    expect(spokenNumber('A-023')).toBe('A dua puluh tiga');
    expect(spokenNumber('KB-007')).toBe('K B tujuh');
    expect(callSentence(SCREEN_STRINGS.board, { number: 'A-023', counter: 3, geraiName: 'Dukcapil' })).toBe(
      'Nomor antrean A dua puluh tiga, silakan ke loket tiga',
    );
    expect(callSentence(SCREEN_STRINGS.board, { number: 'B-002', counter: null, geraiName: 'Imigrasi' })).toBe(
      'Nomor antrean B dua, silakan ke Imigrasi',
    );
  });
});
