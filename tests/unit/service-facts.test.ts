// Service facts the content model expresses once and residents read in one place: the
// processing time (entered once, worded by code), computed fees, costs outside the gerai,
// "salah satu dari" requirements and the in-person flag. Bad input is refused with the
// file and field named, in Indonesian.
import { describe, expect, it } from 'vitest';
import { type ProcessingTime, formatProcessingTime } from '../../src/lib/format.ts';
import { serviceDocumentTerms } from '../../src/search/core/page-terms.ts';
import { costSummary, lowestFee, outsideCostText, requirementName } from '../../src/lib/service-view.ts';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();

const time = (more: Partial<ProcessingTime>): ProcessingTime => ({
  selesaiDiTempat: false,
  sifat: 'tepat',
  dari: null,
  nilai: null,
  satuan: 'hari-kerja',
  keterangan: '',
  ...more,
});

describe('processing time wording', () => {
  it.each([
    [time({ nilai: 3 }), '3 hari kerja'],
    [time({ dari: 1, nilai: 2, satuan: 'jam' }), '1–2 jam'],
    [time({ selesaiDiTempat: true }), 'Selesai di tempat'],
    [time({ selesaiDiTempat: true, sifat: 'sekitar', nilai: 30, satuan: 'menit' }), 'Selesai di tempat, sekitar 30 menit'],
    [time({ sifat: 'paling-lama', nilai: 28, keterangan: 'sejak berkas lengkap' }), 'Paling lama 28 hari kerja sejak berkas lengkap'],
    [time({ nilai: 30, satuan: 'hari' }), '30 hari'],
    [time({ nilai: 1.5, satuan: 'jam' }), '1,5 jam'],
    [
      time({ dari: 1, nilai: 2, keterangan: '; 1 hari kerja bila dilaporkan dalam 60 hari' }),
      '1–2 hari kerja; 1 hari kerja bila dilaporkan dalam 60 hari',
    ],
    [time({ keterangan: 'mengikuti jadwal sidang' }), 'Mengikuti jadwal sidang'],
  ])('words %o as "%s"', (value, text) => {
    expect(formatProcessingTime(value)).toBe(text);
  });

  it('ignores a lower bound that is not below the upper one, and a qualifier without a number', () => {
    expect(formatProcessingTime(time({ dari: 3, nilai: 3 }))).toBe('3 hari kerja');
    expect(formatProcessingTime(time({ sifat: 'sekitar', selesaiDiTempat: true }))).toBe('Selesai di tempat');
  });
});

describe('fees', () => {
  const computed = { discriminant: 'sesuai-perhitungan', value: { caraHitung: 'x', tempatCek: 'y', tautanCek: null } };

  it('shows a computed fee as "Sesuai perhitungan" with no lowest amount', () => {
    expect(costSummary(computed)).toBe('Sesuai perhitungan');
    expect(lowestFee(computed)).toBeNull();
    expect(costSummary({ discriminant: 'gratis' })).toBe('Gratis');
    expect(lowestFee({ discriminant: 'gratis' })).toBe(0);
  });

  it('words outside costs with an approximate amount, or says it is not fixed', () => {
    expect(outsideCostText({ uraian: 'Pas foto 4×6', perkiraan: 20000 })).toBe('Pas foto 4×6: sekitar Rp20.000');
    expect(outsideCostText({ uraian: 'Tes psikologi', perkiraan: null })).toBe('Tes psikologi (biaya tidak tentu)');
  });
});

describe('"salah satu dari" requirements', () => {
  it('names one document plainly and several as one line of alternatives', () => {
    expect(requirementName({ dokumen: 'KTP-el', alternatif: [] })).toBe('KTP-el');
    expect(requirementName({ dokumen: 'Akta kelahiran', alternatif: ['Ijazah', 'Buku nikah'] })).toBe(
      'Salah satu dari: akta kelahiran, ijazah atau buku nikah',
    );
    // Acronyms keep their capitals inside the sentence.
    expect(requirementName({ dokumen: 'NIB', alternatif: ['Surat keterangan usaha'] })).toBe(
      'Salah satu dari: NIB atau surat keterangan usaha',
    );
  });

  it('indexes every alternative for search, so a resident holding only one of them finds the service', () => {
    const service = {
      nama: 'Penggantian Paspor',
      persyaratan: [{ dokumen: 'Akta kelahiran', alternatif: ['Ijazah', 'Buku nikah'] }],
    } as unknown as Parameters<typeof serviceDocumentTerms>[0];
    const terms = serviceDocumentTerms(service, [service]).split(' ');
    expect(terms).toEqual(expect.arrayContaining(['akta', 'kelahiran', 'ijazah', 'buku', 'nikah']));
  });
});

