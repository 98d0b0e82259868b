// The data layer reads the fixture content set, resolves relations, and refuses
// broken content with messages that name the file and the field.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite, sharedBuildSite } from '../../src/data/index.ts';
import { contentWith, errorsOf, FIXTURE, registerContentCopies } from './content-fixture.ts';

registerContentCopies();

describe('valid content', () => {
  it('resolves service → gerai → instansi and instansi → agreements', async () => {
    const site = await loadSite(contentWith());
    const sim = site.services.find((s) => s.slug === 'perpanjangan-sim');
    expect(sim?.gerai.kode).toBe('G02');
    expect(sim?.gerai.instansi.nama).toBe('Polresta Uji');
    expect(sim?.gerai.instansi.agreements.map((a) => a.slug)).toEqual(['polresta']);
    expect(sim?.requiredDocuments).toBe(2);
    expect(site.gerai.find((g) => g.slug === 'dukcapil')?.services.map((s) => s.slug)).toEqual(['ktp-el']);
  });

  it('gives each gerai its own hours when set, else the MPP schedule', async () => {
    const site = await loadSite(contentWith());
    const [dukcapil, polresta] = site.gerai;
    expect(dukcapil?.hours.weekly.sabtu).toEqual([{ mulai: '08.00', selesai: '12.00' }]);
    expect(polresta?.hours.weekly.senin).toEqual([{ mulai: '08.00', selesai: '14.00' }]);
    expect(polresta?.hours.timeZone).toBe('Asia/Makassar');
  });

  it('warns (without failing) about agreements ending within 90 days and stale reviews', async () => {
    const site = await loadSite(contentWith());
    const messages = site.warnings.map((w) => `${w.file} › ${w.field}: ${w.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/kerja-sama\/polresta\.yaml › berlakuSampai: perjanjian berakhir 9 Januari 2027 \(47 hari lagi\)/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/layanan\/perpanjangan-sim\.yaml › ditinjau: terakhir ditinjau 2025-01-15/));
    expect(site.agreements[0]?.status).toBe('segera-berakhir');
  });

  it('renders rich text with headings below h1 and safe external links', async () => {
    const site = await loadSite(contentWith());
    const { renderRichText } = await import('../../src/lib/rich-text.ts');
    const html = renderRichText(site.pages.find((p) => p.slug === 'tentang')!.isi.tree);
    expect(html).toContain('<h2>Tentang kami</h2>');
    const news = renderRichText(site.announcements[0]!.isi.tree);
    expect(news).toContain('<a href="https://example.go.id" rel="noopener noreferrer">');
    expect(news).toContain('<a href="/layanan/ktp-el/">');
  });
});

describe('broken content fails with the file, the field and the problem', () => {
  it('a relationship to a missing entry', async () => {
    const dir = contentWith({ 'layanan/ktp-el.yaml': (t) => t.replace('gerai: dukcapil', 'gerai: capil') });
    expect(await errorsOf(dir)).toMatch(/layanan\/ktp-el\.yaml › gerai: gerai "capil" tidak ditemukan/);
  });

  it('a gerai pointing to a missing instansi', async () => {
    const dir = contentWith({ 'gerai/polresta.yaml': (t) => t.replace('instansi: polresta', 'instansi: polres') });
    expect(await errorsOf(dir)).toMatch(/gerai\/polresta\.yaml › instansi: instansi "polres" tidak ditemukan/);
  });

  it('duplicate slugs and duplicate gerai codes', async () => {
    const dir = contentWith({
      'layanan/KTP-el.yaml': readFileSync(path.join(FIXTURE, 'layanan/ktp-el.yaml'), 'utf8'),
      'gerai/polresta.yaml': (t) => t.replace('kode: G02', 'kode: G01'),
    });
    const message = await errorsOf(dir);
    // The schema refuses the upper-case slug before the content check sees the duplicate.
    expect(message).toMatch(/layanan\/KTP-el\.yaml › nama: Alamat hanya boleh huruf kecil, angka dan tanda hubung/);
    expect(message).toMatch(/gerai\/polresta\.yaml › kode: kode gerai "G01" sudah dipakai oleh .*gerai\/dukcapil\.yaml/);
  });

  it('an opening interval that ends before it starts', async () => {
    const dir = contentWith({
      'jam-layanan.yaml': (t) => t.replace("senin: [{mulai: '08.00', selesai: '15.00'}]", "senin: [{mulai: '15.00', selesai: '08.00'}]"),
    });
    expect(await errorsOf(dir)).toMatch(/jam-layanan\.yaml › jadwal\.senin\[1\]: rentang 15\.00–08\.00 berakhir sebelum/);
  });

  it('overlapping intervals in a gerai schedule', async () => {
    const dir = contentWith({
      'gerai/polresta.yaml': (t) =>
        t.replace(
          "jumat: [{mulai: '08.00', selesai: '11.00'}]",
          "jumat: [{mulai: '08.00', selesai: '11.00'}, {mulai: '10.00', selesai: '12.00'}]",
        ),
    });
    expect(await errorsOf(dir)).toMatch(/gerai\/polresta\.yaml › jamSendiri\.jumat\[\d\]: rentang .* tumpang tindih/);
  });

  it('a date range that ends before it starts', async () => {
    const dir = contentWith({ 'libur/natal-2026.yaml': (t) => t.replace('selesai: null', 'selesai: 2026-12-20') });
    expect(await errorsOf(dir)).toMatch(
      /libur\/natal-2026\.yaml › selesai: tanggal selesai 2026-12-20 lebih awal dari tanggal mulai 2026-12-25/,
    );
  });

  it('coordinates outside Indonesia (latitude sign flipped)', async () => {
    const dir = contentWith({ 'profil.yaml': (t) => t.replace('lintang: -3.9985', 'lintang: 53.9985') });
    expect(await errorsOf(dir)).toMatch(/profil\.yaml › koordinat\.lintang: Lintang \(latitude\) maksimal 6\.3/);
  });

  it('a service without persyaratan or prosedur', async () => {
    const dir = contentWith({
      'layanan/ktp-el.yaml': (t) =>
        t.replace(/persyaratan:\n( {2}- .*\n)+/, 'persyaratan: []\n').replace(/prosedur:\n( {2}- .*\n)+/, 'prosedur: []\n'),
    });
    const message = await errorsOf(dir);
    expect(message).toMatch(/layanan\/ktp-el\.yaml › persyaratan: Minimal 1 butir/);
    expect(message).toMatch(/layanan\/ktp-el\.yaml › prosedur: Minimal 1 butir/);
  });

  it('an agreement valid until before it was signed', async () => {
    const dir = contentWith({ 'kerja-sama/polresta.yaml': (t) => t.replace('berlakuSampai: 2027-01-09', 'berlakuSampai: 2023-12-31') });
    expect(await errorsOf(dir)).toMatch(
      /kerja-sama\/polresta\.yaml › berlakuSampai: berlaku sampai 31 Desember 2023 lebih awal dari tanggal ditandatangani 10 Januari 2024/,
    );
  });

  it('a value outside the schema, translated for editors', async () => {
    const dir = contentWith({ 'instansi/dukcapil.yaml': (t) => t.replace('jenis: opd', 'jenis: dinas') });
    expect(await errorsOf(dir)).toMatch(/instansi\/dukcapil\.yaml › jenis: pilihan tidak valid/);
  });

  it('lists every problem at once, not just the first', async () => {
    const dir = contentWith({
      'layanan/ktp-el.yaml': (t) => t.replace('gerai: dukcapil', 'gerai: capil'),
      'libur/natal-2026.yaml': (t) => t.replace('selesai: null', 'selesai: 2026-12-20'),
    });
    const message = await errorsOf(dir);
    expect(message).toMatch(/Konten tidak valid \(2 kesalahan\)/);
  });
});

describe('hostile editor content is rejected or neutralised', () => {
  const withBody = (body: string) =>
    contentWith({ 'pengumuman/mpp-dibuka.mdoc': (t) => `${t.split('---\n## Layanan pertama')[0]}---\n${body}\n` });

  it('rejects javascript: links with a clear message', async () => {
    const message = await errorsOf(withBody('Klik [di sini](javascript:alert(1)).'));
    expect(message).toMatch(/pengumuman\/mpp-dibuka\.mdoc › isi: tautan "javascript:alert\(1\)" tidak diizinkan/);
  });

  it('rejects event-handler attributes, in Indonesian, with the line counted from the top of the file', async () => {
    const message = await errorsOf(withBody('[tautan](/a){% onclick="alert(1)" %}'));
    expect(message).toMatch(/pengumuman\/mpp-dibuka\.mdoc › isi: baris 12: atribut "onclick" tidak diizinkan/);
    expect(message).not.toMatch(/Invalid attribute/);
  });

  it('rejects images from other sites', async () => {
    const message = await errorsOf(withBody('![foto](https://evil.example/x.png)'));
    expect(message).toMatch(/isi: gambar "https:\/\/evil\.example\/x\.png" harus diunggah lewat CMS/);
  });

  it('refuses raw HTML (a script, an image with onerror) with the file, field and line, like script links', async () => {
    const message = await errorsOf(withBody('Halo <script>alert(1)</script>\n\nFoto <img src=x onerror=alert(1)>'));
    expect(message).toMatch(/pengumuman\/mpp-dibuka\.mdoc › isi: baris 12: kode HTML "<script>" tidak diizinkan/);
    expect(message).toMatch(/pengumuman\/mpp-dibuka\.mdoc › isi: baris 14: kode HTML "<img src=x onerror=alert\(1\)>" tidak diizinkan/);
    // Comparisons and arrows in ordinary sentences are text, not markup.
    const plain = await loadSite(withBody('Anak usia <5 tahun dan lansia > 60 tahun -> loket 3'));
    expect(plain.announcements[0]?.isi.text).toContain('<5 tahun');
  });

  it('escapes script tags written as text, should one ever reach the renderer', async () => {
    const { default: Markdoc } = await import('@markdoc/markdoc');
    const { prepareRichText, renderRichText } = await import('../../src/lib/rich-text.ts');
    const html = renderRichText(prepareRichText(Markdoc.parse('Halo <script>alert(1)</script> <img src=x onerror=alert(1)>')).tree);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('rejects a huge body and an over-long summary', async () => {
    const huge = withBody('a '.repeat(60_000));
    expect(await errorsOf(huge)).toMatch(/isi: teks terlalu panjang \(\d+ karakter, maksimum 100000\)/);
    const longSummary = contentWith({ 'layanan/ktp-el.yaml': (t) => t.replace(/ringkasan: .*/, `ringkasan: ${'x'.repeat(400)}`) });
    expect(await errorsOf(longSummary)).toMatch(/layanan\/ktp-el\.yaml › ringkasan: Ringkasan maksimal 300 karakter/);
  });

  it('restricts uploaded file types', async () => {
    const dir = contentWith({
      'pengumuman/mpp-dibuka.mdoc': (t) =>
        t.replace('sampul: null', 'sampul: /media/pengumuman/mpp-dibuka/sampul.svg').replace("sampulAlt: ''", 'sampulAlt: Gedung'),
    });
    expect(await errorsOf(dir)).toMatch(/pengumuman\/mpp-dibuka\.mdoc › sampul: jenis berkas \.svg tidak diizinkan/);
  });
});

describe('one content read per build', () => {
  it('is shared by everyone asking for the same folder, and never crosses to another folder', async () => {
    const saved = process.env.MPP_CONTENT_DIR;
    try {
      process.env.MPP_CONTENT_DIR = FIXTURE;
      const fixture = sharedBuildSite();
      expect(sharedBuildSite()).toBe(fixture);
      process.env.MPP_CONTENT_DIR = path.resolve('content');
      const sample = sharedBuildSite();
      expect(sample).not.toBe(fixture);
      expect((await sample).profile.zonaWaktu).not.toBe((await fixture).profile.zonaWaktu);
    } finally {
      if (saved === undefined) delete process.env.MPP_CONTENT_DIR;
      else process.env.MPP_CONTENT_DIR = saved;
    }
  });
});
