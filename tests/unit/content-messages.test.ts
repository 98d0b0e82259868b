// Messages editors can act on: a YAML syntax error keeps its cause, line and column; a
// file that fails the schema causes no false second error; nothing reaches editors in English.
import { describe, expect, it } from 'vitest';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();

describe('YAML syntax errors', () => {
  it('keep their cause, line and column, as one error', async () => {
    const dir = contentWith({ 'gerai/dukcapil.yaml': (t) => t.replace('kode: G01', 'kode: G01\n  lantai 2: : x') });
    const message = await errorsOf(dir);
    expect(message).toMatch(/Konten tidak valid \(1 kesalahan\)/);
    expect(message).toMatch(/gerai\/dukcapil\.yaml › -: kesalahan penulisan YAML di baris 3, kolom \d+: indentasi .* tidak sesuai/);
  });

  it('count lines from the top of a .mdoc file', async () => {
    const dir = contentWith({ 'pengumuman/mpp-dibuka.mdoc': (t) => t.replace('jenis: berita', 'jenis: [berita') });
    expect(await errorsOf(dir)).toMatch(/pengumuman\/mpp-dibuka\.mdoc › -: kesalahan penulisan YAML di baris 5, kolom \d+: /);
  });
});

describe('no false second error', () => {
  it('a profile or schedule that fails the schema is not also "belum diisi"', async () => {
    const dir = contentWith({
      'profil.yaml': (t) => t.replace('zonaWaktu: Asia/Makassar', 'zonaWaktu: Mars'),
      'jam-layanan.yaml': (t) => t.replace(/senin: .*/, "senin: [{mulai: '8 pagi', selesai: '15.00'}]"),
    });
    const message = await errorsOf(dir);
    expect(message).toMatch(/profil\.yaml › zonaWaktu: pilihan tidak valid/);
    expect(message).toMatch(/jam-layanan\.yaml › jadwal\.senin\[1\]\.mulai: Gunakan format JJ\.MM/);
    expect(message).not.toMatch(/belum diisi/);
  });

  it('an hour that does not exist (25.00) names the hours that do, not the format, in the file and field', async () => {
    const dir = contentWith({ 'jam-layanan.yaml': (t) => t.replace(/senin: .*/, "senin: [{mulai: '08.00', selesai: '25.00'}]") });
    const message = await errorsOf(dir);
    expect(message).toMatch(/jam-layanan\.yaml › jadwal\.senin\[1\]\.selesai: jam "25\.00" tidak ada; jam berlaku 00\.00–23\.59/);
    expect(message).not.toMatch(/senin\[1\]\.selesai: Gunakan format/);
  });

  it('a gerai that fails the schema does not make its services report it missing', async () => {
    const dir = contentWith({ 'gerai/dukcapil.yaml': (t) => t.replace('lantai: 1', 'lantai: satu') });
    const message = await errorsOf(dir);
    expect(message).toMatch(/gerai\/dukcapil\.yaml › lantai: harus berupa (angka|bilangan bulat)/);
    expect(message).not.toMatch(/tidak ditemukan/);
  });
});

describe('no English reaches editors', () => {
  it("Keystatic's URL check", async () => {
    const dir = contentWith({ 'instansi/dukcapil.yaml': (t) => `${t.replace(/^situs: .*\n/m, '')}situs: 'javascript:alert(1)'\n` });
    const message = await errorsOf(dir);
    expect(message).toMatch(/instansi\/dukcapil\.yaml › situs: Situs web bukan URL yang valid/);
    expect(message).not.toMatch(/is not a valid URL/);
  });

  it("Markdoc's undefined tag", async () => {
    const dir = contentWith({ 'pengumuman/mpp-dibuka.mdoc': (t) => `${t}\n{% youtube id="x" /%}\n` });
    const message = await errorsOf(dir);
    expect(message).toMatch(/pengumuman\/mpp-dibuka\.mdoc › isi: baris 16: tag \{% youtube %\} tidak dikenal/);
    expect(message).not.toMatch(/Undefined tag/);
  });

  it('list items are numbered from 1 in schema errors too', async () => {
    const dir = contentWith({ 'layanan/ktp-el.yaml': (t) => t.replace('jumlah: 1, catatan', 'jumlah: 0, catatan') });
    expect(await errorsOf(dir)).toMatch(/layanan\/ktp-el\.yaml › persyaratan\[1\]\.jumlah: Jumlah minimal 1/);
  });
});
