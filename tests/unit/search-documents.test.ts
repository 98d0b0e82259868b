import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/data/types.ts';
import { MIN_DOCUMENT_SERVICES, serviceDocumentTerms } from '../../src/lib/search/page-terms.ts';

type Requirement = Service['persyaratan'][number];
const service = (nama: string, ...dokumen: string[]) =>
  ({ nama, persyaratan: dokumen.map((d) => ({ dokumen: d }) as Requirement) }) as unknown as Service;

describe('requirement documents as search terms', () => {
  const pindah = service(
    'Pindah Keluar dan Pindah Datang',
    'KTP-el pemohon',
    'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)',
    'Formulir pindah (F-1.03)',
  );
  const pbb = service('Mutasi PBB', 'KTP-el wajib pajak', 'SPPT PBB-P2 terakhir');
  // Every service asks for the KTP-el and a form: those words tell no service apart.
  const others = Array.from({ length: 40 }, (_, i) => service(`Layanan ${i}`, 'KTP-el pemohon', 'Formulir permohonan', 'Pas foto 4×6'));
  const catalogue = [pindah, pbb, ...others];

  it('indexes the document names a resident searches by, for their service', () => {
    expect(serviceDocumentTerms(pindah, catalogue).split(' ')).toContain('skpwni');
    expect(serviceDocumentTerms(pbb, catalogue).split(' ')).toContain('sppt');
  });

  it('leaves out words nearly every service asks for, numbers, stop words and words of the title or alias terms', () => {
    const terms = serviceDocumentTerms(pindah, catalogue, 'surat pindah').split(' ');
    for (const common of ['ktp', 'el', 'formulir', 'pemohon', 'pindah', 'surat', '03']) expect(terms).not.toContain(common);
    expect(serviceDocumentTerms(others[0] as Service, catalogue)).toBe('');
  });

  it('keeps a word that only a few services of a small catalogue ask for', () => {
    const few = Array.from({ length: MIN_DOCUMENT_SERVICES }, (_, i) => service(`Izin ${i}`, 'Ijazah terakhir'));
    expect(serviceDocumentTerms(few[0] as Service, [...few, ...others])).toBe('ijazah terakhir');
    const many = [...few, service('Izin lain', 'Ijazah terakhir')];
    expect(serviceDocumentTerms(many[0] as Service, [...many, ...others])).toBe('');
  });
});
