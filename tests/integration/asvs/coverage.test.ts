// The security suite walks every ASVS level-1 item of V2, V3, V4, V5 and V12: each item
// listed as tested has exactly one test named by its id in this folder, every test names a
// listed item, and what is not applicable or left to the server is explained to IT staff.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVEL_1 } from './items.ts';

const DIR = path.dirname(new URL(import.meta.url).pathname);
const testIds = readdirSync(DIR)
  .filter((f) => f.endsWith('.test.ts') && f !== 'coverage.test.ts')
  .flatMap((f) => [...readFileSync(path.join(DIR, f), 'utf8').matchAll(/\bit\(\s*['"`](V\d+\.\d+\.\d+) /g)].map((m) => m[1] as string));

describe('ASVS level 1 coverage of the room', () => {
  it('has exactly one test for every item marked tested', () => {
    const tested = Object.entries(LEVEL_1)
      .filter(([, d]) => d.kind === 'tested')
      .map(([id]) => id);
    const missing = tested.filter((id) => !testIds.includes(id));
    const twice = testIds.filter((id, i) => testIds.indexOf(id) !== i);
    expect({ missing, twice }).toEqual({ missing: [], twice: [] });
  });

  it('names only listed items in its tests', () => {
    expect(testIds.filter((id) => !(id in LEVEL_1))).toEqual([]);
  });

  it('tells IT staff about every item it does not test, in deploy/README.md', () => {
    const readme = readFileSync('deploy/README.md', 'utf8');
    const untested = Object.entries(LEVEL_1)
      .filter(([, d]) => d.kind !== 'tested')
      .map(([id]) => id);
    expect(untested.filter((id) => !readme.includes(id))).toEqual([]);
  });
});
