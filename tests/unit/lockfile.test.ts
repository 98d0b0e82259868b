// The committed lockfile agrees with package.json and holds every platform's optional
// packages with an integrity hash, so `npm ci` installs exactly what was tested anywhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Lockfile, lockfileProblems, type PackageJson } from '../../src/lib/lockfile.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile & { packages: Record<string, Record<string, unknown>> };
const copy = () => structuredClone(lock);

describe('package-lock.json', () => {
  it('is complete and up to date', () => {
    expect(lockfileProblems(pkg, lock)).toEqual([]);
  });

  it('holds the native bindings of every platform', () => {
    const names = Object.keys(lock.packages);
    const bindings = ['@rolldown/binding-', '@esbuild/', '@astrojs/compiler-binding-', '@resvg/resvg-js-', '@biomejs/cli-'];
    for (const prefix of bindings.map((b) => `node_modules/${b}`)) {
      const platforms = names.filter((n) => n.startsWith(prefix));
      expect(platforms.length, prefix).toBeGreaterThan(5);
      expect(platforms.some((n) => n.includes('win32')) && platforms.some((n) => n.includes('darwin')), prefix).toBe(true);
    }
  });
});

describe('the check fails', () => {
  it('when another platform’s optional package is missing (the old lockfile’s defect)', () => {
    const broken = copy();
    for (const name of Object.keys(broken.packages)) if (/compiler-binding-(darwin|win32)/.test(name)) delete broken.packages[name];
    expect(lockfileProblems(pkg, broken)).toContainEqual(
      expect.stringMatching(/compiler-binding needs optional \(platform\) dependency @astrojs\/compiler-binding-darwin-arm64/),
    );
  });

  it('when package.json changed without updating the lockfile', () => {
    const changed = { ...pkg, dependencies: { ...pkg.dependencies, leaflet: '^2.0.0', 'left-pad': '^1.3.0' } };
    const problems = lockfileProblems(changed, lock);
    expect(problems).toContainEqual(expect.stringMatching(/dependencies\.leaflet is "\^2\.0\.0" but the lockfile has/));
    expect(problems).toContainEqual(expect.stringMatching(/dependencies\.left-pad is "\^1\.3\.0" but the lockfile has "\(missing\)"/));
  });

  it('when an entry lost its integrity hash', () => {
    const broken = copy();
    delete broken.packages['node_modules/astro']?.integrity;
    expect(lockfileProblems(pkg, broken)).toContain('node_modules/astro has no integrity hash');
  });
});
