// The whole path IT staff take after updating the portal, with the real commands: the build
// refuses first-release content and says what to run; `npm run migrate-content -- --check`
// reports without writing; `npm run migrate-content` migrates; a second run changes nothing;
// the content check passes and the site builds, and every service page says what the old
// content said.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_V1, copyOfV1, removeCopies, snapshot } from '../fixtures/content-copies.ts';

const root = path.resolve('.');
const out = mkdtempSync(path.join(tmpdir(), 'mpp-build-migrasi-'));
afterAll(() => {
  removeCopies();
  rmSync(out, { recursive: true, force: true });
});

const npm = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', '-s', ...args], { encoding: 'utf8', env: { ...process.env, MPP_TODAY: '2026-11-23', ...env } });
const decode = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e] ?? e);

describe('updating a portal whose content was written for the first release', () => {
  const dir = copyOfV1();

  it('refuses to build the old content and says what to run, changing nothing', () => {
    const before = snapshot(dir);
    const result = npm(['build', '--', '--outDir', path.join(out, 'lama')], { MPP_CONTENT_DIR: dir });
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(
      /model\.yaml › versi: konten masih memakai format lama.*jalankan "npm run migrate-content"/,
    );
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it('reports with --check (exit 1) and writes nothing', () => {
    const before = snapshot(dir);
    const result = npm(['migrate-content', '--', '--check', '--dir', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /layanan\/ktp-el\.yaml\n\s+diubah: jangkaWaktu: "teks" dipindahkan.*"1 hari kerja bila blangko tersedia"/,
    );
    expect(result.stderr).toMatch(/berkas perlu diperbarui/);
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it('migrates, and a second run changes nothing', () => {
    const first = npm(['migrate-content', '--', '--dir', dir]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Selesai: \d+ berkas diperbarui .*konten lolos pemeriksaan/);
    const after = snapshot(dir);
    const second = npm(['migrate-content', '--', '--dir', dir]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/tidak ada yang diubah/);
    expect(snapshot(dir)).toEqual(after);
  }, 120_000);

  it('builds the migrated content, and every service page shows its old processing time', () => {
    const site = path.join(out, 'dist');
    expect(npm(['check-content'], { MPP_CONTENT_DIR: dir }).status).toBe(0);
    // As the publisher builds: Astro's intermediate files go to the working folder's .astro/,
    // so a folder of this test's own keeps it apart from other builds running at the same time.
    const scratch = path.join(root, '.cache', `migrasi-uji-${process.pid}`);
    mkdirSync(scratch, { recursive: true });
    const result = spawnSync('npx', ['--prefix', root, 'astro', 'build', '--root', root, '--outDir', site], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, MPP_TODAY: '2026-11-23', MPP_CONTENT_DIR: dir },
    });
    rmSync(scratch, { recursive: true, force: true });
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    const services = readdirSync(path.join(CONTENT_V1, 'layanan'));
    expect(services.length).toBeGreaterThan(60);
    for (const file of services) {
      const old = (load(readFileSync(path.join(CONTENT_V1, 'layanan', file), 'utf8')) as { jangkaWaktu: { teks: string } }).jangkaWaktu
        .teks;
      const page = decode(readFileSync(path.join(site, 'layanan', file.replace(/\.yaml$/, ''), 'index.html'), 'utf8'));
      expect(page, file).toContain(old.replace(/\s+/g, ' ').trim());
    }
    const partners = JSON.parse(readFileSync(path.join(site, 'data', 'kemitraan.json'), 'utf8'));
    expect(JSON.stringify(partners)).toMatch(
      /"slug":"bapenda-jateng"[^}]*"jenis":"provinsi"|"jenis":"provinsi"[^}]*"slug":"bapenda-jateng"/,
    );
  }, 240_000);
});
