// The content model never changes shape unnoticed: keystatic.config.ts's shape must be the
// one recorded for MODEL_VERSION, and every version after the first has its migration step.
// After changing the shape on purpose: bump MODEL_VERSION (src/migrations/version.ts), add a
// step (src/migrations/steps.ts) and record the new shape with
//   UPDATE_MODEL_SHAPE=1 npx vitest run tests/unit/migrate-shape.test.ts
// (it only adds the new version; recorded versions are never rewritten).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import keystaticConfig from '../../keystatic.config.ts';
import { modelShape, type ShapeConfig, shapeDifferences } from '../../src/migrations/shape.ts';
import { STEPS } from '../../src/migrations/steps.ts';
import { MODEL_VERSION } from '../../src/migrations/version.ts';

const SHAPES_FILE = path.resolve('src/migrations/model-shapes.json');
const recorded = JSON.parse(readFileSync(SHAPES_FILE, 'utf8')) as Record<string, Record<string, string>>;
const current = modelShape(keystaticConfig as unknown as ShapeConfig);

if (process.env.UPDATE_MODEL_SHAPE === '1' && !recorded[MODEL_VERSION]) {
  recorded[MODEL_VERSION] = current;
  writeFileSync(SHAPES_FILE, `${JSON.stringify(recorded, null, 2)}\n`);
}

describe('content model shape', () => {
  it('is the shape recorded for MODEL_VERSION (a shape change needs a new version and a migration step)', () => {
    const saved = recorded[MODEL_VERSION];
    expect(saved, `no shape recorded for model version ${MODEL_VERSION}; see the top of this file`).toBeDefined();
    const differences = shapeDifferences(saved ?? {}, current);
    expect(
      differences,
      `keystatic.config.ts changed shape without a new model version:\n${differences.join('\n')}\nBump MODEL_VERSION, add a migration step and record the shape (see the top of this file).`,
    ).toEqual([]);
  });

  it('has one migration step for every version after the first, and a recorded shape for each', () => {
    const versions = Array.from({ length: MODEL_VERSION }, (_, i) => i + 1);
    expect(
      Object.keys(recorded)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(versions);
    expect(STEPS.map((s) => s.to)).toEqual(versions.slice(1));
  });

  it('records a real change of shape at every version', () => {
    for (let v = 2; v <= MODEL_VERSION; v++) {
      expect(shapeDifferences(recorded[v - 1] ?? {}, recorded[v] ?? {}).length, `version ${v}`).toBeGreaterThan(0);
    }
  });

  it('sees the first release’s processing-time text and its replacement', () => {
    expect(recorded[1]?.['layanan.jangkaWaktu.teks']).toBeDefined();
    expect(shapeDifferences(recorded[3] ?? {}, recorded[4] ?? {})).toContain(
      `- layanan.jangkaWaktu.teks: ${recorded[3]?.['layanan.jangkaWaktu.teks']}`,
    );
  });

  it('tells in CHANGELOG.md, for every model version, that content must be migrated', () => {
    const changelog = readFileSync(path.resolve('CHANGELOG.md'), 'utf8');
    for (let v = 2; v <= MODEL_VERSION; v++) expect(changelog, `versi model ${v}`).toMatch(new RegExp(`model konten versi ${v}\\b`, 'i'));
  });
});
