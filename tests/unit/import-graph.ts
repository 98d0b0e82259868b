// Reads the project's import graph and checks it against layering rules, for
// tests/unit/layers.test.ts. Works on a plain map of file path → source text, so a test
// can also feed it a made-up project and prove that a broken rule is reported.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Project files by path relative to the root ('src/lib/hours.ts'), with their source text. */
export type SourceMap = ReadonlyMap<string, string>;

export interface ImportEdge {
  /** The importing file. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** A project path for relative specifiers ('src/data/index.ts'); the specifier itself for packages. */
  target: string;
  /** `import type` / `export type`: erased at run time. */
  typeOnly: boolean;
}

export interface Rule {
  /** Why the rule exists, shown with each violation. */
  name: string;
  /** Files the rule applies to. */
  applies: (file: string) => boolean;
  /** Whether this import breaks the rule. */
  forbids: (edge: ImportEdge) => boolean;
}

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
/** Config files at the project root whose imports are checked too. */
const ROOT_CONFIGS = /^(astro\.config\.mjs|astro\.admin\.config\.mjs|keystatic\.config\.ts|vitest(\.[a-z0-9-]+)?\.config\.ts)$/;

/** Every source file under src/ plus the root config files. */
export function readSources(root: string): SourceMap {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (SOURCE.test(name)) files.set(`src/${name.split(path.sep).join('/')}`, readFileSync(path.join(root, 'src', name), 'utf8'));
  }
  for (const name of readdirSync(root)) if (ROOT_CONFIGS.test(name)) files.set(name, readFileSync(path.join(root, name), 'utf8'));
  return files;
}

// Statements that start a line: `import x from '…'`, `import '…'`, `export { x } from '…'`,
// over several lines if need be. Anchoring at a line start keeps prose in comments out.
const STATIC = /^[ \t]*(import|export)[ \t]+(type[ \t]+)?(?:[^'";]*?[ \t\n]from[ \t]*)?['"]([^'"\n]+)['"]/gm;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Every static import, re-export and dynamic import of one file, resolved. */
export function importsOf(file: string, code: string): ImportEdge[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(STATIC)) found.push({ specifier: m[3] ?? '', typeOnly: Boolean(m[2]) });
  for (const m of code.matchAll(DYNAMIC)) found.push({ specifier: m[1] ?? '', typeOnly: false });
  return found.map(({ specifier, typeOnly }) => ({
    from: file,
    specifier,
    typeOnly,
    target: specifier.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) : specifier,
  }));
}

/** True when a project path lies inside one of the folders (or is one of the files). */
export const within =
  (...folders: string[]) =>
  (file: string) =>
    folders.some((folder) => file === folder || file.startsWith(`${folder}/`));

/** A package specifier names this package or one of its entry points ('astro', 'astro:content', 'astro/zod'). */
export const isPackage =
  (...names: string[]) =>
  (specifier: string) =>
    names.some((name) => specifier === name || specifier.startsWith(`${name}/`) || specifier.startsWith(`${name}:`));

/**
 * Imports breaking a rule, as "file → specifier (rule)", minus the allowed ones. An allowed
 * entry is "file → specifier"; entries that no longer match anything are returned as stale
 * ("allow-list: … not found") so the list cannot outlive the imports it excuses.
 */
export function violations(sources: SourceMap, rules: readonly Rule[], allowed: readonly string[] = []): string[] {
  const found: string[] = [];
  const used = new Set<string>();
  for (const [file, code] of sources) {
    for (const edge of importsOf(file, code)) {
      for (const rule of rules) {
        if (!rule.applies(file) || !rule.forbids(edge)) continue;
        const key = `${file} → ${edge.specifier}`;
        if (allowed.includes(key)) used.add(key);
        else found.push(`${key} (${rule.name})`);
      }
    }
  }
  const stale = allowed.filter((key) => !used.has(key)).map((key) => `allow-list: ${key} not found`);
  return [...found, ...stale];
}
