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

describe('the same document named differently by each service', () => {
  const req = (dokumen: string, more: Partial<GuideService['persyaratan'][number]> = {}) => ({
    dokumen,
    alternatif: [],
    bentuk: 'asli',
    opsional: false,
    kondisi: '',
    ...more,
  });

  it('merges "KK", "Kartu Keluarga (KK)" and "KK orang tua" into one item, keeping every step and the names used', () => {
    const akta = service('akta', { persyaratan: [req('KK orang tua'), req('KTP-el dua orang saksi')] });
    const kia = service('kia', { persyaratan: [req('Kartu Keluarga (KK)', { bentuk: 'fotokopi' })] });
    const bpjs = service('bpjs', { persyaratan: [req('KK')] });
    const items = guideChecklist(guideOf([akta, kia, bpjs], [[['akta']], [['kia']], [['bpjs']]]));
    const kk = items.filter((i) => /\bKK\b/.test(i.dokumen));
    expect(kk.map((i) => [i.dokumen, i.steps, i.forms])).toEqual([['Kartu Keluarga (KK)', [1, 2, 3], ['asli', 'fotokopi']]]);
    expect(kk[0]?.names).toEqual(['KK orang tua', 'Kartu Keluarga (KK)', 'KK']);
    // Witnesses' cards are other people's documents: still their own item.
    expect(items.map((i) => i.dokumen)).toContain('KTP-el dua orang saksi');
  });

  it("merges the resident's own KTP-el however a service names its holder, not a spouse's", () => {
    const nib = service('nib', { persyaratan: [req('KTP-el pemilik usaha')] });
    const npwp = service('npwp', { persyaratan: [req('KTP-el')] });
    const irt = service('irt', { persyaratan: [req('KTP-el pemilik')] });
    const kur = service('kur', { persyaratan: [req('KTP-el pemohon'), req('KTP-el suami atau istri', { opsional: true })] });
    const items = guideChecklist(guideOf([nib, npwp, irt, kur], [[['nib']], [['npwp']], [['irt']], [['kur']]]));
    expect(items.map((i) => [i.dokumen, i.steps])).toEqual([
      ['KTP-el', [1, 2, 3, 4]],
      ['KTP-el suami atau istri', [4]],
    ]);
  });

  it('keeps a single name as the service wrote it', () => {
    const items = guideChecklist(guideOf([service('a', { persyaratan: [req('KK asli')] })], [[['a']]]));
    expect(items.map((i) => [i.dokumen, i.names])).toEqual([['KK asli', []]]);
  });
});
