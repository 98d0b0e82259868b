// The first model's free-text processing time moves into the structure residents' pages are
// worded from, and residents still read the old sentence: parsed when the portal's wording
// gives it back, otherwise kept whole as the remark. The old number is never dropped, and
// text that cannot be moved safely is refused with the field named.
import { describe, expect, it } from 'vitest';
import { formatProcessingTime } from '../../src/lib/format.ts';
import { migrateProcessingTime } from '../../src/migrations/processing-time.ts';

const migrated = (teks: unknown, nilai: number | null = null, satuan = 'hari-kerja') => {
  const result = migrateProcessingTime({ teks, nilai, satuan });
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('processing time from the first model', () => {
  it('moves "Sekitar 30 menit; kartu aktif 14 hari" into the structure and keeps the rest as the remark', () => {
    const { value, structured } = migrated('Sekitar 30 menit; kartu aktif 14 hari', 14, 'hari');
    expect(structured).toBe(true);
    expect(value).toMatchObject({ sifat: 'sekitar', nilai: 30, satuan: 'menit', dari: null, keterangan: '; kartu aktif 14 hari' });
    expect(formatProcessingTime(value)).toBe('Sekitar 30 menit; kartu aktif 14 hari');
  });

  it('keeps "bila blangko tersedia" where residents read it', () => {
    const { value } = migrated('1 hari kerja bila blangko tersedia', 1);
    expect(value).toMatchObject({ nilai: 1, satuan: 'hari-kerja', keterangan: 'bila blangko tersedia' });
    expect(formatProcessingTime(value)).toBe('1 hari kerja bila blangko tersedia');
  });

  it.each([
    ['Selesai di tempat, sekitar 30 menit', { selesaiDiTempat: true, sifat: 'sekitar', nilai: 30, satuan: 'menit' }],
    ['1–3 hari kerja bila berkas lengkap', { dari: 1, nilai: 3, keterangan: 'bila berkas lengkap' }],
    ['Paling lama 28 hari kerja sejak berkas lengkap', { sifat: 'paling-lama', nilai: 28, keterangan: 'sejak berkas lengkap' }],
    ['Selesai di tempat (sekitar 15 menit); faskes baru berlaku mulai tanggal 1', { selesaiDiTempat: true, nilai: null }],
    ['30 hari', { nilai: 30, satuan: 'hari' }],
  ])('"%s" is structured and worded as before', (text, expected) => {
    const { value } = migrated(text);
    expect(value).toMatchObject(expected);
    expect(formatProcessingTime(value)).toBe(text);
  });

  it('keeps a text that does not start with a time whole as the remark, word for word', () => {
    const text = 'Tindak lanjut paling lama 3 hari kerja';
    const { value, structured } = migrated(text, 3);
    expect(structured).toBe(false);
    expect(value).toMatchObject({ nilai: null, keterangan: text });
    expect(formatProcessingTime(value)).toBe(text);
  });

  it('keeps an old number the text does not mention, after the old wording', () => {
    const result = migrated('Pengujian selesai pada hari yang dijadwalkan', 1);
    expect(result.addedMaximum).toBe(true);
    expect(formatProcessingTime(result.value)).toBe('Pengujian selesai pada hari yang dijadwalkan (paling lama 1 hari kerja)');
  });

  it('turns a number without text into the structure', () => {
    expect(formatProcessingTime(migrated('', 5).value)).toBe('5 hari kerja');
  });

  it('refuses, naming jangkaWaktu.teks, an entry edited halfway into the new form with a different text', () => {
    const result = migrateProcessingTime({
      teks: 'Sekitar 30 menit; kartu aktif 14 hari',
      nilai: 14,
      satuan: 'hari',
      keterangan: 'kartu aktif',
    });
    expect(result).toMatchObject({ ok: false, field: 'jangkaWaktu.teks' });
    expect(result.ok || result.reason).toMatch(/teks lama "Sekitar 30 menit; kartu aktif 14 hari" berbeda/);
  });

  it('drops "teks" beside a hand-written new form that already says the same', () => {
    const result = migrateProcessingTime({ teks: '3 hari kerja', nilai: 3, satuan: 'hari-kerja', sifat: 'tepat', keterangan: '' });
    expect(result.ok && formatProcessingTime(result.value)).toBe('3 hari kerja');
  });

  it('refuses a "teks" that is not text, naming the field', () => {
    expect(migrateProcessingTime({ teks: ['1 hari'], nilai: 1 })).toMatchObject({ ok: false, field: 'jangkaWaktu.teks' });
  });
});