describe('content check', () => {
  const sim = 'layanan/perpanjangan-sim.yaml';
  const withTime = (block: string) => (text: string) => text.replace(/jangkaWaktu:\n(?: {2}.*\n)+/, `jangkaWaktu:\n${block}`);

  it('refuses a processing time with no number, no "selesai di tempat" and no remark', async () => {
    const dir = contentWith({ [sim]: withTime("  nilai: null\n  satuan: hari\n  keterangan: ''\n") });
    expect(await errorsOf(dir)).toMatch(/perpanjangan-sim\.yaml › jangkaWaktu: jangka waktu kosong/);
  });

  it('refuses a processing time still in the old text-and-number form, naming the old field', async () => {
    const dir = contentWith({ [sim]: withTime('  teks: 1 hari\n  nilai: 1\n  satuan: hari\n') });
    expect(await errorsOf(dir)).toMatch(/perpanjangan-sim\.yaml › jangkaWaktu: kolom "teks" tidak dikenal model konten/);
  });

  it('refuses a range whose lower bound is not below the upper one, or has no upper bound', async () => {
    const reversed = contentWith({ [sim]: withTime('  dari: 5\n  nilai: 3\n  satuan: hari\n') });
    expect(await errorsOf(reversed)).toMatch(
      /perpanjangan-sim\.yaml › jangkaWaktu\.dari: "Paling cepat" \(5\) harus lebih kecil dari "Lama" \(3\)/,
    );
    const open = contentWith({ [sim]: withTime("  dari: 1\n  nilai: null\n  satuan: hari\n  keterangan: 'x'\n") });
    expect(await errorsOf(open)).toMatch(/jangkaWaktu\.dari: rentang jangka waktu belum lengkap/);
  });

  it('refuses a computed fee that tells residents nowhere to check it', async () => {
    const dir = contentWith({
      [sim]: (text) =>
        text.replace(
          /biaya:\n(?: {2}.*\n)+/,
          "biaya:\n  discriminant: sesuai-perhitungan\n  value:\n    caraHitung: Dihitung dari nilai jual kendaraan.\n    tempatCek: ''\n    tautanCek: null\n    dasarHukum: UU 1/2022\n",
        ),
    });
    expect(await errorsOf(dir)).toMatch(
      /perpanjangan-sim\.yaml › biaya\.tempatCek: biaya sesuai perhitungan wajib menyebut di mana warga mengecek besarnya/,
    );
  });

  it('accepts a computed fee with a place to check it, and refuses one without how it is computed', async () => {
    const fee = (how: string) => (text: string) =>
      text.replace(
        /biaya:\n(?: {2}.*\n)+/,
        `biaya:\n  discriminant: sesuai-perhitungan\n  value:\n    caraHitung: '${how}'\n    tempatCek: Loket Samsat\n    dasarHukum: UU 1/2022\n`,
      );
    const { loadSite } = await import('../../src/data/index.ts');
    const site = await loadSite(contentWith({ [sim]: fee('Dihitung dari nilai jual kendaraan.') }));
    expect(site.services.find((s) => s.slug === 'perpanjangan-sim')?.biaya.discriminant).toBe('sesuai-perhitungan');
    expect(await errorsOf(contentWith({ [sim]: fee('') }))).toMatch(/perpanjangan-sim\.yaml › biaya.*caraHitung/);
  });

  it('refuses a "salah satu dari" requirement naming the same document twice', async () => {
    const dir = contentWith({
      [sim]: (text) =>
        text.replace('{dokumen: KTP-el, bentuk: fotokopi,', '{dokumen: KTP-el, alternatif: [Ijazah, ktp-el], bentuk: fotokopi,'),
    });
    expect(await errorsOf(dir)).toMatch(/perpanjangan-sim\.yaml › persyaratan\[2\]\.alternatif: dokumen "ktp-el" disebut dua kali/);
  });
});
