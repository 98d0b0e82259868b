// Domain logic in src/lib must not depend on the data layer: src/data reads content and
// hands it to pages, src/lib holds the rules and the types both use.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const libDir = path.join(root, 'src/lib');
const dataDir = path.join(root, 'src/data');

/** Module specifiers of every static import, re-export and dynamic import in a source file. */
function importSpecifiers(code: string): string[] {
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** Imports in src/lib files that resolve into src/data, as "file: specifier". */
function libImportsOfData(): string[] {
  const files = readdirSync(libDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(ts|tsx|mts|js|mjs)$/.test(name));
  return files.flatMap((name) => {
    const file = path.join(libDir, name);
    return importSpecifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => {
        const target = path.resolve(path.dirname(file), specifier);
        return target === dataDir || target.startsWith(`${dataDir}${path.sep}`);
      })
      .map((specifier) => `src/lib/${name}: ${specifier}`);
  });
}

describe('layers', () => {
  it('finds the import specifiers the check relies on', () => {
    const code = [
      "import type { Site } from '../data/types.ts';",
      "export { x } from './y.ts';",
      "import './side-effect.ts';",
      "const m = await import('../../data/index.ts');",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(['../data/types.ts', './y.ts', './side-effect.ts', '../../data/index.ts']);
  });

  it('keeps src/lib free of imports from src/data', () => {
    expect(libImportsOfData()).toEqual([]);
  });
});
