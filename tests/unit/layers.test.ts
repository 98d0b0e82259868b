// The project's layers, checked on the whole import graph (every file under src/ and the
// root config files): src/lib and src/search/core are pure logic that runs anywhere (build,
// browser, servers); pages never reach into the servers; the two servers stay apart; and
// nothing in src/ depends on tests/.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importsOf, isPackage, type Rule, readSources, violations, within } from './import-graph.ts';

const root = path.resolve(import.meta.dirname, '../..');

const SERVERS = ['src/admin-server', 'src/queue-server', 'src/server'];
/** Node modules that touch the disk, threads or processes: build and server code only. */
const SIDE_EFFECT_MODULES = ['fs', 'worker_threads', 'child_process'].flatMap((m) => [m, `node:${m}`]);
const isPureLayer = within('src/lib', 'src/search/core');

const RULES: readonly Rule[] = [
  {
    name: 'src/lib and src/search/core do not read content (src/data)',
    applies: isPureLayer,
    forbids: (e) => within('src/data')(e.target),
  },
  {
    name: 'src/lib and src/search/core do not depend on Astro',
    applies: isPureLayer,
    forbids: (e) => !e.typeOnly && isPackage('astro')(e.specifier),
  },
  {
    name: 'src/lib and src/search/core take values from src/lib/vocabulary.ts, not from the Keystatic schema',
    applies: isPureLayer,
    forbids: (e) => !e.typeOnly && (isPackage('@keystatic')(e.specifier) || e.target === 'keystatic.config.ts'),
  },
  {
    name: 'src/lib and src/search/core do not depend on the servers',
    applies: isPureLayer,
    forbids: (e) => within(...SERVERS)(e.target),
  },
  {
    name: 'src/lib and src/search/core do not touch files, threads or processes',
    applies: isPureLayer,
    forbids: (e) => !e.typeOnly && isPackage(...SIDE_EFFECT_MODULES)(e.specifier),
  },
  {
    name: 'src/search/core does not depend on the search build or browser code',
    applies: within('src/search/core'),
    forbids: (e) => within('src/search/build', 'src/search/browser')(e.target),
  },
  {
    name: 'pages, components and islands do not depend on the servers',
    applies: within('src/pages', 'src/components', 'src/islands'),
    forbids: (e) => within(...SERVERS)(e.target),
  },
  {
    name: 'the editors’ room does not depend on the CLI, the site or the queue server',
    applies: within('src/admin-server'),
    forbids: (e) => within('src/cli', 'src/pages', 'src/components', 'src/queue-server')(e.target),
  },
  {
    name: 'the queue server does not depend on the CLI, the site or the editors’ room',
    applies: within('src/queue-server'),
    forbids: (e) => within('src/cli', 'src/pages', 'src/components', 'src/admin-server')(e.target),
  },
  {
    name: 'the server kit serves both servers and depends on neither',
    applies: within('src/server'),
    forbids: (e) => within('src/admin-server', 'src/queue-server', 'src/cli', 'src/pages', 'src/components')(e.target),
  },
  {
    name: 'src/disk (folder replacement shared by the CLI, the servers and migrations) depends on no other project code',
    applies: within('src/disk'),
    forbids: (e) => e.specifier.startsWith('.') && !within('src/disk')(e.target),
  },
  {
    name: 'src/lib/vocabulary.ts imports nothing, so the schema and src/lib can both import it',
    applies: (file) => file === 'src/lib/vocabulary.ts',
    forbids: () => true,
  },
  {
    name: 'source never imports tests/',
    applies: within('src'),
    forbids: (e) => within('tests')(e.target),
  },
];

/** Known exceptions, each "file → specifier" with the reason. Keep it short. */
const ALLOWED: readonly string[] = [
  // The room's UI build (an Astro page, not server code) shares the head lines of every page.
  'src/admin-server/ui/pages/keystatic.astro → ../../../components/DocumentHead.astro',
];

