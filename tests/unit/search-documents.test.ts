import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/data/types.ts';
import {
  MAX_DISTINCTIVE_SHARE,
  MIN_DOCUMENT_SERVICES,
  requirementDocumentNames,
  serviceDocumentTerms,
} from '../../src/search/core/page-terms.ts';

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

  it('indexes a word many services ask for where it is the paperwork of their gerai, and nowhere else', () => {
    const at = (slug: string, s: Service) => ({ ...s, gerai: { ...s.gerai, slug } }) as Service;
    const samsat = Array.from({ length: 10 }, (_, i) => at('samsat', service(`Pajak Kendaraan ${i}`, 'KTP-el pemohon', 'STNK', 'BPKB')));
    // A few services elsewhere ask for it too: not their gerai's paperwork.
    const rest = Array.from({ length: 100 }, (_, i) =>
      at(`g${i % 6}`, service(`Layanan ${i}`, 'KTP-el pemohon', i < 3 ? 'STNK' : 'Formulir')),
    );
    const catalogue = [...samsat, ...rest];
    expect(
      serviceDocumentTerms(samsat[0] as Service, catalogue)
        .split(' ')
        .sort(),
    ).toEqual(['bpkb', 'stnk']);
    expect(serviceDocumentTerms(rest[0] as Service, catalogue)).toBe('');
  });

  it('never indexes a word more than MAX_DISTINCTIVE_SHARE of the catalogue asks for, however concentrated', () => {
    const at = (slug: string, s: Service) => ({ ...s, gerai: { ...s.gerai, slug } }) as Service;
    const share = Math.ceil((MAX_DISTINCTIVE_SHARE + 0.05) * 100);
    const asking = Array.from({ length: share }, (_, i) => at('capil', service(`Layanan Capil ${i}`, 'Akta kelahiran')));
    const rest = Array.from({ length: 100 - share }, (_, i) => at(`g${i % 9}`, service(`Layanan ${i}`, 'Formulir')));
    expect(serviceDocumentTerms(asking[0] as Service, [...asking, ...rest])).toBe('');
  });

  it('reads document names through one function', () => {
    expect(requirementDocumentNames(pindah)).toEqual([
      'KTP-el pemohon',
      'Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)',
      'Formulir pindah (F-1.03)',
    ]);
  });
});

describe("document names that begin like another service's long name", () => {
  it('indexes the common words a document name starts with ("surat keterangan") before its distinctive word', () => {
    const moving = service('Pindah Keluar dan Pindah Datang', 'Surat Keterangan Pindah WNI (SKPWNI)', 'Formulir pindah (F-1.03)');
    const many = Array.from({ length: 60 }, (_, i) => service(`Layanan ${i}`, 'Surat keterangan sehat', 'Formulir permohonan'));
    const terms = serviceDocumentTerms(moving, [moving, ...many]).split(' ');
    expect(terms).toContain('keterangan');
    // One common word before the distinctive one adds nothing: "formulir" stays out.
    expect(terms).not.toContain('formulir');
  });
});
