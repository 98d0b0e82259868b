// Open-data mapping (content model → published records), CSV quoting, and the schemas
// that document the files.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import type { Site } from '../../src/data/types.ts';
import { openDataCatalogue, schemaFields } from '../../src/lib/open-data/catalogue.ts';
import { CSV_COLUMNS, csvField, servicesCsv, toCsv } from '../../src/lib/open-data/csv.ts';
import { geraiDocument } from '../../src/lib/open-data/gerai.ts';
import { hoursDocument } from '../../src/lib/open-data/jam-layanan.ts';
import { partnersDocument } from '../../src/lib/open-data/kemitraan.ts';
import { serviceRecord, servicesDocument } from '../../src/lib/open-data/layanan.ts';
import { openDataSchemas } from '../../src/lib/open-data/schemas.ts';
import { checkSchema, parseCsv } from '../e2e/json-schema.ts';

let site: Site;
beforeAll(async () => {
  process.env.MPP_TODAY = '2026-11-23';
  site = await loadSite(path.resolve('tests/fixtures/content'));
});

describe('csvField and toCsv (RFC 4180)', () => {
  it('leaves plain values alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('Akta Kelahiran')).toBe('Akta Kelahiran');
    expect(csvField(80000)).toBe('80000');
    expect(csvField(null)).toBe('');
    expect(csvField('SIM A, SIM C')).toBe('"SIM A, SIM C"');
    expect(csvField('Formulir "F-1.01"')).toBe('"Formulir ""F-1.01"""');
    expect(csvField('KK\nKTP-el')).toBe('"KK\nKTP-el"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes a header row and CRLF line ends, and reads back to the same values', () => {
    const rows = [
      { nama: 'Paspor, baru', catatan: 'Bawa "asli"\nfotokopi 2 lembar', biaya: 350000 },
      { nama: 'KTP-el', catatan: '', biaya: 0 },
    ];
    const text = toCsv(['nama', 'catatan', 'biaya'], rows);
    expect(text.startsWith('nama,catatan,biaya\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['nama', 'catatan', 'biaya'],
      ['Paspor, baru', 'Bawa "asli"\nfotokopi 2 lembar', '350000'],
      ['KTP-el', '', '0'],
    ]);
  });
});

describe('serviceRecord', () => {
  it('maps a paid, restricted service with its gerai, agency, fees and requirements', () => {
    const service = site.services.find((s) => s.slug === 'perpanjangan-sim')!;
    const record = serviceRecord(site, service);
    expect(record.url).toBe(`${site.profile.origin}/layanan/perpanjangan-sim/`);
    expect(record.gerai).toEqual({
      slug: 'polresta',
      kode: service.gerai.kode,
      nama: service.gerai.nama,
      lantai: service.gerai.lantai,
      loket: service.gerai.loket || null,
    });
    expect(record.instansi.nama).toBe(service.gerai.instansi.nama);
    expect(record.biaya).toEqual({
      gratis: false,
      jenis: 'berbayar',
      terendah: 75000,
      ringkasan: 'Rp75.000–Rp80.000',
      tarif: [
        { uraian: 'SIM A', jumlah: 80000 },
        { uraian: 'SIM C', jumlah: 75000 },
      ],
      perhitungan: null,
      dasarHukum: 'PP 76/2020',
      caraBayar: 'Bank',
      biayaLain: [
        { uraian: 'Tes psikologi', perkiraan: 50000 },
        { uraian: 'Surat keterangan sehat', perkiraan: null },
      ],
    });
    expect(record.hadirSendiri).toBe(true);
    expect(record.ketersediaan).toEqual({ status: 'terbatas', keterangan: 'SIM baru tidak dilayani; hanya perpanjangan.' });
    expect(record.persyaratan[0]).toEqual({
      dokumen: 'SIM lama',
      alternatif: [],
      bentuk: 'asli-dan-fotokopi',
      jumlah: 1,
      wajib: true,
      kondisi: null,
      catatan: null,
    });
    expect(record.jumlahDokumenWajib).toBe(2);
    expect(record.jangkaWaktu).toEqual({
      teks: '1 hari',
      nilai: 1,
      satuan: 'hari',
      dari: null,
      selesaiDiTempat: false,
      sifat: 'tepat',
      keterangan: null,
    });
    // Empty optional text is null, never "", so consumers test one thing.
    expect(record.pengaduan).toBeNull();
    expect(record.alternatifDaring).toBeNull();
  });

  it('marks a free service as free with a lowest fee of 0', () => {
    const free = site.services.find((s) => s.biaya.discriminant === 'gratis')!;
    expect(serviceRecord(site, free).biaya).toMatchObject({ gratis: true, jenis: 'gratis', terendah: 0, ringkasan: 'Gratis', tarif: [] });
  });

  it('publishes a computed fee with no amount, how it is computed and where to check it', () => {
    const base = site.services.find((s) => s.slug === 'perpanjangan-sim')!;
    const service = {
      ...base,
      biaya: {
        discriminant: 'sesuai-perhitungan' as const,
        value: {
          caraHitung: 'Luas × indeks × harga satuan',
          tempatCek: 'SIMBG',
          tautanCek: 'https://simbg.pu.go.id',
          dasarHukum: 'PP 16/2021',
          caraBayar: '',
        },
      },
    };
    const record = serviceRecord(site, service);
    expect(record.biaya).toMatchObject({
      gratis: false,
      jenis: 'sesuai-perhitungan',
      terendah: null,
      ringkasan: 'Sesuai perhitungan',
      tarif: [],
      perhitungan: { caraHitung: 'Luas × indeks × harga satuan', tempatCek: 'SIMBG', tautanCek: 'https://simbg.pu.go.id' },
      dasarHukum: 'PP 16/2021',
      caraBayar: null,
    });
    expect(parseCsv(servicesCsv({ ...site, services: [service] }))[1]?.[CSV_COLUMNS.indexOf('biayaTerendah')]).toBe('');
    const document = JSON.parse(JSON.stringify(servicesDocument({ ...site, services: [service] })));
    expect(checkSchema(openDataSchemas(site.profile.origin, site.hours.timeZone).layanan, document)).toEqual([]);
  });

  it('lists "salah satu dari" alternatives with the requirement and in the CSV', () => {
    const base = site.services.find((s) => s.slug === 'perpanjangan-sim')!;
    const [first, ...rest] = base.persyaratan;
    const service = { ...base, persyaratan: [{ ...first!, dokumen: 'Akta kelahiran', alternatif: ['Ijazah', 'Buku nikah'] }, ...rest] };
    expect(serviceRecord(site, service).persyaratan[0]).toMatchObject({ dokumen: 'Akta kelahiran', alternatif: ['Ijazah', 'Buku nikah'] });
    const csv = parseCsv(servicesCsv({ ...site, services: [service] }));
    expect(csv[1]?.[CSV_COLUMNS.indexOf('persyaratan')]).toBe('Salah satu dari: akta kelahiran, ijazah atau buku nikah\nKTP-el');
    expect(csv[1]?.[CSV_COLUMNS.indexOf('hadirSendiri')]).toBe('true');
  });
});

describe('documents', () => {
  const schemas = () => openDataSchemas(site.profile.origin, site.hours.timeZone);

  it('carry publisher, licence and date, and match their schemas exactly', () => {
    const docs = {
      layanan: servicesDocument(site),
      gerai: geraiDocument(site),
      'jam-layanan': hoursDocument(site),
      kemitraan: partnersDocument(site),
    } as const;
    for (const [name, doc] of Object.entries(docs)) {
      expect(doc.penerbit).toBe(site.profile.penyelenggara);
      expect(doc.lisensi.nama).toBe('CC BY 4.0');
      expect(doc.diperbarui).toBe('2026-11-23');
      expect(doc.$schema).toBe(`${site.profile.origin}/data/${name}.schema.json`);
      expect(checkSchema(schemas()[name as keyof typeof docs], JSON.parse(JSON.stringify(doc)))).toEqual([]);
    }
    expect(servicesDocument(site).layanan).toHaveLength(site.services.length);
    expect(geraiDocument(site).gerai.map((g) => g.layanan.length)).toEqual(site.gerai.map((g) => g.services.length));
  });

  it('lists the weekly schedule in JJ.MM and only closures that have not ended', async () => {
    const hours = hoursDocument(site);
    expect(hours.zonaWaktu).toBe('Asia/Makassar');
    expect(hours.jadwal.senin).toEqual(
      site.hours.weekly.senin.map((i) => ({ mulai: i.mulai.replace(':', '.'), selesai: i.selesai.replace(':', '.') })),
    );
    expect(hours.libur).toEqual([
      { nama: 'Hari Raya Natal', mulai: '2026-12-25', selesai: '2026-12-25', jenis: 'tutup', jam: [], gerai: [], keterangan: null },
    ]);
    process.env.MPP_TODAY = '2026-12-26';
    const later = await loadSite(path.resolve('tests/fixtures/content'));
    process.env.MPP_TODAY = '2026-11-23';
    expect(hoursDocument(later).libur).toEqual([]);
  });

  it('has one CSV row per service with every column', () => {
    const rows = parseCsv(servicesCsv(site));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(site.services.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const sim = rows.find((r) => r[0] === 'perpanjangan-sim')!;
    expect(sim[CSV_COLUMNS.indexOf('biayaTerendah')]).toBe('75000');
    expect(sim[CSV_COLUMNS.indexOf('persyaratan')]).toBe('SIM lama\nKTP-el');
  });
});

describe('schemaFields', () => {
  it('documents nested fields with their paths and collapses weekly schedules to one day', () => {
    const { layanan, gerai } = openDataSchemas('https://mpp.example.go.id', 'Asia/Jakarta');
    const paths = schemaFields(layanan).map((f) => f.path);
    expect(paths).toContain('layanan[].persyaratan[].dokumen');
    expect(paths).toContain('layanan[].biaya.terendah');
    expect(schemaFields(layanan).every((f) => f.description.length > 0)).toBe(true);
    const geraiPaths = schemaFields(gerai).map((f) => f.path);
    expect(geraiPaths).toContain('gerai[].jadwal.{hari}[].mulai');
    expect(geraiPaths.some((p) => p.includes('senin'))).toBe(false);
  });

  it("names the MPP's own time zone, never WIB for an MPP in WITA (/data/ and the hours schema)", () => {
    expect(site.hours.timeZone).toBe('Asia/Makassar');
    const hours = openDataSchemas(site.profile.origin, site.hours.timeZone)['jam-layanan'];
    expect(JSON.stringify(hours)).not.toContain('WIB');
    expect(hours.properties?.zonaWaktu?.description).toContain('Asia/Makassar (WITA)');
    const documented = openDataCatalogue(site).flatMap((f) => f.fields.map((field) => field.description));
    expect(documented.join('\n')).not.toContain('WIB');
    expect(documented).toContainEqual(expect.stringContaining('WITA'));
  });
});
