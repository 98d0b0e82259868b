// The content check's rules that Keystatic's field validation can express live in the schema
// too, so the CMS form refuses such values before anything is saved. Keystatic's own reader
// (the same field validation the form runs) must refuse each one here, in Indonesian; the
// test fails if a rule is dropped from keystatic.config.ts.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createReader } from '@keystatic/core/reader';
import { afterEach, describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config.ts';

const FIXTURE = path.resolve('tests/fixtures/content');
const roots: string[] = [];

afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A repository root holding a copy of the fixture content, with one file's text changed. */
function repoWith(file: string, change: (text: string) => string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mpp-schema-'));
  roots.push(root);
  cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
  const target = path.join(root, 'content', file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
  return root;
}

async function refusal(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'diterima';
}

describe('schema rules taken over from the content check', () => {
  it('accepts the fixture content unchanged', async () => {
    const reader = createReader(
      repoWith('profil.yaml', (t) => t),
      keystaticConfig,
    );
    await expect(reader.singletons.profil.readOrThrow()).resolves.toBeTruthy();
    await expect(reader.collections.layanan.readOrThrow('ktp-el')).resolves.toBeTruthy();
  });

  it.each([
    ['lintang: 12.5', 'lintang: -3.9985', 'Lintang (latitude) maksimal 6.3'],
    ['lintang: -20', 'lintang: -3.9985', 'Lintang (latitude) minimal -11.2'],
    ['bujur: 151.2', 'bujur: 122.5129', 'Bujur (longitude) maksimal 141.1'],
    ['bujur: 80', 'bujur: 122.5129', 'Bujur (longitude) minimal 94.7'],
  ])('refuses coordinates outside Indonesia (%s)', async (to, from, message) => {
    const reader = createReader(
      repoWith('profil.yaml', (t) => t.replace(from, to)),
      keystaticConfig,
    );
    expect(await refusal(() => reader.singletons.profil.readOrThrow())).toContain(message);
  });

  it.each([
    ['persyaratan', /persyaratan:[\s\S]*?\nprosedur:/, 'persyaratan: []\nprosedur:'],
    ['prosedur', /prosedur:[\s\S]*?\njangkaWaktu:/, 'prosedur: []\njangkaWaktu:'],
    ['biaya.tarif', /biaya: .*\n/, "biaya: {discriminant: berbayar, value: {tarif: [], dasarHukum: 'Perda 1/2024', caraBayar: ''}}\n"],
  ])('refuses a service without %s', async (field, from, to) => {
    const reader = createReader(
      repoWith('layanan/ktp-el.yaml', (t) => t.replace(from, to)),
      keystaticConfig,
    );
    const message = await refusal(() => reader.collections.layanan.readOrThrow('ktp-el'));
    expect(message).toMatch(new RegExp(`${field.replace('.', '.*')}.*Minimal 1 butir`));
  });

  it('refuses special hours without any time range', async () => {
    const file = 'libur/natal-2026.yaml';
    const reader = createReader(
      repoWith(file, (t) => t.replace('jenis: {discriminant: tutup}', "jenis: {discriminant: 'jam-khusus', value: []}")),
      keystaticConfig,
    );
    const message = await refusal(() => reader.collections.libur.readOrThrow('natal-2026'));
    expect(message).toMatch(/jenis.*Minimal 1 butir/);
  });

  it('refuses a slug (file name) that is not lower-case words joined by hyphens', async () => {
    const root = repoWith('instansi/dukcapil.yaml', (t) => t);
    renameSync(path.join(root, 'content/instansi/dukcapil.yaml'), path.join(root, 'content/instansi/Dukcapil_Kota.yaml'));
    const reader = createReader(root, keystaticConfig);
    const message = await refusal(() => reader.collections.instansi.readOrThrow('Dukcapil_Kota'));
    expect(message).toContain('Alamat hanya boleh huruf kecil, angka dan tanda hubung');
  });

  it('says "wajib diisi" in Indonesian for an empty required field', async () => {
    const reader = createReader(
      repoWith('layanan/ktp-el.yaml', (t) => t.replace(/^produk: .*$/m, "produk: ''")),
      keystaticConfig,
    );
    expect(await refusal(() => reader.collections.layanan.readOrThrow('ktp-el'))).toContain('Produk pelayanan wajib diisi');
  });
});
