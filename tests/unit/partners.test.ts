// Partner kinds, agreement states, how agencies serve at the MPP, and the satisfaction
// index grade: the logic behind /kemitraan/, the home and Tentang pages and kemitraan.json.
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { hoursDocument } from '../../src/lib/open-data/jam-layanan.ts';
import { partnersDocument } from '../../src/lib/open-data/kemitraan.ts';
import { openDataSchemas } from '../../src/lib/open-data/schemas.ts';
import { checkSchema } from '../e2e/json-schema.ts';
import { agreementStatusOf, countPartnerStates, groupByKind, partnerState } from '../../src/lib/partners.ts';
import { formatSkm, skmGrade } from '../../src/lib/skm.ts';
import { contentWith, errorsOf, registerContentCopies } from './content-fixture.ts';

registerContentCopies();
const TODAY = '2026-11-23';

describe('satisfaction index grade (PermenPAN-RB 14/2017)', () => {
  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65.0, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25.0, 'D', 'Tidak Baik'],
  ])('%s is %s (%s)', (value, grade, label) => {
    expect(skmGrade(value)).toEqual({ grade, label });
  });

  it('grades the value rounded to two decimals, as the table is written', () => {
    expect(skmGrade(88.305)?.grade).toBe('A');
    expect(skmGrade(88.304)?.grade).toBe('B');
  });

  it('has no grade outside 25–100', () => {
    expect(skmGrade(24.99)).toBeNull();
    expect(skmGrade(100.01)).toBeNull();
    expect(skmGrade(0)).toBeNull();
    expect(skmGrade(Number.NaN)).toBeNull();
  });

  it('prints the value with a decimal comma', () => {
    expect(formatSkm(90.41)).toBe('90,41');
    expect(formatSkm(88)).toBe('88,00');
  });
});

describe('agreement and partner states', () => {
  it('a renewal in progress or an unsigned draft wins over the end date', () => {
    expect(agreementStatusOf('ditandatangani', '2027-06-01', TODAY)).toBe('aktif');
    expect(agreementStatusOf('ditandatangani', '2027-01-09', TODAY)).toBe('segera-berakhir');
    expect(agreementStatusOf('ditandatangani', '2026-11-22', TODAY)).toBe('berakhir');
    expect(agreementStatusOf('perpanjangan', '2026-10-01', TODAY)).toBe('perpanjangan');
    expect(agreementStatusOf('perpanjangan', '2027-06-01', TODAY)).toBe('perpanjangan');
    expect(agreementStatusOf('belum-ditandatangani', null, TODAY)).toBe('belum-ditandatangani');
  });

  it("an agency's state is its best agreement; without one, the city's OPD needs none", () => {
    expect(partnerState('vertikal', ['berakhir', 'aktif'])).toBe('berlaku');
    expect(partnerState('vertikal', ['segera-berakhir'])).toBe('berlaku');
    expect(partnerState('bumn', ['berakhir', 'perpanjangan'])).toBe('perpanjangan');
    expect(partnerState('asosiasi', ['berakhir', 'belum-ditandatangani'])).toBe('belum-ditandatangani');
    expect(partnerState('bumd', ['berakhir'])).toBe('berakhir');
    expect(partnerState('asosiasi', [])).toBe('belum-ditandatangani');
    expect(partnerState('provinsi', [])).toBe('belum-ditandatangani');
    expect(partnerState('opd', [])).toBe('tanpa-pks');
  });

  it('counts every state once and leaves OPD without an agreement out', () => {
    expect(countPartnerStates(['berlaku', 'berlaku', 'perpanjangan', 'tanpa-pks', 'belum-ditandatangani', 'berakhir'])).toEqual({
      berlaku: 2,
      perpanjangan: 1,
      berakhir: 1,
      'belum-ditandatangani': 1,
    });
  });

  it('groups by kind in a fixed order, keeping order within a group and leaving empty kinds out', () => {
    const items = [
      { n: 'KADIN', k: 'asosiasi' },
      { n: 'Samsat', k: 'provinsi' },
      { n: 'INI', k: 'asosiasi' },
      { n: 'Imigrasi', k: 'vertikal' },
    ];
    expect(groupByKind(items, (i) => i.k).map((g) => [g.kind, g.items.map((i) => i.n)])).toEqual([
      ['provinsi', ['Samsat']],
      ['vertikal', ['Imigrasi']],
      ['asosiasi', ['KADIN', 'INI']],
    ]);
  });
});

const ASSOCIATION = `nama: Ikatan Notaris Uji
singkatan: INI
jenis: asosiasi
logo: null
situs: null
kontak: Konsultasi akta setiap Selasa.
kehadiran:
  discriminant: gerai-lain
  value: dukcapil
`;
const NOT_OPEN = `nama: Kamar Dagang Uji
jenis: asosiasi
kontak: ''
kehadiran:
  discriminant: belum-buka
  value: Direncanakan 2027.
`;
const DRAFT = `judul: PKS Kadin Uji
instansi: kadin
tahap: belum-ditandatangani
nomor: []
ditandatangani: null
berlakuMulai: null
berlakuSampai: null
ruangLingkup: Pendampingan UMKM.
dokumen: null
`;

