// Content that used to crash the render or publish wrong information without a word is
// now an Indonesian error or warning naming the file and the field.
import { afterEach, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { normalizeWhatsApp } from '../../src/lib/format.ts';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();
const profil = (from: string, to: string) => contentWith({ 'profil.yaml': (t) => t.replace(from, to) });

describe('profile addresses are checked before the build', () => {
  afterEach(() => {
    delete process.env.MPP_QUEUE_API_URL;
    delete process.env.MPP_TILE_URL;
  });

  it('a queue API URL of "http://" (crashed the render with "Invalid URL")', async () => {
    expect(await errorsOf(profil('apiUrl: null', "apiUrl: 'http://'"))).toMatch(
      /profil\.yaml › antrian\.apiUrl: "http:\/\/" bukan alamat URL lengkap/,
    );
  });

  it('a plain-http queue API on another host (browsers block it on an https site)', async () => {
    expect(await errorsOf(profil('apiUrl: null', 'apiUrl: http://antrean.uji.go.id/v1/antrean'))).toMatch(
      /profil\.yaml › antrian\.apiUrl: "http:\/\/antrean\.uji\.go\.id\/v1\/antrean" harus diawali https:\/\//,
    );
  });

  it('accepts https, and plain http only on localhost', async () => {
    await expect(loadSite(profil('apiUrl: null', 'apiUrl: https://antrean.uji.go.id/v1/antrean'))).resolves.toBeTruthy();
    process.env.MPP_QUEUE_API_URL = 'http://127.0.0.1:8787/v1/antrean';
    await expect(loadSite(contentWith())).resolves.toBeTruthy();
  });

  it('a tile URL without a scheme (crashed the render with "Invalid URL")', async () => {
    const dir = profil('tileUrl: https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'tileUrl: tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(await errorsOf(dir)).toMatch(/profil\.yaml › peta\.tileUrl: Tulis pola lengkap dengan https:\/\/ dan \{z\}, \{x\}, \{y\}/);
  });

  it('a tile URL over http or without {z}, {x}, {y}', async () => {
    const plain = profil('tileUrl: https://', 'tileUrl: http://');
    expect(await errorsOf(plain)).toMatch(/peta\.tileUrl: .* harus diawali https:\/\//);
    const partial = profil('tileUrl: https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'tileUrl: https://tile.openstreetmap.org/{z}.png');
    expect(await errorsOf(partial)).toMatch(/peta\.tileUrl: Tulis pola lengkap dengan https:\/\/ dan \{z\}, \{x\}, \{y\}/);
  });

  it('environment overrides are checked too', async () => {
    process.env.MPP_TILE_URL = 'ubin.lokal/{z}/{x}/{y}.png';
    expect(await errorsOf(contentWith())).toMatch(/variabel lingkungan › MPP_TILE_URL: .* bukan alamat URL lengkap/);
  });

  it('links in the profile', async () => {
    expect(await errorsOf(profil('lapor: https://www.lapor.go.id', 'lapor: www.lapor.go.id'))).toMatch(
      /profil\.yaml › pengaduan\.lapor: "www\.lapor\.go\.id" bukan alamat URL lengkap/,
    );
  });
});

describe('contacts', () => {
  it('phone and WhatsApp numbers that are not numbers', async () => {
    const dir = contentWith({
      'profil.yaml': (t) =>
        t.replace('telepon: (0401) 000000', 'telepon: hubungi kami').replace("whatsapp: '6281200000000'", 'whatsapp: WA kami'),
    });
    const message = await errorsOf(dir);
    expect(message).toMatch(/profil\.yaml › kontak\.telepon: Tulis nomor dengan angka/);
    expect(message).toMatch(/profil\.yaml › kontak\.whatsapp: Tulis nomor WhatsApp dengan kode negara/);
    expect(message).not.toMatch(/Profil MPP belum diisi/);
  });

  it('normalises WhatsApp to the international form for wa.me', async () => {
    expect(normalizeWhatsApp('0812-3456-7890')).toBe('6281234567890');
    expect(normalizeWhatsApp('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalizeWhatsApp('abc')).toBeNull();
    const site = await loadSite(profil("whatsapp: '6281200000000'", "whatsapp: '0812-0000-0000'"));
    expect(site.profile.kontak.whatsapp).toBe('6281200000000');
  });
});

describe('content that published wrong information without a word', () => {
  it('"own hours" ticked with no hours entered', async () => {
    const dir = contentWith({ 'gerai/polresta.yaml': (t) => t.replace(/\[\{mulai: '08\.00', selesai: '1\d\.00'\}\]/g, '[]') });
    expect(await errorsOf(dir)).toMatch(/gerai\/polresta\.yaml › jamSendiri: jam layanan gerai berbeda dicentang tetapi belum ada jam/);
  });

  it('blank or whitespace-only procedure steps and requirement names', async () => {
    const dir = contentWith({
      'layanan/ktp-el.yaml': (t) => t.replace('dokumen: Kartu Keluarga', "dokumen: '   '").replace('- Ambil nomor antrean.', "- ' '"),
    });
    const message = await errorsOf(dir);
    expect(message).toMatch(/layanan\/ktp-el\.yaml › persyaratan\[1\]\.dokumen: Tidak boleh kosong atau hanya spasi/);
    expect(message).toMatch(/layanan\/ktp-el\.yaml › prosedur\[1\]: Tidak boleh kosong atau hanya spasi/);
  });

  it('a 5,000-character gerai name', async () => {
    const dir = contentWith({ 'gerai/polresta.yaml': (t) => t.replace('nama: Polresta', `nama: ${'P'.repeat(5000)}`) });
    const message = await errorsOf(dir);
    expect(message).toMatch(/gerai\/polresta\.yaml › nama: Nama gerai maksimal 120 karakter/);
    // The gerai's own error is enough: its services do not also report it missing.
    expect(message).not.toMatch(/gerai "polresta" tidak ditemukan/);
  });

  it('warns about an agreement that has ended and two services with the same name', async () => {
    const dir = contentWith({
      'kerja-sama/polresta.yaml': (t) => t.replace('berlakuSampai: 2027-01-09', 'berlakuSampai: 2026-01-09'),
      'layanan/perpanjangan-sim.yaml': (t) => t.replace(/^nama: .*/m, 'nama: KTP-el Baru'),
    });
    const messages = (await loadSite(dir)).warnings.map((w) => `${w.file} › ${w.field}: ${w.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/kerja-sama\/polresta\.yaml › berlakuSampai: perjanjian sudah berakhir 9 Januari 2026/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/layanan\/perpanjangan-sim\.yaml › nama: nama layanan "KTP-el Baru" sama dengan .*layanan\/ktp-el\.yaml/),
    );
  });
});

describe('images inside rich text', () => {
  it('an image in an announcement body that does not exist', async () => {
    const dir = contentWith({ 'pengumuman/mpp-dibuka.mdoc': (t) => `${t}\n![Gedung](/media/pengumuman/mpp-dibuka/gedung.png)\n` });
    expect(await errorsOf(dir)).toMatch(
      /pengumuman\/mpp-dibuka\.mdoc › isi: berkas \/media\/pengumuman\/mpp-dibuka\/gedung\.png tidak ditemukan/,
    );
  });
});

describe('document count', () => {
  it('counts only documents every applicant needs, not conditional ones', async () => {
    const dir = contentWith({
      'layanan/ktp-el.yaml': (t) => t.replace('opsional: true, kondisi: belum', 'opsional: false, kondisi: belum'),
    });
    const site = await loadSite(dir);
    expect(site.services.find((s) => s.slug === 'ktp-el')?.requiredDocuments).toBe(1);
  });
});
