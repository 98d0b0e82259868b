// Content written for the first release (tests/fixtures/content-v1, taken from the commit
// that first shipped sample content) migrates to the current model, passes the content
// check the build runs, and residents read what the old content said. A second run changes
// nothing; --check writes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { formatProcessingTime } from '../../src/lib/format.ts';
import { costSummary } from '../../src/lib/service-view.ts';
import { migrateFolder } from '../../src/migrations/migrate-folder.ts';
import { modelStatus } from '../../src/migrations/status.ts';
import { MODEL_VERSION, readModelVersion } from '../../src/migrations/version.ts';
import { CONTENT_V1, copyOfV1, removeCopies, snapshot } from '../fixtures/content-copies.ts';

const V1 = CONTENT_V1;

const oldText = (file: string) =>
  String((load(readFileSync(path.join(V1, 'layanan', file), 'utf8')) as { jangkaWaktu: { teks: string } }).jangkaWaktu.teks)
    .replace(/\s+/g, ' ')
    .trim();

beforeAll(() => {
  process.env.MPP_TODAY = '2026-11-23';
});
afterEach(removeCopies);

describe('first-release content', () => {
  it('is reported as older than the code, and the content check fails with what to run', async () => {
    expect(modelStatus(V1)).toMatchObject({ state: 'older', recorded: null });
    await expect(loadSite(V1)).rejects.toThrow(/model\.yaml › versi: konten masih memakai format lama.*npm run migrate-content/);
  });

  it('migrates, passes the content check the build runs, and every service reads its old processing time', async () => {
    const dir = copyOfV1();
    const run = await migrateFolder(dir);
    expect(run.outcome).toBe('migrated');
    expect(readModelVersion(dir).version).toBe(MODEL_VERSION);
    const site = await loadSite(dir);
    expect(site.services).toHaveLength(readdirSync(path.join(V1, 'layanan')).length);
    for (const service of site.services) {
      const before = oldText(`${service.slug}.yaml`);
      expect(formatProcessingTime(service.jangkaWaktu), service.slug).toContain(before);
    }
    const ktp = site.services.find((s) => s.slug === 'ktp-el');
    expect(ktp && formatProcessingTime(ktp.jangkaWaktu)).toBe('1 hari kerja bila blangko tersedia');
  });

  it('keeps fees, requirements and agreements as residents read them', async () => {
    const dir = copyOfV1();
    await migrateFolder(dir);
    const original = (file: string) => load(readFileSync(path.join(V1, file), 'utf8')) as Record<string, unknown>;
    const site = await loadSite(dir);
    const pbg = site.services.find((s) => s.slug === 'pbg');
    expect(pbg?.biaya).toEqual(original('layanan/pbg.yaml').biaya);
    expect(pbg && costSummary(pbg.biaya)).toMatch(/Rp/);
    const paspor = site.services.find((s) => s.slug === 'paspor');
    expect(paspor?.persyaratan.map((p) => p.dokumen)).toEqual(
      (original('layanan/paspor.yaml').persyaratan as { dokumen: string }[]).map((p) => p.dokumen),
    );
    const bri = site.agreements.find((a) => a.slug === 'pks-bri');
    expect(bri).toMatchObject({ tahap: 'ditandatangani', berlakuSampai: '2027-08-27' });
  });

  it('types the provincial agency as "provinsi" instead of leaving it an OPD, and says so', async () => {
    const dir = copyOfV1();
    const run = await migrateFolder(dir);
    expect(run.result?.lines).toContainEqual(
      expect.objectContaining({ kind: 'diubah', file: 'instansi/bapenda-jateng.yaml', field: 'jenis' }),
    );
    const site = await loadSite(dir);
    expect(site.instansi.find((i) => i.slug === 'bapenda-jateng')?.jenis).toBe('provinsi');
    expect(site.instansi.find((i) => i.slug === 'dukcapil')?.jenis).toBe('opd');
  });

  it('changes nothing on a second run', async () => {
    const dir = copyOfV1();
    await migrateFolder(dir);
    const after = snapshot(dir);
    const again = await migrateFolder(dir);
    expect(again.outcome).toBe('current');
    expect(again.written).toEqual([]);
    expect(snapshot(dir)).toEqual(after);
  });

  it('only reports with --check, leaving every byte as it was', async () => {
    const dir = copyOfV1();
    const before = snapshot(dir);
    const run = await migrateFolder(dir, { check: true });
    expect(run.outcome).toBe('would-change');
    expect(run.written).toContain('layanan/ktp-el.yaml');
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports each change per file, naming the field', async () => {
    const run = await migrateFolder(copyOfV1(), { check: true });
    expect(run.result?.lines).toContainEqual(
      expect.objectContaining({
        kind: 'diubah',
        file: 'layanan/ktp-el.yaml',
        field: 'jangkaWaktu',
        message: expect.stringContaining('"1 hari kerja bila blangko tersedia"'),
      }),
    );
  });

  it('migrates a file restored from before the update with --from, leaving the rest as it is', async () => {
    const dir = copyOfV1();
    await migrateFolder(dir);
    const restored = readFileSync(path.join(V1, 'layanan/ktp-el.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'layanan/ktp-el.yaml'), restored);
    expect((await migrateFolder(dir)).outcome).toBe('current');
    expect(modelStatus(dir, { everyFile: true })).toMatchObject({
      state: 'older',
      message: expect.stringMatching(/1 berkas masih berformat lama .*: layanan\/ktp-el\.yaml.*--from 1/),
    });
    const run = await migrateFolder(dir, { from: 1 });
    expect(run.outcome).toBe('migrated');
    expect(run.written).toEqual(['layanan/ktp-el.yaml']);
    const ktp = (await loadSite(dir)).services.find((s) => s.slug === 'ktp-el');
    expect(ktp && formatProcessingTime(ktp.jangkaWaktu)).toBe('1 hari kerja bila blangko tersedia');
  });
});