describe('agencies without a gerai of their own', () => {
  it('are resolved with where they serve and their agreement state', async () => {
    const site = await loadSite(
      contentWith({ 'instansi/ini.yaml': ASSOCIATION, 'instansi/kadin.yaml': NOT_OPEN, 'kerja-sama/kadin.yaml': DRAFT }),
    );
    const bySlug = new Map(site.instansi.map((i) => [i.slug, i]));
    const ini = bySlug.get('ini');
    expect(ini?.presence.kind === 'gerai-lain' && ini.presence.gerai.slug).toBe('dukcapil');
    expect(ini?.partnerState).toBe('belum-ditandatangani');
    const kadin = bySlug.get('kadin');
    expect(kadin?.presence).toEqual({ kind: 'belum-buka', plan: 'Direncanakan 2027.' });
    expect(kadin?.agreements.map((a) => a.status)).toEqual(['belum-ditandatangani']);
    expect(bySlug.get('polresta')?.presence.kind).toBe('gerai-sendiri');
    expect(bySlug.get('dukcapil')?.partnerState).toBe('tanpa-pks');
  });

  it('an agency said to have its own gerai that has none is shown as not open, with a warning naming file and field', async () => {
    const site = await loadSite(contentWith({ 'instansi/ini.yaml': ASSOCIATION.replace(/kehadiran:[\s\S]*/, '') }));
    expect(site.instansi.find((i) => i.slug === 'ini')?.presence).toEqual({ kind: 'belum-buka', plan: '' });
    expect(site.warnings.map((w) => `${w.file} › ${w.field}: ${w.message}`)).toContainEqual(
      expect.stringMatching(/instansi\/ini\.yaml › kehadiran: Layanan di MPP "Memiliki gerai sendiri" dipilih tetapi belum ada gerai/),
    );
  });

  it('an agency that owns a gerai is shown with it even if marked "not open", with a warning', async () => {
    const site = await loadSite(
      contentWith({ 'instansi/polresta.yaml': (t) => `${t}kehadiran:\n  discriminant: belum-buka\n  value: ''\n` }),
    );
    const polresta = site.instansi.find((i) => i.slug === 'polresta');
    expect(polresta?.presence.kind === 'gerai-sendiri' && polresta.presence.gerai.map((g) => g.slug)).toEqual(['polresta']);
    expect(site.warnings.map((w) => `${w.file} › ${w.field}: ${w.message}`)).toContainEqual(
      expect.stringMatching(
        /instansi\/polresta\.yaml › kehadiran: Layanan di MPP "Belum membuka layanan di MPP" dipilih padahal instansi ini memiliki gerai\/polresta/,
      ),
    );
  });

  it('served at a gerai that does not exist', async () => {
    const dir = contentWith({ 'instansi/ini.yaml': ASSOCIATION.replace('value: dukcapil', 'value: notaris') });
    expect(await errorsOf(dir)).toMatch(/instansi\/ini\.yaml › kehadiran\.gerai: gerai tempat melayani "notaris" tidak ditemukan/);
  });
});

