// The two steps that turn an exported content folder into a site: the content check
// (the build's own checkContent, in-process; messages naming file and field exactly as
// `npm run check-content` prints them) and `astro build` of the portal code into a given
// output folder.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkContent as checkFolder } from '../../data/check.ts';
import { formatIssues } from '../../lib/validate.ts';
import { start } from './run.ts';
import { isDiskFull } from './space.ts';
import { s } from '../strings/index.ts';

export interface StepResult {
  ok: boolean;
  /** Indonesian messages: content errors and warnings, or the build failure with its log tail. */
  messages: string[];
  /** The build failed because the disk filled up. */
  diskFull?: boolean;
}

export interface BuildInput {
  projectRoot: string;
  /** Exported content folder (its basename is "content"). */
  contentDir: string;
  /** Share-image cache kept between builds. */
  ogCacheDir: string;
  /** Working folder of the build, inside the project (see buildSite). */
  scratchDir: string;
  env: Record<string, string>;
  preview: boolean;
}

// Variables the publisher sets itself; inherited values would point builds elsewhere.
const OWN_VARS = ['MPP_CONTENT_DIR', 'MPP_OG_CACHE_DIR', 'MPP_PREVIEW'];

function buildEnv(input: BuildInput): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...input.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const name of OWN_VARS) delete env[name];
  env.MPP_CONTENT_DIR = input.contentDir;
  env.MPP_OG_CACHE_DIR = input.ogCacheDir;
  if (input.preview) env.MPP_PREVIEW = '1';
  return env;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC.
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function lines(output: string, exportRoot: string): string[] {
  // Paths inside the temporary export are shown as paths in the content repository.
  const prefix = `${exportRoot}${path.sep}`;
  return output
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.split(prefix).join('').trimEnd())
    .filter((line) => line.trim());
}

/** Validate the exported content with the build's content check, with the build's environment. */
export async function checkContent(input: BuildInput): Promise<StepResult> {
  const { issues } = await checkFolder(input.contentDir, { env: buildEnv(input) });
  // Files are named as in the content repository (content/...), not by the export's temporary path.
  const exportRoot = `${path.dirname(input.contentDir)}${path.sep}`;
  const named = issues.map((issue) => ({ ...issue, file: issue.file.split(exportRoot).join('') }));
  const report = formatIssues(named)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!named.some((issue) => issue.severity === 'error')) return { ok: true, messages: report };
  return { ok: false, messages: [s.contentInvalid, ...report] };
}

// Per-page progress lines carry no diagnosis.
const NOISE = /^\s*(├─|└─|\(\+\d+m?s\)|\d\d:\d\d:\d\d\s+(├─|└─))/;

/** The part of a failed build's log an editor or IT staff needs: from the first error on, at most 20 lines. */
export function logTail(output: string, exportRoot: string): string[] {
  const all = lines(output, exportRoot).filter((line) => !NOISE.test(line));
  const first = all.findIndex((line) => /error|gagal|tidak valid|failed/i.test(line));
  const from = first >= 0 ? first : Math.max(0, all.length - 15);
  return all.slice(from, from + 20);
}

// A build that runs this long is stuck (the sample content takes seconds, 30,000 services minutes).
const BUILD_TIMEOUT_MS = 30 * 60_000;

export interface RunningBuild {
  done: Promise<StepResult>;
  /** Stop the build (when the content check fails first). */
  stop(): Promise<void>;
}

/** Start `astro build` of the portal into `outDir`. */
export function startBuild(input: BuildInput, outDir: string): RunningBuild {
  const started = performance.now();
  // Astro writes its intermediate server chunks to <working dir>/.astro/ when the output
  // folder is elsewhere; they import the project's packages, so that folder must be inside
  // the project. Each publisher gets its own, so two of them on one checkout never collide.
  rmSync(path.join(input.scratchDir, '.astro'), { recursive: true, force: true });
  mkdirSync(input.scratchDir, { recursive: true });
  const args = ['--prefix', input.projectRoot, 'astro', 'build', '--root', input.projectRoot, '--outDir', outDir];
  const build = start('npx', args, { cwd: input.scratchDir, env: buildEnv(input), timeoutMs: BUILD_TIMEOUT_MS });
  const done = build.done.then((result): StepResult => {
    if (result.code === 0) return { ok: true, messages: [] };
    // The bundler's stack trace tells an editor nothing; a full disk is said in one sentence.
    if (isDiskFull(result.output)) return { ok: false, diskFull: true, messages: [s.diskFull] };
    const seconds = Math.round((performance.now() - started) / 1000);
    return { ok: false, messages: [s.buildFailed(seconds), ...logTail(result.output, path.dirname(input.contentDir))] };
  });
  return { done, stop: async () => void (await build.stop()) };
}
