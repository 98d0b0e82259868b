// What the migration refuses, and what the content check says about content written for
// another model: a step that would lose text stops everything and names the file and field;
// migrated content that fails the check is not written; content newer than the code is
// left alone; leftovers of an old model name the field that replaced them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { migrateFolder } from '../../src/migrations/migrate-folder.ts';
import { formatReport } from '../../src/migrations/report.ts';
import { modelStatus } from '../../src/migrations/status.ts';
import { MODEL_VERSION, modelFileText } from '../../src/migrations/version.ts';
import { copyOfV1, removeCopies, snapshot } from '../fixtures/content-copies.ts';

const KTP = 'layanan/ktp-el.yaml';
// An editor started moving the time by hand: the new remark differs from the old text.
const halfMigrated = (text: string) =>
  text.replace('  teks: 1 hari kerja bila blangko tersedia\n', '  teks: 1 hari kerja bila blangko tersedia\n  keterangan: bila ada\n');

beforeAll(() => {
  process.env.MPP_TODAY = '2026-11-23';
});
afterEach(removeCopies);

describe('refusals', () => {
  it('refuses a step that would lose text, naming file and field, and changes no file', async () => {
    const dir = copyOfV1({ [KTP]: halfMigrated });
    const before = snapshot(dir);
    const run = await migrateFolder(dir);
    expect(run.outcome).toBe('refused');
    expect(run.result?.refused).toEqual([expect.objectContaining({ file: KTP, field: 'jangkaWaktu.teks' })]);
    const report = formatReport(run, 'content');
    expect(report).toMatch(
      /content\/layanan\/ktp-el\.yaml\n\s+tidak dapat dipindahkan otomatis: jangkaWaktu\.teks: .*"1 hari kerja bila blangko tersedia"/,
    );
    expect(report).toMatch(/Tidak ada berkas yang diubah/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a blank requirement that still carries a note, naming the item', async () => {
    const dir = copyOfV1({ [KTP]: (t) => t.replace('  - dokumen: Kartu Keluarga (KK)\n', "  - dokumen: ' '\n") });
    const run = await migrateFolder(dir, { check: true });
    expect(run.outcome).toBe('refused');
    expect(run.result?.refused[0]).toMatchObject({ file: KTP, field: 'persyaratan[1].dokumen', message: expect.stringMatching(/catatan/) });
  });

  it('does not write migrated content that fails the content check, and says why with the file', async () => {
    const dir = copyOfV1({ [KTP]: (t) => t.replace('gerai: dukcapil', 'gerai: gerai-yang-tidak-ada') });
    const before = snapshot(dir);
    const run = await migrateFolder(dir);
    expect(run.outcome).toBe('check-failed');
    expect(run.messages.join('\n')).toMatch(/layanan\/ktp-el\.yaml › gerai/);
    expect(snapshot(dir)).toEqual(before);
    expect(formatReport(run, 'content')).toMatch(/belum lolos pemeriksaan konten/);
  });

  it('leaves content written for a newer model alone, and the check says to update the code', async () => {
    const dir = copyOfV1({ 'model.yaml': modelFileText(MODEL_VERSION + 1) });
    const before = snapshot(dir);
    const run = await migrateFolder(dir);
    expect(run.outcome).toBe('newer');
    expect(formatReport(run, 'content')).toMatch(/lebih baru daripada portal ini/);
    expect(snapshot(dir)).toEqual(before);
    await expect(loadSite(dir)).rejects.toThrow(
      new RegExp(
        `model\\.yaml › versi: konten ditulis untuk model konten versi ${MODEL_VERSION + 1}, lebih baru daripada portal ini.*git pull`,
      ),
    );
  });

  it('says when recorded content is older than the code, and what to run', async () => {
    const dir = copyOfV1({ 'model.yaml': modelFileText(3) });
    expect(modelStatus(dir)).toMatchObject({ state: 'older', recorded: 3 });
    await expect(loadSite(dir)).rejects.toThrow(
      /versi: konten ditulis untuk model konten versi 3, sedangkan portal ini memakai versi 4; jalankan "npm run migrate-content"/,
    );
  });

  it('names the field that replaced an old one, with an example of the new form', async () => {
    const dir = copyOfV1();
    await expect(loadSite(dir)).rejects.toThrow(
      /ktp-el\.yaml › jangkaWaktu: kolom "teks" tidak dikenal model konten: kolom ini dari format lama, diganti oleh .*selesaiDiTempat, sifat .*keterangan.*contoh: teks "Sekitar 30 menit; kartu aktif 14 hari" menjadi sifat: sekitar, nilai: 30, satuan: menit/,
    );
  });

  it('suggests the migration for an unknown field that no step removed', async () => {
    const dir = copyOfV1();
    expect((await migrateFolder(dir)).outcome).toBe('migrated');
    const gerai = path.join(dir, 'gerai/dukcapil.yaml');
    writeFileSync(gerai, `warnaLoket: biru\n${readFileSync(gerai, 'utf8')}`);
    await expect(loadSite(dir)).rejects.toThrow(
      /dukcapil\.yaml › .*kolom "warnaLoket" tidak dikenal model konten; bila berkas ini ditulis untuk versi portal sebelumnya, jalankan "npm run migrate-content"/,
    );
  });

  it('warns when content already on the current model still types a provincial agency as OPD', async () => {
    const dir = copyOfV1();
    await migrateFolder(dir);
    const agency = path.join(dir, 'instansi/bapenda-jateng.yaml');
    writeFileSync(agency, readFileSync(agency, 'utf8').replace('jenis: provinsi', 'jenis: opd'));
    const site = await loadSite(dir);
    expect(site.warnings).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/instansi\/bapenda-jateng\.yaml$/),
        field: 'jenis',
        message: expect.stringMatching(/"Provinsi" tetapi jenisnya OPD/),
      }),
    );
  });

  it('stops at a file that is not valid YAML, naming it, and changes nothing', async () => {
    const dir = copyOfV1({ 'gerai/dukcapil.yaml': 'nama: "Dukcapil\nkode: G01\n' });
    const before = snapshot(dir);
    const run = await migrateFolder(dir);
    expect(run.outcome).toBe('unreadable');
    expect(formatReport(run, 'content')).toMatch(/gerai\/dukcapil\.yaml: berkas tidak dapat dibaca sebagai YAML/);
    expect(snapshot(dir)).toEqual(before);
  });
});
