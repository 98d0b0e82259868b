// `npm test`: every gate in order (types, lint, unit and integration, production
// builds, browser tests), then one plain line with the totals: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_QUEUE_API_URL, KAJEN_SAMPLE } from './test-targets.ts';

const CACHE = path.resolve('.cache');
mkdirSync(CACHE, { recursive: true });

interface Outcome {
  name: string;
  passed: number;
  failed: number;
}
const outcomes: Outcome[] = [];

/** Tests named by tests/reporters/outcomes.ts: failures, and passes that needed a retry. */
interface NamedOutcomes {
  failed: { name: string; file: string; detail: string }[];
  retried: { name: string; file: string; detail: string }[];
}
const namedOutcomes = new Map<string, NamedOutcomes>();
// Passed by path, not imported: the reporter is test tooling that Vitest loads itself.
const OUTCOMES_REPORTER = path.resolve('tests/reporters/outcomes.ts');

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A gate that either passes or fails as a whole (type check, lint, build). */
function gate(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${name}`);
  const ok = run(command, args, env);
  outcomes.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

interface Suite {
  name: string;
  config: string | null;
  /** Extra Vitest arguments: files to run, or `--exclude` globs. */
  args?: string[];
}

const slug = (name: string) => name.replace(/\W+/g, '-');

function vitestArgs({ name, config, args = [] }: Suite): { args: string[]; report: string; outcomesFile: string } {
  const report = path.join(CACHE, `${slug(name)}.json`);
  const outcomesFile = path.join(CACHE, `${slug(name)}.outcomes.json`);
  rmSync(report, { force: true });
  rmSync(outcomesFile, { force: true });
  const all = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, `--reporter=${OUTCOMES_REPORTER}`];
  if (config) all.push('--config', config);
  return { args: [...all, ...args], report, outcomesFile };
}

/** Counts a finished suite test by test from its JSON report. */
function count(name: string, ok: boolean, report: string, outcomesFile: string): void {
  if (existsSync(outcomesFile)) namedOutcomes.set(name, JSON.parse(readFileSync(outcomesFile, 'utf8')) as NamedOutcomes);
  if (!existsSync(report)) {
    outcomes.push({ name, passed: 0, failed: 1 });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { status: string }[];
  };
  // A file that fails to load has no tests but must still count as a failure.
  const brokenFiles = json.testResults.filter((r) => r.status === 'failed').length;
  const failed = json.numFailedTests || (!ok || json.numTotalTests === 0 ? Math.max(1, brokenFiles) : 0);
  outcomes.push({ name, passed: json.numPassedTests, failed });
}

function skipped(name: string): void {
  console.log(`\n=== ${name}\nDilewati karena build gagal; dihitung sebagai gagal.`);
  outcomes.push({ name, passed: 0, failed: 1 });
}

/**
 * A Vitest suite in the foreground, counted test by test from its JSON report. It is awaited,
 * not run with a blocking call, so the background lane can start its next suite meanwhile.
 */
async function vitest(suite: Suite, enabled = true): Promise<void> {
  if (!enabled) {
    skipped(suite.name);
    return;
  }
  console.log(`\n=== ${suite.name}`);
  const { args, report, outcomesFile } = vitestArgs(suite);
  const child = spawn('npx', args, { stdio: 'inherit', env: { ...process.env, MPP_TEST_OUTCOMES: outcomesFile } });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  count(suite.name, code === 0, report, outcomesFile);
}

/**
 * Suites run one after another beside the foreground ones, their output kept in a log file
 * and printed once they end (so two suites' lines never interleave). Only suites that read
 * builds and no shared state go here (search relevance, the second sample's pages), so their
 * minutes overlap the other browser tests' on two cores.
 */
function background(suites: Suite[]): Promise<void> {
  const log = path.join(CACHE, 'latar.log');
  const fd = openSync(log, 'w');
  return (async () => {
    const results: { suite: Suite; ok: boolean; report: string; outcomesFile: string }[] = [];
    for (const suite of suites) {
      const { args, report, outcomesFile } = vitestArgs(suite);
      writeSync(fd, `\n=== ${suite.name} (berjalan di samping)\n`);
      const child = spawn('npx', args, { stdio: ['ignore', fd, fd], env: { ...process.env, MPP_TEST_OUTCOMES: outcomesFile } });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      results.push({ suite, ok: code === 0, report, outcomesFile });
    }
    closeSync(fd);
    process.stdout.write(readFileSync(log, 'utf8'));
    for (const r of results) count(r.suite.name, r.ok, r.report, r.outcomesFile);
  })();
}

gate('Pemeriksaan tipe (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']);
gate('Lint dan format (Biome)', 'npx', ['biome', 'check', '.']);
await vitest({ name: 'unit dan integrasi', config: null });
const built = gate('Build konten contoh', 'npm', ['run', '-s', 'build']);
const fixtureBuilt = gate(
  'Build konten uji (WITA, dengan API antrean)',
  'npm',
  ['run', '-s', 'build', '--', '--outDir', path.join(CACHE, 'dist-fixture')],
  {
    MPP_CONTENT_DIR: 'tests/fixtures/content',
    MPP_QUEUE_API_URL: FIXTURE_QUEUE_API_URL,
  },
);
// Screenshot baselines need a build that never changes by itself: fixed date, no live data.
const visualBuilt = gate(
  'Build konten uji untuk uji visual',
  'npm',
  ['run', '-s', 'build', '--', '--outDir', path.join(CACHE, 'dist-visual')],
  {
    MPP_CONTENT_DIR: 'tests/fixtures/content',
    MPP_TODAY: '2026-11-23',
  },
);
// The second bundled sample (MPP Kabupaten Pekalongan): the build runs the content check on it.
const kajenBuilt = gate(
  'Build konten contoh Kabupaten Pekalongan',
  'npm',
  ['run', '-s', 'build', '--', '--outDir', path.resolve(KAJEN_SAMPLE.dist)],
  { MPP_CONTENT_DIR: KAJEN_SAMPLE.contentDir },
);
// The editors' room UI (Keystatic behind login) is its own Astro build; built once here.
const roomBuilt = gate('Build antarmuka ruang editor', 'npx', ['astro', 'build', '--config', 'astro.admin.config.mjs']);
const e2eReady = built && fixtureBuilt && visualBuilt && roomBuilt;
// Search relevance and the second sample's page tests read finished builds only: they run
// beside the other browser tests (which edit content, run servers and time screens).
const RELEVANCE = 'tests/e2e/relevance.test.ts';
const side: Suite[] = [];
if (built) side.push({ name: 'end-to-end relevansi pencarian', config: 'vitest.e2e.config.ts', args: [RELEVANCE] });
else skipped('end-to-end relevansi pencarian');
// The page-level tests again on the second sample, so the templates are not tuned to one MPP.
if (kajenBuilt) side.push({ name: 'end-to-end konten contoh Kabupaten Pekalongan', config: 'vitest.kajen.config.ts' });
else skipped('end-to-end konten contoh Kabupaten Pekalongan');
const sideDone = background(side);
await vitest({ name: 'end-to-end', config: 'vitest.e2e.config.ts', args: ['--exclude', RELEVANCE] }, e2eReady);
await sideDone;

console.log('\n=== Ringkasan');
// CI keeps only the end of the log: name every failing test, and every test that passed
// only on its retry (flaky: it still needs fixing), right above the totals.
for (const [suite, named] of namedOutcomes) {
  for (const test of named.retried) console.log(`diulang  ${suite}: ${test.file} › ${test.name} (${test.detail})`);
  for (const test of named.failed) console.log(`GAGAL  ${suite}: ${test.file} › ${test.name}: ${test.detail}`);
}
for (const o of outcomes) console.log(`${o.failed ? 'GAGAL' : 'lulus'}  ${o.name}: ${o.passed} lulus, ${o.failed} gagal`);
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