describe('agreement stages in the content check', () => {
  const agreement = (change: (t: string) => string) => contentWith({ 'kerja-sama/polresta.yaml': change });
  const warningsOf = async (dir: string) => (await loadSite(dir)).warnings.map((w) => `${w.file} › ${w.field}: ${w.message}`);

  it('a signed agreement needs its dates', async () => {
    const message = await errorsOf(agreement((t) => t.replace('berlakuSampai: 2027-01-09', 'berlakuSampai: null')));
    expect(message).toMatch(
      /kerja-sama\/polresta\.yaml › berlakuSampai: berlaku sampai wajib diisi untuk perjanjian yang sudah ditandatangani/,
    );
  });

  it('an unsigned draft needs no dates and gets no warnings', async () => {
    const dir = agreement(() => DRAFT.replace('instansi: kadin', 'instansi: polresta'));
    const site = await loadSite(dir);
    expect(site.agreements[0]?.status).toBe('belum-ditandatangani');
    expect((await warningsOf(dir)).filter((m) => m.includes('kerja-sama/'))).toEqual([]);
  });

  it('ending soon asks for renewal; once "perpanjangan sedang diproses" is chosen the warning goes', async () => {
    expect(await warningsOf(contentWith())).toContainEqual(
      expect.stringMatching(
        /kerja-sama\/polresta\.yaml › berlakuSampai: perjanjian berakhir 9 Januari 2027 \(47 hari lagi\); siapkan perpanjangan/,
      ),
    );
    const renewing = agreement((t) => t.replace('instansi: polresta', 'instansi: polresta\ntahap: perpanjangan'));
    expect((await warningsOf(renewing)).filter((m) => m.includes('kerja-sama/'))).toEqual([]);
    expect((await loadSite(renewing)).instansi.find((i) => i.slug === 'polresta')?.partnerState).toBe('perpanjangan');
  });

  it('an ended agreement is a warning unless its renewal is in progress, which is a warning only when long overdue', async () => {
    const ended = (t: string) => t.replace('berlakuSampai: 2027-01-09', 'berlakuSampai: 2026-10-01');
    expect(await warningsOf(agreement(ended))).toContainEqual(
      expect.stringMatching(
        /polresta\.yaml › berlakuSampai: perjanjian sudah berakhir 1 Oktober 2026 \(53 hari lalu\); perbarui, pilih tahap "Perpanjangan sedang diproses"/,
      ),
    );
    const renewing = (t: string) => ended(t).replace('instansi: polresta', 'instansi: polresta\ntahap: perpanjangan');
    expect((await warningsOf(agreement(renewing))).filter((m) => m.includes('kerja-sama/'))).toEqual([]);
    const longAgo = (t: string) =>
      renewing(t)
        .replace('berlakuSampai: 2026-10-01', 'berlakuSampai: 2026-01-10')
        .replace('ditandatangani: 2024-01-10', 'ditandatangani: 2023-01-10')
        .replace('berlakuMulai: 2024-01-10', 'berlakuMulai: 2023-01-10');
    const overdue = await warningsOf(agreement(longAgo));
    expect(overdue).toContainEqual(
      expect.stringMatching(
        /polresta\.yaml › tahap: perpanjangan sudah diproses sejak perjanjian berakhir 10 Januari 2026 \(317 hari lalu\)/,
      ),
    );
  });
});

describe('satisfaction index in the profile', () => {
  const skm = (from: string, to: string) => contentWith({ 'profil.yaml': (t) => t.replace(from, to) });

  it('a value the regulation cannot grade is an error naming file and field', async () => {
    expect(await errorsOf(skm('nilai: 90.2', 'nilai: 12'))).toMatch(/profil\.yaml › skm\.nilai: nilai IKM 12 di luar rentang 25–100/);
  });

  it('a value without its survey period is an error', async () => {
    expect(await errorsOf(skm('periode: Semester I 2026', "periode: ''"))).toMatch(
      /profil\.yaml › skm\.periode: periode survei wajib diisi/,
    );
  });

  it('no value is fine', async () => {
    await expect(loadSite(skm('nilai: 90.2', 'nilai: null'))).resolves.toBeTruthy();
  });
});

describe('kemitraan.json and closure notes in open data', () => {
  it('lists every agency with presence, state and agreements, counts agreeing with the states, valid against its schema', async () => {
    const site = await loadSite(
      contentWith({
        'instansi/ini.yaml': ASSOCIATION,
        'instansi/kadin.yaml': NOT_OPEN,
        'kerja-sama/kadin.yaml': DRAFT,
        'libur/natal-2026.yaml': (t) => t.replace("keterangan: ''", 'keterangan: Layanan daring tetap berjalan.'),
      }),
    );
    const doc = partnersDocument(site);
    expect(checkSchema(openDataSchemas(site.profile.origin, site.hours.timeZone).kemitraan, JSON.parse(JSON.stringify(doc)))).toEqual([]);
    expect(doc.instansi.map((i) => i.slug)).toHaveLength(4);
    const bySlug = new Map(doc.instansi.map((i) => [i.slug, i]));
    expect(bySlug.get('ini')?.layananDiMpp).toEqual({ status: 'gerai-lain', gerai: ['dukcapil'], rencana: null });
    expect(bySlug.get('kadin')?.perjanjian[0]).toMatchObject({
      tahap: 'belum-ditandatangani',
      status: 'belum-ditandatangani',
      berlakuSampai: null,
    });
    expect(bySlug.get('polresta')?.perjanjian[0]).toMatchObject({
      judul: 'PKS Polresta Uji',
      berlakuMulai: '2024-01-10',
      ruangLingkup: 'SIM dan SKCK.',
    });
    const states = doc.instansi.map((i) => i.statusKerjaSama);
    expect(doc.jumlahMenurutStatus).toEqual({
      berlaku: states.filter((s) => s === 'berlaku').length,
      perpanjangan: 0,
      berakhir: 0,
      'belum-ditandatangani': states.filter((s) => s === 'belum-ditandatangani').length,
    });
    expect(doc.jumlahMenurutStatus['belum-ditandatangani']).toBe(2);
    expect(hoursDocument(site).libur[0]?.keterangan).toBe('Layanan daring tetap berjalan.');
  });
});
