// Life-event guides: bad guide content is refused with Indonesian messages naming the
// file and field; steps resolve to services; totals and the merged checklist add up.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, loadSite } from '../../src/data/index.ts';
import type { ProcessingTime } from '../../src/lib/format.ts';
import {
  type ChecklistItem,
  type Guide,
  type GuideService,
  guideChecklist,
  guidesOfService,
  guideTotals,
  resolveGuide,
  serviceFee,
} from '../../src/lib/guides.ts';
import { requirementName } from '../../src/lib/service-view.ts';

const dirs: string[] = [];
beforeAll(() => {
  process.env.MPP_TODAY = '2026-11-23';
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const step = (judul: string, layanan: [string, boolean?][], extra = '') =>
  `  - judul: ${judul}\n    layanan:${layanan.length ? '' : ' []'}\n${layanan
    .map(([slug, optional]) => `      - layanan: ${slug}\n        bilaPerlu: ${optional ? 'true' : 'false'}\n`)
    .join('')}    bilaPerlu: false\n    diLuarMpp: '${extra}'\n    catatan: ''\n`;

/** The fixture content plus one guide file (content/panduan/<name>.yaml). */
function fixtureWithGuide(name: string, steps: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-guide-'));
  dirs.push(dir);
  cpSync(path.resolve('tests/fixtures/content'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'panduan'));
  const head = `judul: Uji ${name}\nuntukSiapa: Warga uji\npengantar: Panduan uji.\nperistiwa: kelahiran\nkataKunci: []\n`;
  writeFileSync(path.join(dir, 'panduan', `${name}.yaml`), `${head}langkah:${steps ? `\n${steps}` : ' []\n'}`);
  return dir;
}

async function rejection(dir: string): Promise<string> {
  const error = await loadSite(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as Error).message;
}

describe('guide validation', () => {
  it('stops the content check (and so the build) with the file and field named', () => {
    const dir = fixtureWithGuide('kelahiran-anak', step('Akta', [['ktp-el']]) + step('Lain', [['x']]) + step('Kosong', []));
    const result = spawnSync(process.execPath, ['src/cli/check-content.ts'], {
      env: { ...process.env, MPP_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Konten tidak valid (2 kesalahan)');
    expect(result.stderr).toMatch(/kelahiran-anak\.yaml › langkah 2 › layanan: layanan "x" tidak ditemukan/);
    expect(result.stderr).toMatch(/kelahiran-anak\.yaml › langkah 3: langkah kosong/);
  });

  it('accepts a guide of known services and resolves its steps', async () => {
    const dir = fixtureWithGuide('baik', step('Surat dari bidan', [], 'Minta surat dari bidan') + step('KTP', [['ktp-el']]));
    const site = await loadSite(dir);
    const guide = site.guides[0];
    expect(guide?.slug).toBe('baik');
    expect(guide?.steps.map((s) => [s.number, s.outside, s.choices.map((c) => c.gerai.kode)])).toEqual([
      [1, 'Minta surat dari bidan', []],
      [2, '', ['G01']],
    ]);
  });

  it('names file, step and service when a service does not exist', async () => {
    const dir = fixtureWithGuide('kelahiran-anak', step('Akta', [['ktp-el']]) + step('Lain', [['x']]));
    const message = await rejection(dir);
    expect(message).toMatch(/panduan\/kelahiran-anak\.yaml › langkah 2 › layanan: layanan "x" tidak ditemukan/);
  });

  it('refuses an empty step and a guide without steps', async () => {
    expect(await rejection(fixtureWithGuide('kosong', step('Tidak ada', [])))).toMatch(
      /kosong\.yaml › langkah 1: langkah kosong: pilih paling sedikit satu layanan atau isi "Langkah di luar MPP"/,
    );
    expect(await rejection(fixtureWithGuide('tanpa', ''))).toMatch(
      /tanpa\.yaml › langkah: panduan wajib memiliki paling sedikit satu langkah/,
    );
  });

  it('refuses a service listed twice, in another step or the same one', async () => {
    const twice = await rejection(fixtureWithGuide('ganda', step('A', [['ktp-el']]) + step('B', [['perpanjangan-sim'], ['ktp-el', true]])));
    expect(twice).toMatch(/ganda\.yaml › langkah 2 › layanan: layanan "ktp-el" sudah disebut di langkah 1/);
    const same = await rejection(fixtureWithGuide('sama', step('A', [['ktp-el'], ['ktp-el']])));
    expect(same).toMatch(/sama\.yaml › langkah 1 › layanan: layanan "ktp-el" sudah disebut di langkah ini/);
  });
});

const time = (nilai: number | null, satuan: string, more: Partial<ProcessingTime> = {}): ProcessingTime => ({
  selesaiDiTempat: false,
  sifat: 'tepat',
  dari: null,
  nilai,
  satuan,
  keterangan: '',
  ...more,
});
const service = (slug: string, overrides: Partial<GuideService> = {}): GuideService => ({
  slug,
  nama: slug.toUpperCase(),
  gerai: { slug: `g-${slug}`, kode: `G-${slug}`, nama: slug, lantai: 1 },
  biaya: { discriminant: 'gratis' },
  jangkaWaktu: time(1, 'hari-kerja'),
  persyaratan: [{ dokumen: 'KK asli', bentuk: 'asli', opsional: false, kondisi: '' }],
  ...overrides,
});
const paid = (...amounts: number[]) => ({
  discriminant: 'berbayar',
  value: { tarif: amounts.map((jumlah) => ({ uraian: 'tarif', jumlah })) },
});

function guideOf(services: GuideService[], steps: [string[], { optional?: boolean; extras?: string[]; outside?: string }?][]): Guide {
  const bySlug = new Map(services.map((s) => [s.slug, s]));
  return resolveGuide(
    'uji',
    {
      judul: 'Uji',
      untukSiapa: '',
      pengantar: '',
      peristiwa: 'kelahiran',
      kataKunci: [],
      langkah: steps.map(([choices, o = {}]) => ({
        judul: choices.join(' atau ') || 'luar',
        layanan: [
          ...choices.map((layanan) => ({ layanan, bilaPerlu: false })),
          ...(o.extras ?? []).map((layanan) => ({ layanan, bilaPerlu: true })),
        ],
        bilaPerlu: o.optional ?? false,
        diLuarMpp: o.outside ?? '',
        catatan: '',
      })),
    },
    bySlug,
  );
}

describe('guide totals', () => {
  const a = service('a', { biaya: paid(50000) });
  const b = service('b', { jangkaWaktu: time(15, 'menit'), biaya: paid(30000, 60000) });
  const c = service('c', { gerai: a.gerai, biaya: paid(100000) });
  const d = service('d', { jangkaWaktu: time(null, 'hari', { keterangan: 'tergantung jadwal' }) });

  it('sums fixed fees, names variable ones, and skips optional steps', () => {
    const totals = guideTotals(guideOf([a, b, c, d], [[['a']], [['b']], [['c'], { optional: true }], [['d']]]));
    expect(totals.fixedFees).toBe(50000 + 30000);
    expect(totals.variableFeeSteps).toEqual([2]);
    expect(totals.optionalSteps).toEqual([3]);
    expect(totals.gerai.map((g) => g.slug)).toEqual(['g-a', 'g-b', 'g-d']);
    expect(totals.time).toEqual({ menit: 15, jam: 0, 'hari-kerja': 1, hari: 0 });
    expect(totals.untimedSteps).toEqual([4]);
  });

  it('counts a new visit after waiting days for a result or leaving for an outside step', () => {
    // a takes a working day → b needs a second trip; b is done in minutes → d in the same trip.
    expect(guideTotals(guideOf([a, b, d], [[['a']], [['b']], [['d']]])).visits).toBe(2);
    expect(guideTotals(guideOf([b, d], [[[], { outside: 'bidan' }], [['b']], [[], { outside: 'RT' }], [['d']]])).visits).toBe(2);
    expect(guideTotals(guideOf([b], [[['b']]])).visits).toBe(1);
  });

  it('takes the longest and the dearest alternative of an "atau" step', () => {
    const slow = service('slow', { jangkaWaktu: time(5, 'hari-kerja'), biaya: paid(10000) });
    const totals = guideTotals(guideOf([a, slow], [[['a', 'slow']]]));
    expect(totals.time['hari-kerja']).toBe(5);
    expect(totals.variableFeeSteps).toEqual([1]);
    expect(totals.fixedFees).toBe(10000);
    // Alternatives in different units: only the slower one counts.
    expect(guideTotals(guideOf([a, b], [[['b', 'a']]])).time).toEqual({ menit: 0, jam: 0, 'hari-kerja': 1, hari: 0 });
  });
});

describe('computed fees and on-site services in totals', () => {
  const computed = { discriminant: 'sesuai-perhitungan', value: { caraHitung: 'luas × indeks', tempatCek: 'SIMBG', tautanCek: null } };

  it('counts a computed fee as variable, adding nothing to the known total', () => {
    expect(serviceFee(computed)).toEqual({ kind: 'variable', low: 0, high: null });
    const pbg = service('pbg', { biaya: computed });
    const totals = guideTotals(guideOf([service('a', { biaya: paid(50000) }), pbg], [[['a']], [['pbg']]]));
    expect(totals.fixedFees).toBe(50000);
    expect(totals.variableFeeSteps).toEqual([2]);
  });

  it('keeps an "atau" step variable when one alternative is computed', () => {
    const totals = guideTotals(guideOf([service('a', { biaya: paid(20000) }), service('pbg', { biaya: computed })], [[['a', 'pbg']]]));
    expect(totals.variableFeeSteps).toEqual([1]);
    expect(totals.fixedFees).toBe(0);
  });

  it('treats "selesai di tempat" without a number as timed and done in the same visit', () => {
    const onSite = service('x', { jangkaWaktu: time(null, 'hari-kerja', { selesaiDiTempat: true }) });
    const totals = guideTotals(guideOf([onSite, service('y', { jangkaWaktu: time(10, 'menit') })], [[['x']], [['y']]]));
    expect(totals.untimedSteps).toEqual([]);
    expect(totals.visits).toBe(1);
  });
});

describe('combined checklist', () => {
  const req = (dokumen: string, alternatif: string[] = [], more: Partial<GuideService['persyaratan'][number]> = {}) => ({
    dokumen,
    alternatif,
    bentuk: 'asli',
    opsional: false,
    kondisi: '',
    ...more,
  });

  it('merges "salah satu dari" requirements with the same alternatives in any order', () => {
    const a = service('a', { persyaratan: [req('Akta kelahiran', ['Ijazah', 'Buku nikah'])] });
    const b = service('b', { persyaratan: [req('Ijazah', ['Buku nikah', 'Akta  Kelahiran'])] });
    const items = guideChecklist(guideOf([a, b], [[['a']], [['b']]]));
    expect(items.map((i) => [i.dokumen, i.alternatif, i.steps])).toEqual([['Akta kelahiran', ['Ijazah', 'Buku nikah'], [1, 2]]]);
    expect(requirementName(items[0] as ChecklistItem)).toBe('Salah satu dari: akta kelahiran, ijazah atau buku nikah');
  });

  it('folds an alternative into a document another step requires outright', () => {
    const passport = service('paspor', { persyaratan: [req('Akta kelahiran', ['Ijazah', 'Buku nikah'])] });
    const kk = service('kk', { persyaratan: [req('Ijazah'), req('KK asli')] });
    const items = guideChecklist(guideOf([passport, kk], [[['paspor']], [['kk']]]));
    expect(items.map((i) => [i.dokumen, i.alternatif, i.steps])).toEqual([
      ['Ijazah', [], [1, 2]],
      ['KK asli', [], [2]],
    ]);
  });

  it('keeps alternatives apart when the matching document is needed only by some residents', () => {
    const passport = service('paspor', { persyaratan: [req('Akta kelahiran', ['Ijazah'])] });
    const other = service('lain', { persyaratan: [req('Ijazah', [], { kondisi: 'lulusan SMA' })] });
    const items = guideChecklist(guideOf([passport, other], [[['paspor']], [['lain']]]));
    expect(items.map((i) => [i.dokumen, i.alternatif, i.optional])).toEqual([
      ['Akta kelahiran', ['Ijazah'], false],
      ['Ijazah', [], true],
    ]);
  });

  it('lists each document once with every step that needs it', () => {
    const kia = service('kia', {
      persyaratan: [
        { dokumen: 'KK asli', bentuk: 'asli', opsional: false, kondisi: '' },
        { dokumen: 'Pas foto anak', bentuk: 'asli', opsional: false, kondisi: '' },
      ],
    });
    const bpjs = service('bpjs', {
      persyaratan: [
        { dokumen: 'KK  Asli', bentuk: 'fotokopi', opsional: false, kondisi: '' },
        { dokumen: 'Buku tabungan', bentuk: 'asli', opsional: false, kondisi: '' },
      ],
    });
    const items = guideChecklist(guideOf([service('akta'), kia, bpjs], [[['akta']], [['kia']], [['bpjs'], { optional: true }]]));
    expect(items.map((i) => [i.dokumen, i.steps, i.forms, i.optional])).toEqual([
      ['KK asli', [1, 2, 3], ['asli', 'fotokopi'], false],
      ['Pas foto anak', [2], ['asli'], false],
      ['Buku tabungan', [3], ['asli'], true],
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });
});

describe('service pages', () => {
  it('gives a service its step in each guide with previous and next steps', () => {
    const guide = guideOf([service('a'), service('b'), service('c')], [[['a']], [['b'], { extras: ['c'] }], [[], { outside: 'x' }]]);
    expect(guidesOfService([guide], 'c')).toEqual([
      {
        guide: { slug: 'uji', judul: 'Uji' },
        step: 2,
        total: 3,
        previous: { number: 1, judul: 'a', service: 'a' },
        next: { number: 3, judul: 'luar', service: null },
      },
    ]);
    expect(guidesOfService([guide], 'a')[0]?.previous).toBeNull();
    expect(guidesOfService([guide], 'zzz')).toEqual([]);
  });
});
