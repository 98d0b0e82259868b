// The publisher: builds content commits into previews and releases, switches the live
// link atomically, keeps the publish log and prunes old releases. One build at a time;
// nothing it does on failure touches the live release. The running job is recorded in
// the releases folder, so a restart can tell editors what became of it.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { replaceFolder } from '../../disk/replace-folder.ts';
import { type Cancel, createBuilder, EditorError, removeOthers } from './builder.ts';
import { resolveCommit } from '../git.ts';
import { recoverJob, writeJob } from './job.ts';
import { appendLog, linkTarget, newReleaseId, prune, readLog, releaseIds, releaseTime, switchLink } from './releases.ts';
import { DEFAULT_MIN_FREE_BYTES, isDiskFull } from './space.ts';
import { s } from '../strings/index.ts';
import type { BuildOutcome, BuildProgress, PublishLogEntry, Publisher, PublisherOptions, Release } from './types.ts';

export { scheduleDaily } from './schedule.ts';
export type * from './types.ts';

// Folders under the releases dir that are not releases: builds in progress, the share-image cache.
const BUILDING_PREFIX = '.baru-';
const OG_CACHE = '.og-cache';

/** The link to the release that was live before the current one: "<live link>-sebelumnya". */
export function previousLinkOf(liveLink: string): string {
  return `${path.resolve(liveLink)}-sebelumnya`;
}

/**
 * Start the releases' share-image cache from the checkout's own (filled by `npm run build`),
 * so the first publish on a new server does not draw every image again. Cache files are
 * named by a digest of everything that affects their pixels, so the output is the same.
 */
function seedShareImageCache(from: string, to: string) {
  if (existsSync(to) || !existsSync(from)) return;
  try {
    cpSync(from, `${to}.baru`, { recursive: true });
    renameSync(`${to}.baru`, to);
  } catch {
    // Only a head start: on a small or full disk the images are drawn during the build
    // instead, and the free-space check before it speaks to the editor.
    rmSync(`${to}.baru`, { recursive: true, force: true });
  }
}