describe('layers', () => {
  it('reads static imports, re-exports, dynamic imports and type-only imports', () => {
    const code = [
      "import type { Site } from '../data/types.ts';",
      "export { x } from './y.ts';",
      "import './side-effect.ts';",
      'import {',
      '  a,',
      '  b,',
      "} from 'node:fs';",
      "const m = await import('../../data/index.ts');",
      "// import nothing from 'here.ts' in prose",
    ].join('\n');
    const edges = importsOf('src/lib/sub/file.ts', code).map(({ target, typeOnly }: ImportEdge) => ({ target, typeOnly }));
    expect(edges).toEqual([
      { target: 'src/lib/data/types.ts', typeOnly: true },
      { target: 'src/lib/sub/y.ts', typeOnly: false },
      { target: 'src/lib/sub/side-effect.ts', typeOnly: false },
      { target: 'node:fs', typeOnly: false },
      { target: 'src/data/index.ts', typeOnly: false },
    ]);
  });

  it('reports a deliberate violation of each kind in a made-up project', () => {
    const fake = new Map([
      ['src/lib/clock.ts', "import { readFileSync } from 'node:fs';\nimport { site } from '../data/index.ts';"],
      ['src/lib/labels.ts', "import { DAYS } from '../../keystatic.config.ts';\nimport type { Entry } from '@keystatic/core/reader';"],
      ['src/components/Status.astro', "---\nimport { rooms } from '../admin-server/room.ts';\n---"],
      ['src/queue-server/desk.ts', "import { hash } from '../admin-server/password.ts';"],
      ['src/cli/report.ts', "import { QUERIES } from '../../tests/relevance/queries.ts';"],
      ['src/server/http.ts', "import { t } from '../admin-server/strings/index.ts';"],
      ['src/lib/vocabulary.ts', "import { z } from 'zod';"],
      ['src/disk/replace-folder.ts', "import { s } from '../admin-server/strings/index.ts';"],
    ]);
    expect(violations(fake, RULES)).toEqual([
      'src/lib/clock.ts → node:fs (src/lib and src/search/core do not touch files, threads or processes)',
      'src/lib/clock.ts → ../data/index.ts (src/lib and src/search/core do not read content (src/data))',
      'src/lib/labels.ts → ../../keystatic.config.ts (src/lib and src/search/core take values from src/lib/vocabulary.ts, not from the Keystatic schema)',
      'src/components/Status.astro → ../admin-server/room.ts (pages, components and islands do not depend on the servers)',
      'src/queue-server/desk.ts → ../admin-server/password.ts (the queue server does not depend on the CLI, the site or the editors’ room)',
      'src/cli/report.ts → ../../tests/relevance/queries.ts (source never imports tests/)',
      'src/server/http.ts → ../admin-server/strings/index.ts (the server kit serves both servers and depends on neither)',
      'src/lib/vocabulary.ts → zod (src/lib/vocabulary.ts imports nothing, so the schema and src/lib can both import it)',
      'src/disk/replace-folder.ts → ../admin-server/strings/index.ts (src/disk (folder replacement shared by the CLI, the servers and migrations) depends on no other project code)',
    ]);
  });

  it('reports allow-list entries that no longer match an import', () => {
    expect(violations(new Map([['src/lib/a.ts', '']]), RULES, ['src/lib/a.ts → ../data/index.ts'])).toEqual([
      'allow-list: src/lib/a.ts → ../data/index.ts not found',
    ]);
  });

  it('finds the whole project, root configs included', () => {
    const files = [...readSources(root).keys()];
    expect(files).toEqual(
      expect.arrayContaining(['keystatic.config.ts', 'astro.config.mjs', 'src/lib/vocabulary.ts', 'src/pages/cari.astro']),
    );
  });

  it('keeps every import of src/ and the root configs within the layer rules', () => {
    expect(violations(readSources(root), RULES, ALLOWED)).toEqual([]);
  });
});
