// src/cli/compare-builds.ts proves a restructure changed nothing residents receive; it must
// catch a changed byte anywhere and a file present on one side only.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../src/cli/compare-builds.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build folder holding these files (path → content). */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mpp-compare-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const site = { 'index.html': '<h1>MPP</h1>', 'data/layanan.json': '[]', 'pagefind/index/a.pf_index': 'x' };

describe('compare-builds', () => {
  it('finds nothing between two identical builds', () => {
    expect(compareBuilds(build(site), build(site))).toEqual({ compared: 3, differences: [] });
  });

  it('reports a changed byte in a nested file and files on one side only', () => {
    const a = build({ ...site, 'og/beranda.png': 'png' });
    const b = build({ ...site, 'pagefind/index/a.pf_index': 'y', '_astro/new.js': '' });
    expect(compareBuilds(a, b).differences).toEqual([
      { file: '_astro/new.js', kind: 'only-in-b' },
      { file: 'og/beranda.png', kind: 'only-in-a' },
      { file: 'pagefind/index/a.pf_index', kind: 'differs' },
    ]);
  });
});