/** Create the publisher for one portal checkout, content repository and releases folder. */
export function createPublisher(options: PublisherOptions): Publisher {
  const projectRoot = path.resolve(options.projectRoot);
  const contentRepo = path.resolve(options.contentRepo);
  const releasesDir = path.resolve(options.releasesDir);
  const liveLink = path.resolve(options.liveLink);
  const previousLink = previousLinkOf(liveLink);
  const previewDir = path.resolve(options.previewDir);
  const previewBuilds = path.join(path.dirname(previewDir), `.${path.basename(previewDir)}-builds`);
  const keep = Math.max(2, options.keep ?? 10);
  const env = options.env ?? {};
  const scratchDir = path.join(projectRoot, '.cache', 'terbit', createHash('sha256').update(releasesDir).digest('hex').slice(0, 12));

  mkdirSync(releasesDir, { recursive: true });
  mkdirSync(previewBuilds, { recursive: true });
  const builder = createBuilder({
    projectRoot,
    contentRepo,
    releasesDir,
    scratchDir,
    ogCacheDir: path.join(releasesDir, OG_CACHE),
    env,
    minFreeBytes: options.minFreeBytes ?? DEFAULT_MIN_FREE_BYTES,
    freeSpace: options.freeSpace,
  });
  // A build cut short by a crash, a kill or a full disk leaves its folders; none was ever live.
  builder.cleanLeftovers();
  for (const name of readdirSync(releasesDir)) {
    if (name.startsWith(BUILDING_PREFIX)) rmSync(path.join(releasesDir, name), { recursive: true, force: true });
  }
  rmSync(path.join(releasesDir, `${OG_CACHE}.baru`), { recursive: true, force: true });
  removeOthers(previewBuilds, linkTarget(previewDir));
  // A switch cut short leaves its new link under a temporary name (see switchLink).
  for (const link of [liveLink, previousLink, previewDir]) {
    const prefix = `${path.basename(link)}.baru-`;
    if (!existsSync(path.dirname(link))) continue;
    for (const name of readdirSync(path.dirname(link))) {
      if (name.startsWith(prefix)) rmSync(path.join(path.dirname(link), name), { force: true });
    }
  }
  seedShareImageCache(path.join(projectRoot, '.cache', 'og'), path.join(releasesDir, OG_CACHE));

  // The job that ran last, as recorded; one cut short by a crash is reported as interrupted.
  let current: BuildProgress | null = recoverJob(releasesDir);
  let running = false;
  let closing = false;
  let cancel: Cancel = { cancelled: false };
  let finished: Promise<BuildOutcome> = Promise.resolve({ ok: true, messages: [], durationMs: 0 });

  const realReleasesDir = realpathSync(releasesDir);
  const liveId = (): string | null => {
    const target = linkTarget(liveLink);
    if (!target || !existsSync(target)) return null;
    return realpathSync(path.dirname(target)) === realReleasesDir ? path.basename(target) : null;
  };

  /**
   * Make `releaseDir` live. The release live until now becomes the "previous" one, which
   * nginx falls back to for build assets and search files, so pages already open in
   * browsers keep loading theirs (deploy/nginx/portal-mpp.conf).
   */
  function goLive(releaseDir: string) {
    const before = linkTarget(liveLink);
    if (before && existsSync(before) && before !== releaseDir) switchLink(previousLink, before);
    switchLink(liveLink, releaseDir);
  }

  /** Record the job; on a full disk the build's own space check gives editors the message. */
  function record(progress: BuildProgress) {
    try {
      writeJob(releasesDir, progress);
    } catch (error) {
      console.error(`Penerbit: catatan proses tidak dapat ditulis: ${error instanceof Error ? error.message : error}`);
    }
  }

  /** Run one build-like job exclusively, reporting its stages through `current`. */
  async function exclusive(
    kind: BuildProgress['kind'],
    commit: string,
    actor: string,
    job: (progress: BuildProgress) => Promise<{ messages: string[]; releaseId?: string }>,
  ): Promise<BuildOutcome> {
    if (closing) return { ok: false, busy: true, messages: [s.closing], durationMs: 0 };
    if (running && current) return { ok: false, busy: true, messages: [s.busy(current)], durationMs: 0 };
    running = true;
    const started = performance.now();
    const progress: BuildProgress = { kind, stage: 'menyiapkan', commit, actor, startedAt: new Date().toISOString() };
    current = progress;
    cancel = { cancelled: false };
    const run = async (): Promise<BuildOutcome> => {
      let outcome: BuildOutcome;
      try {
        // Recorded before anything is built: a crash from here on is reported after the restart.
        record(progress);
        const done = await job(progress);
        outcome = { ok: true, messages: done.messages, durationMs: 0, ...(done.releaseId ? { releaseId: done.releaseId } : {}) };
      } catch (error) {
        const messages =
          error instanceof EditorError
            ? error.messages
            : [isDiskFull(error) ? s.diskFull : s.unexpected(error instanceof Error ? error.message : String(error))];
        outcome = { ok: false, messages, durationMs: 0, ...(cancel.cancelled && !progress.outcome ? { interrupted: true } : {}) };
      }
      outcome.durationMs = Math.round(performance.now() - started);
      progress.stage = outcome.ok ? 'selesai' : 'gagal';
      progress.outcome = outcome;
      record(progress);
      if (outcome.interrupted) console.error(`Penerbit: ${outcome.messages.join(' ')}`);
      running = false;
      return outcome;
    };
    finished = run();
    return finished;
  }

  /** The full hash of `ref`, also shown in the progress; throws for editors when there is none. */
  async function resolve(progress: BuildProgress, ref: string): Promise<string> {
    const commit = await resolveCommit(contentRepo, ref);
    if (!commit) throw new EditorError([s.badCommit(ref)]);
    progress.commit = commit;
    return commit;
  }

  /** Build `ref` into a new release and make it live; `action` names it in the log. */
  async function release(progress: BuildProgress, ref: string, action: PublishLogEntry['action']) {
    // Refuse before building when the live path cannot be switched.
    if (existsSync(liveLink) && !linkTarget(liveLink)) throw new EditorError([s.liveIsFolder(liveLink)]);
    const commit = await resolve(progress, ref);
    const id = newReleaseId(commit, new Date(), releaseIds(releasesDir));
    const building = path.join(releasesDir, `${BUILDING_PREFIX}${id}`);
    const built = await builder.build(progress, commit, building, false, cancel);
    const releaseDir = path.join(releasesDir, id);
    progress.stage = 'mengalihkan';
    record(progress);
    try {
      await replaceFolder(building, releaseDir);
      goLive(releaseDir);
    } catch (error) {
      // Built but never live: remove it so the releases folder only holds releases that went live.
      rmSync(building, { recursive: true, force: true });
      if (liveId() !== id) rmSync(releaseDir, { recursive: true, force: true });
      throw error instanceof EditorError || !(error instanceof Error) ? error : new EditorError([error.message]);
    }
    appendLog(releasesDir, { at: new Date().toISOString(), actor: progress.actor, action, commit, releaseId: id });
    prune(releasesDir, keep, id, linkTarget(previousLink));
    return { messages: built.warnings, releaseId: id };
  }

  const commitOf = (id: string): string => readLog(releasesDir).find((e) => e.releaseId === id)?.commit ?? id.split('-')[1] ?? '';

  return {
    preview: (commit, actor) =>
      exclusive('pratinjau', commit, actor, async (progress) => {
        const resolved = await resolve(progress, commit);
        const outDir = path.join(previewBuilds, newReleaseId(resolved, new Date(), releaseIds(previewBuilds)));
        const built = await builder.build(progress, resolved, outDir, true, cancel);
        progress.stage = 'mengalihkan';
        if (existsSync(previewDir) && !linkTarget(previewDir)) {
          // First preview after the room created a plain folder: move it aside once.
          renameSync(previewDir, path.join(previewBuilds, `lama-${Date.now()}`));
        }
        switchLink(previewDir, outDir);
        removeOthers(previewBuilds, outDir);
        return { messages: built.warnings };
      }),

    publish: (commit, actor) => exclusive('terbit', commit, actor, (progress) => release(progress, commit, 'terbit')),

    rebuildLive: (actor) => {
      const live = liveId();
      const commit = live ? commitOf(live) : '';
      return exclusive('jadwal', commit, actor, async (progress) => {
        if (!live) throw new EditorError([s.noLive]);
        return release(progress, commit, 'jadwal');
      });
    },

    rollback: (actor) =>
      exclusive('batal', '', actor, async (progress) => {
        const live = liveId();
        if (!live) throw new EditorError([s.noLive]);
        const ids = releaseIds(releasesDir);
        const previous = ids[ids.indexOf(live) - 1];
        if (!previous) throw new EditorError([s.noPrevious]);
        progress.commit = commitOf(previous);
        progress.stage = 'mengalihkan';
        goLive(path.join(releasesDir, previous));
        appendLog(releasesDir, { at: new Date().toISOString(), actor, action: 'batal', commit: progress.commit, releaseId: previous });
        return { messages: [], releaseId: previous };
      }),

    releases: (): Release[] => {
      const log = readLog(releasesDir);
      const live = liveId();
      return releaseIds(releasesDir)
        .reverse()
        .map((id) => {
          const first = log.find((e) => e.releaseId === id && e.action !== 'batal');
          return {
            id,
            commit: first?.commit ?? commitOf(id),
            actor: first?.actor ?? '',
            createdAt: first?.at ?? releaseTime(id),
            live: id === live,
          };
        });
    },

    log: () => readLog(releasesDir).reverse(),

    progress: () => (current ? structuredClone(current) : null),

    shutdown: async () => {
      closing = true;
      if (!running || !current) return;
      // A live switch takes milliseconds and is not cut in half; anything before it is cancelled.
      if (current.stage !== 'mengalihkan') {
        cancel.cancelled = true;
        await cancel.stopBuild?.();
      }
      await finished;
    },
  };
}
