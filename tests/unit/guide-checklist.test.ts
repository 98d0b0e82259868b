// The merged checklist of a guide: each document once, with the steps that need it.
import { describe, expect, it } from 'vitest';
import { type ChecklistItem, guideChecklist } from '../../src/lib/guide-checklist.ts';
import type { GuideService } from '../../src/lib/guides.ts';
import { requirementName } from '../../src/lib/service-view.ts';
import { guideOf, service } from '../fixtures/guide-builders.ts';

describe('combined checklist', () => {
  const req = (dokumen: string, alternatif: string[] = [], more: Partial<GuideService['persyaratan'][number]> = {}) => ({
    dokumen,
    alternatif,
    bentuk: 'asli',
    opsional: false,
    kondisi: '',
    ...more,
  });

  it('merges "salah satu dari" requirements with the same alternatives in any order', () => {
    const a = service('a', { persyaratan: [req('Akta kelahiran', ['Ijazah', 'Buku nikah'])] });
    const b = service('b', { persyaratan: [req('Ijazah', ['Buku nikah', 'Akta  Kelahiran'])] });
    const items = guideChecklist(guideOf([a, b], [[['a']], [['b']]]));
    expect(items.map((i) => [i.dokumen, i.alternatif, i.steps])).toEqual([['Akta kelahiran', ['Ijazah', 'Buku nikah'], [1, 2]]]);
    expect(requirementName(items[0] as ChecklistItem)).toBe('Salah satu dari: akta kelahiran, ijazah atau buku nikah');
  });

  it('folds an alternative into a document another step requires outright', () => {
    const passport = service('paspor', { persyaratan: [req('Akta kelahiran', ['Ijazah', 'Buku nikah'])] });
    const kk = service('kk', { persyaratan: [req('Ijazah'), req('KK asli')] });
    const items = guideChecklist(guideOf([passport, kk], [[['paspor']], [['kk']]]));
    expect(items.map((i) => [i.dokumen, i.alternatif, i.steps])).toEqual([
      ['Ijazah', [], [1, 2]],
      ['KK asli', [], [2]],
    ]);
  });

  it('keeps alternatives apart when the matching document is needed only by some residents', () => {
    const passport = service('paspor', { persyaratan: [req('Akta kelahiran', ['Ijazah'])] });
    const other = service('lain', { persyaratan: [req('Ijazah', [], { kondisi: 'lulusan SMA' })] });
    const items = guideChecklist(guideOf([passport, other], [[['paspor']], [['lain']]]));
    expect(items.map((i) => [i.dokumen, i.alternatif, i.optional])).toEqual([
      ['Akta kelahiran', ['Ijazah'], false],
      ['Ijazah', [], true],
    ]);
  });

  it('lists each document once with every step that needs it', () => {
    const kia = service('kia', {
      persyaratan: [
        { dokumen: 'KK asli', bentuk: 'asli', opsional: false, kondisi: '' },
        { dokumen: 'Pas foto anak', bentuk: 'asli', opsional: false, kondisi: '' },
      ],
    });
    const bpjs = service('bpjs', {
      persyaratan: [
        { dokumen: 'KK  Asli', bentuk: 'fotokopi', opsional: false, kondisi: '' },
        { dokumen: 'Buku tabungan', bentuk: 'asli', opsional: false, kondisi: '' },
      ],
    });
    const items = guideChecklist(guideOf([service('akta'), kia, bpjs], [[['akta']], [['kia']], [['bpjs'], { optional: true }]]));
    expect(items.map((i) => [i.dokumen, i.steps, i.forms, i.optional])).toEqual([
      ['KK asli', [1, 2, 3], ['asli', 'fotokopi'], false],
      ['Pas foto anak', [2], ['asli'], false],
      ['Buku tabungan', [3], ['asli'], true],
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });
});
