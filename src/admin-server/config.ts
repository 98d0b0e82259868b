// Where the editors' room keeps its data and how it behaves; every path and timing can be
// set by environment variable or CLI flag, defaults under .data/admin/.
import path from 'node:path';
import type { SessionOptions } from './sessions.ts';
import type { ThrottleOptions } from './throttle.ts';

export interface AdminConfig {
  /** Portal code checkout (builds run here). */
  projectRoot: string;
  /** Content working copy: a git repository with content/ at its root. */
  contentRepo: string;
  /** SQLite file with accounts and sessions. */
  dbFile: string;
  releasesDir: string;
  previewDir: string;
  liveLink: string;
  /** Built Keystatic UI (astro.admin.config.mjs). */
  uiDir: string;
  host: string;
  port: number;
  /** Public origin of the room (https://admin.example.go.id); derived from Host when empty. */
  origin: string;
  /**
   * Secure cookies, HSTS and https origin. Only ever false for plain-http loopback tests
   * and local trials (MPP_ADMIN_INSECURE=1); production sits behind TLS.
   */
  secure: boolean;
  /** Trust X-Forwarded-For from the reverse proxy for the client address. */
  trustProxy: boolean;
  /** Domain of commit author e-mails: username@domain. */
  emailDomain: string;
  /** Time zone of the daily rebuild. */
  timeZone: string;
  /** Daily rebuild time "HH:MM" in `timeZone`, or null when disabled. */
  rebuildAt: string | null;
  session: SessionOptions;
  accountThrottle: ThrottleOptions;
  addressThrottle: ThrottleOptions;
  /** Extra environment for builds (e.g. MPP_TODAY in tests). */
  buildEnv: Record<string, string>;
  /** Free disk space (MB) a publish needs before it starts building. */
  minFreeMb: number;
}

const MINUTE = 60_000;

/** Configuration from flags (--name value) over environment variables over defaults. */
export function loadConfig(flags: Record<string, string> = {}, env: NodeJS.ProcessEnv = process.env): AdminConfig {
  const pick = (flag: string, name: string, fallback: string) => flags[flag] ?? env[name] ?? fallback;
  const projectRoot = path.resolve(pick('project', 'MPP_ADMIN_PROJECT', '.'));
  const data = path.resolve(projectRoot, pick('data', 'MPP_ADMIN_DATA', '.data/admin'));
  const at = (flag: string, name: string, fallback: string) => path.resolve(data, pick(flag, name, fallback));
  const rebuild = pick('rebuild-at', 'MPP_ADMIN_REBUILD_AT', '00:05');
  return {
    projectRoot,
    contentRepo: at('content-repo', 'MPP_ADMIN_CONTENT_REPO', 'konten'),
    dbFile: at('db', 'MPP_ADMIN_DB', 'ruang-editor.db'),
    releasesDir: at('releases', 'MPP_ADMIN_RELEASES', 'rilis'),
    previewDir: at('preview', 'MPP_ADMIN_PREVIEW', 'pratinjau'),
    liveLink: at('live', 'MPP_ADMIN_LIVE', 'live'),
    uiDir: path.resolve(projectRoot, pick('ui', 'MPP_ADMIN_UI_DIR', '.cache/admin-ui')),
    host: pick('host', 'MPP_ADMIN_HOST', '127.0.0.1'),
    port: Number(pick('port', 'MPP_ADMIN_PORT', '4322')),
    origin: pick('origin', 'MPP_ADMIN_ORIGIN', '').replace(/\/+$/, ''),
    secure: pick('insecure', 'MPP_ADMIN_INSECURE', '') !== '1',
    trustProxy: pick('trust-proxy', 'MPP_ADMIN_TRUST_PROXY', '') === '1',
    emailDomain: pick('email-domain', 'MPP_ADMIN_EMAIL_DOMAIN', 'mpp.invalid'),
    timeZone: pick('time-zone', 'MPP_ADMIN_TIME_ZONE', 'Asia/Jakarta'),
    rebuildAt: rebuild === 'off' ? null : rebuild,
    session: {
      idleMs: Number(pick('idle-minutes', 'MPP_ADMIN_IDLE_MINUTES', '30')) * MINUTE,
      absoluteMs: Number(pick('absolute-hours', 'MPP_ADMIN_ABSOLUTE_HOURS', '12')) * 60 * MINUTE,
    },
    accountThrottle: { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
    addressThrottle: { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
    buildEnv: {},
    minFreeMb: Number(pick('min-free-mb', 'MPP_ADMIN_MIN_FREE_MB', '1024')),
  };
}
