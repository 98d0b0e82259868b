// The contract between the editors' room server (routes, pages) and the publisher
// (preview builds, releases, the live switch). Defined once; both sides import it.

/** One finished build of the public site, kept in the releases folder. */
export interface Release {
  /** Folder name under the releases folder, sortable by time (e.g. 20261201T083000Z-ab12cd3). */
  id: string;
  /** Content repository commit the release was built from. */
  commit: string;
  /** Who published it (account username, or "jadwal" for the daily rebuild). */
  actor: string;
  /** ISO 8601 time the release went live for the first time. */
  createdAt: string;
  /** Whether the live link points at this release now. */
  live: boolean;
}

/** Stages a build reports while it runs; shown to editors in Indonesian by the room. */
export type BuildStage = 'menyiapkan' | 'memeriksa' | 'membangun' | 'mengalihkan' | 'selesai' | 'gagal';

/** What the room shows while a build runs, and after it ends. */
export interface BuildProgress {
  kind: 'pratinjau' | 'terbit' | 'batal' | 'jadwal';
  stage: BuildStage;
  commit: string;
  actor: string;
  startedAt: string;
  /** Set once the build has ended. */
  outcome?: BuildOutcome;
}

/** How a preview, publish, rollback or scheduled rebuild ended. */
export interface BuildOutcome {
  ok: boolean;
  /**
   * Indonesian messages for editors: content errors (file and field) or the build's failure;
   * after a successful build, the content check's warnings (review dates, expiring agreements), if any.
   */
  messages: string[];
  /** The release that is live after a successful publish or rollback. */
  releaseId?: string;
  durationMs: number;
  /** Set when the call was refused because another build was running (the room answers 409). */
  busy?: boolean;
  /** Set when the room server stopped (or died) while the job ran. */
  interrupted?: boolean;
}

/** One line of the publish log: who put which commit live, when. */
export interface PublishLogEntry {
  at: string;
  actor: string;
  action: 'terbit' | 'batal' | 'jadwal';
  commit: string;
  releaseId: string;
}

/** Where the publisher works; all paths absolute. */
export interface PublisherOptions {
  /** Portal code checkout whose `astro build` renders the site. */
  projectRoot: string;
  /** Content working copy: a git repository with a `content/` folder at its root. */
  contentRepo: string;
  /** Folder holding one sub-folder per release plus the publish log. */
  releasesDir: string;
  /** Symlink the web server serves as the live site (nginx root); replaced by rename. */
  liveLink: string;
  /**
   * Where the latest preview build is served from (behind login): a symlink replaced by
   * rename like liveLink, to a build kept beside it (.<name>-builds/); a plain folder found
   * there is moved aside on the first preview.
   */
  previewDir: string;
  /** Releases kept (the live one and the newest before it); default 10. */
  keep?: number;
  /** Extra environment for builds (e.g. MPP_TODAY in tests). */
  env?: Record<string, string>;
  /** Free disk space a build needs, on the releases and the checkout's filesystem; default 1 GiB. */
  minFreeBytes?: number;
  /** Free bytes on the filesystem of a folder (statfs); replaceable in tests. */
  freeSpace?: (dir: string) => number;
}

/** Builds content commits into previews and releases; one build at a time. */
export interface Publisher {
  /** Validate and build `commit` into the preview folder, bannered "Pratinjau — belum terbit". */
  preview(commit: string, actor: string): Promise<BuildOutcome>;
  /** Validate, build `commit` into a new release, switch the live link atomically, prune old releases. */
  publish(commit: string, actor: string): Promise<BuildOutcome>;
  /** Point the live link back at the release before the live one. */
  rollback(actor: string): Promise<BuildOutcome>;
  /** Rebuild the live commit (daily, so date-dependent pages stay current). */
  rebuildLive(actor: string): Promise<BuildOutcome>;
  /** Newest first. */
  releases(): Release[];
  /** Newest first. */
  log(): PublishLogEntry[];
  /** The running build, or the last one that ended (also before a restart); null before any. */
  progress(): BuildProgress | null;
  /**
   * Stop for a server shutdown: start no new job, cancel a running build (removing its
   * folders, recording it as stopped), let a live switch already under way finish.
   */
  shutdown?(): Promise<void>;
}
