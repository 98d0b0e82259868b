// One build of a content commit into an output folder, with its temporary folders kept
// where they can always be cleaned: the content export under the releases folder, the
// bundler's scratch folder in the checkout. When the output lives on another filesystem
// than the checkout (deploy/README: code in /opt, data in /var/lib), Astro's own renames
// from its scratch folder would fail with EXDEV, so the site is built beside the scratch
// folder and copied across.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { replaceFolder } from '../../disk/replace-folder.ts';
import { type BuildInput, checkContent, type RunningBuild, startBuild } from './build.ts';
import { modelProblem } from '../../migrations/status.ts';
import { m } from '../../migrations/strings.ts';
import { exportContent } from '../git.ts';
import { type FreeSpace, freeSpace as statfsFree, isDiskFull, lowSpace } from './space.ts';
import { s } from '../strings/index.ts';
import type { BuildProgress } from './types.ts';

/** An error whose message is already written for editors. */
export class EditorError extends Error {
  readonly messages: string[];
  constructor(messages: string[]) {
    super(messages.join('\n'));
    this.messages = messages;
  }
}

/** Lets a server shutdown stop the job that is running. */
export interface Cancel {
  cancelled: boolean;
  /** Stops the running `astro build`, when one runs. */
  stopBuild?: () => Promise<void>;
}

export interface BuilderOptions {
  projectRoot: string;
  contentRepo: string;
  releasesDir: string;
  /** The bundler's working folder, inside the checkout (its chunks import the project's packages). */
  scratchDir: string;
  ogCacheDir: string;
  env: Record<string, string>;
  minFreeBytes: number;
  freeSpace?: FreeSpace;
}

// Folders under the releases dir that are not releases: content exports of running builds.
const WORK = '.kerja';
// The site built in the checkout's filesystem when the output is on another one.
const STAGING = 'keluaran';

const device = (dir: string) => statSync(dir).dev;

/** Builds commits; one at a time (the publisher runs it exclusively). */
export function createBuilder(options: BuilderOptions) {
  const { projectRoot, contentRepo, releasesDir, scratchDir, env } = options;
  const workRoot = path.join(releasesDir, WORK);
  const staging = path.join(scratchDir, STAGING);

  /**
   * Remove what a build cut short (a crash, a kill, a full disk) left behind: the export,
   * the bundler's scratch folder and a staged site. Called when the publisher starts and
   * after every build; nothing in them was ever live.
   */
  function cleanLeftovers() {
    rmSync(workRoot, { recursive: true, force: true });
    rmSync(scratchDir, { recursive: true, force: true });
  }

  /** Export, check and build `commit` into `outDir`; on any failure `outDir` and every temporary folder are gone. */
  async function build(progress: BuildProgress, commit: string, outDir: string, preview: boolean, cancel: Cancel) {
    mkdirSync(workRoot, { recursive: true });
    mkdirSync(scratchDir, { recursive: true });
    const low = lowSpace([path.dirname(outDir), scratchDir], options.minFreeBytes, options.freeSpace ?? statfsFree);
    if (low) {
      cleanLeftovers();
      throw new EditorError([low]);
    }
    const crossDevice = device(path.dirname(outDir)) !== device(scratchDir);
    const target = crossDevice ? staging : outDir;
    const stopped = () => {
      if (cancel.cancelled) throw new EditorError([s.stopped(progress)]);
    };
    let building: RunningBuild | undefined;
    try {
      const work = mkdtempSync(path.join(workRoot, 'ekspor-'));
      const contentDir = await exportContent(contentRepo, commit, work).catch((error: Error) => {
        throw new EditorError([isDiskFull(error) ? s.diskFull : error.message]);
      });
      // Content not yet migrated to this code's content model waits (src/migrations).
      const outdated = modelProblem(contentDir);
      if (outdated) throw new EditorError([m.publishWaits(outdated)]);
      stopped();
      const input: BuildInput = { projectRoot, contentDir, ogCacheDir: options.ogCacheDir, scratchDir, env, preview };
      progress.stage = 'memeriksa';
      // The build starts alongside the content check (on two cores this saves most of the
      // check's time) and is stopped if the check fails, so its messages stay the check's.
      building = startBuild(input, target);
      const running = building;
      cancel.stopBuild = () => running.stop();
      const check = await checkContent(input);
      stopped();
      if (!check.ok) {
        await building.stop();
        throw new EditorError(check.messages);
      }
      progress.stage = 'membangun';
      const result = await building.done;
      stopped();
      if (!result.ok) throw new EditorError(result.messages);
      if (!existsSync(path.join(target, 'index.html'))) throw new EditorError([s.buildIncomplete]);
      if (crossDevice) await replaceFolder(target, outDir);
      return { warnings: check.messages };
    } catch (error) {
      await building?.stop();
      rmSync(outDir, { recursive: true, force: true });
      if (error instanceof EditorError) throw error;
      throw new EditorError([isDiskFull(error) ? s.diskFull : s.unexpected(error instanceof Error ? error.message : String(error))]);
    } finally {
      cancel.stopBuild = undefined;
      cleanLeftovers();
    }
  }

  return { build, cleanLeftovers };
}

/** Remove every folder in `dir` except `keep` (preview builds other than the one shown). */
export function removeOthers(dir: string, keep: string | null) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (full !== keep) rmSync(full, { recursive: true, force: true });
  }
}
