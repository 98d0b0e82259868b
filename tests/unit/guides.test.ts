// Life-event guides: bad guide content is refused with Indonesian messages naming the
// file and field; steps resolve to services and place a service in its guides. Totals and
// the merged checklist have their own files (guide-totals, guide-checklist).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, loadSite } from '../../src/data/index.ts';
import { guidesOfService } from '../../src/lib/guides.ts';
import { guideOf, service } from '../fixtures/guide-builders.ts';

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
