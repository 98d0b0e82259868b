// Each migration step on its own, over parsed entries (no files): what it changes, what it
// only points out for editors, that it leaves content already in the new form alone, and
// that the runner applies only the steps after the recorded version, in order.
import { describe, expect, it } from 'vitest';
import type { ContentSet, Data } from '../../src/migrations/content-set.ts';
import { migrateSet } from '../../src/migrations/runner.ts';
import { STEPS } from '../../src/migrations/steps.ts';

const yaml = (data: Data) => ({ kind: 'yaml' as const, data, body: '' });
const set = (files: Record<string, Data>): ContentSet => new Map(Object.entries(files).map(([file, data]) => [file, yaml(data)]));
const service = (more: Data = {}): Data => ({
  nama: 'KTP-el',
  persyaratan: [{ dokumen: 'Kartu Keluarga', bentuk: 'fotokopi', jumlah: 1 }],
  prosedur: ['Ambil nomor antrean.'],
  jangkaWaktu: { teks: '1 hari kerja', nilai: 1, satuan: 'hari-kerja' },
  biaya: { discriminant: 'gratis' },
  ...more,
});

describe('step 1 → 2: blank items', () => {
  it('removes blank procedure steps and blank requirements, keeping every written one', () => {
    const input = set({
      'layanan/a.yaml': service({ prosedur: ['Datang.', '  ', 'Ambil hasil.'], persyaratan: [{ dokumen: 'KK' }, { dokumen: '' }] }),
    });
    const result = migrateSet(input, 1, STEPS, 2);
    expect(result.set.get('layanan/a.yaml')?.data).toMatchObject({
      prosedur: ['Datang.', 'Ambil hasil.'],
      persyaratan: [{ dokumen: 'KK' }],
    });
    expect(result.lines.map((l) => `${l.file} ${l.field} ${l.kind}`)).toEqual([
      'layanan/a.yaml prosedur diubah',
      'layanan/a.yaml persyaratan diubah',
    ]);
  });
});

describe('step 2 → 3: partner kinds', () => {
  const agencies = set({
    'instansi/samsat.yaml': { nama: 'Badan Pendapatan Daerah Provinsi Jawa Tengah', singkatan: 'Bapenda', jenis: 'opd' },
    'instansi/ini.yaml': { nama: 'Ikatan Notaris Indonesia', singkatan: 'INI', jenis: 'swasta' },
    'instansi/dukcapil.yaml': { nama: 'Dinas Kependudukan', singkatan: 'Dukcapil', jenis: 'opd' },
    'gerai/dukcapil.yaml': { nama: 'Dukcapil', instansi: 'dukcapil' },
    'gerai/samsat.yaml': { nama: 'Samsat', instansi: 'samsat' },
  });

  it('types a provincial agency "provinsi", and only points at a likely association and an agency without a gerai', () => {
    const result = migrateSet(agencies, 2, STEPS, 3);
    expect(result.set.get('instansi/samsat.yaml')?.data.jenis).toBe('provinsi');
    expect(result.set.get('instansi/ini.yaml')?.data.jenis).toBe('swasta');
    expect(result.set.get('instansi/dukcapil.yaml')?.data.jenis).toBe('opd');
    expect(result.changedFiles).toEqual(['instansi/samsat.yaml']);
    expect(result.lines.filter((l) => l.kind === 'periksa').map((l) => `${l.file} ${l.field}`)).toEqual([
      'instansi/ini.yaml jenis',
      'instansi/ini.yaml kehadiran',
    ]);
  });

  it('does not run again on content that recorded version 3', () => {
    expect(migrateSet(agencies, 3, STEPS).changedFiles).toEqual([]);
  });
});

describe('step 3 → 4: service facts', () => {
  it('moves the processing time and keeps fees, requirements and the in-person default, pointing at likely new kinds', () => {
    const paid = {
      discriminant: 'berbayar',
      value: { tarif: [{ uraian: 'Contoh', jumlah: 540000 }], dasarHukum: 'Perda', caraBayar: 'Retribusi dihitung dari luas bangunan.' },
    };
    const input = set({
      'layanan/pbg.yaml': service({
        biaya: paid,
        persyaratan: [
          { dokumen: 'Buku nikah atau akta perkawinan', bentuk: 'fotokopi' },
          { dokumen: 'Kehadiran pemohon', bentuk: 'di-lokasi' },
        ],
      }),
    });
    const result = migrateSet(input, 3, STEPS, 4);
    const data = result.set.get('layanan/pbg.yaml')?.data ?? {};
    expect(data.jangkaWaktu).toEqual({
      selesaiDiTempat: false,
      sifat: 'tepat',
      dari: null,
      nilai: 1,
      satuan: 'hari-kerja',
      keterangan: '',
    });
    expect(data.biaya).toEqual(paid);
    expect(data.persyaratan).toEqual(input.get('layanan/pbg.yaml')?.data.persyaratan);
    expect('hadirSendiri' in data).toBe(false);
    expect(result.lines.map((l) => `${l.kind} ${l.field}`)).toEqual([
      'diubah jangkaWaktu',
      'periksa biaya',
      'periksa persyaratan[1]',
      'periksa hadirSendiri',
    ]);
  });

  it('leaves a service already in the new form as it is', () => {
    const current = service({
      jangkaWaktu: { selesaiDiTempat: false, sifat: 'sekitar', dari: null, nilai: 30, satuan: 'menit', keterangan: '' },
    });
    expect(migrateSet(set({ 'layanan/a.yaml': current }), 3, STEPS).changedFiles).toEqual([]);
  });
});

describe('runner', () => {
  it('runs every step after the recorded version in order, and none when content is current', () => {
    const input = set({ 'layanan/a.yaml': service({ prosedur: ['Datang.', ''] }) });
    expect(migrateSet(input, null, STEPS).steps.map((s) => s.to)).toEqual([2, 3, 4]);
    expect(migrateSet(input, 3, STEPS).steps.map((s) => s.to)).toEqual([4]);
    expect(migrateSet(input, 4, STEPS).steps).toEqual([]);
  });

  it('never changes the entries it was given', () => {
    const input = set({ 'layanan/a.yaml': service() });
    const before = structuredClone(input.get('layanan/a.yaml')?.data);
    migrateSet(input, null, STEPS);
    expect(input.get('layanan/a.yaml')?.data).toEqual(before);
  });
});
