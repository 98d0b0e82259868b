// `npm run build` renders into a fresh folder and replaces the output only on success:
// a render that fails after the content check leaves the published folder byte for byte.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/data/index.ts';
import { openStatus, statusText } from '../../src/lib/hours.ts';

const work = mkdtempSync(path.join(tmpdir(), 'mpp-build-'));
const out = path.join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(env: Record<string, string> = {}) {
  return spawnSync('npm', ['run', '-s', 'build', '--', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, MPP_CONTENT_DIR: 'tests/fixtures/content', MPP_TODAY: '2026-11-23', ...env },
  });
}

/** Every file under a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

describe('npm run build', () => {
  it('leaves the live output untouched when a page fails to render', () => {
    mkdirSync(path.join(out, 'layanan', 'ktp-el'), { recursive: true });
    writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>situs yang tayang</title>');
    writeFileSync(path.join(out, 'layanan', 'ktp-el', 'index.html'), '<!doctype html><title>KTP-el</title>');
    const before = snapshot(out);
    const result = build({ MPP_TEST_FAIL_PAGE: '/gerai/' });
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/Build gagal; .*dist\/ tidak diubah/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work)).toEqual(['dist']);
  }, 180_000);

  it('replaces the output once the build succeeds', () => {
    const result = build();
    expect(result.status, result.stderr).toBe(0);
    const files = Object.keys(snapshot(out));
    expect(files).toContain(path.join('gerai', 'index.html'));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('situs yang tayang');
    expect(readdirSync(work)).toEqual(['dist']);
  }, 180_000);

  it('renders the open status for MPP_TODAY, not the build clock, so builds repeat', async () => {
    process.env.MPP_TODAY = '2026-11-23';
    const site = await loadSite(path.resolve('tests/fixtures/content'));
    delete process.env.MPP_TODAY;
    const gerai = site.gerai[0]!;
    const expected = statusText(openStatus(gerai.hours, site.now), gerai.hours, site.now);
    const html = readFileSync(path.join(out, 'gerai', gerai.slug, 'index.html'), 'utf8');
    expect(html).toContain(`<span data-status-text>${expected}</span>`);
  });
});
