// Where the editors' room keeps its data and how it behaves; every path and timing can be
// set by environment variable or CLI flag, defaults under .data/admin/. Every value is
// checked at start against one schema: a typo (MPP_ADMIN_IDLE_MINUTES=30m) must stop the
// room with a message naming the variable, not quietly turn into "sessions never expire".
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, isOrigin, isTimeZone, nonEmpty, onOff, readSettings, type StringSetting, wholeNumber } from '../server/config.ts';
import type { SessionOptions } from './accounts/sessions.ts';
import type { LoginThrottleOptions } from './accounts/throttle.ts';
import { t } from './strings/index.ts';

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
  /**
   * The room sits behind the shipped nginx config: the client address is the X-Real-IP
   * header nginx sets from the connection, never the client-written X-Forwarded-For.
   */
  trustProxy: boolean;
  /** Domain of commit author e-mails: username@domain. */
  emailDomain: string;
  /** Time zone of the daily rebuild. */
  timeZone: string;
  /** Daily rebuild time "HH:MM" in `timeZone`, or null when disabled. */
  rebuildAt: string | null;
  session: SessionOptions;
  loginThrottle: LoginThrottleOptions;
  /** Whose accounts must log in with a code from an authenticator app: admins (default), everyone, or nobody. */
  secondStep: 'admin' | 'semua' | 'tidak';
  /** Extra environment for builds (e.g. MPP_TODAY in tests). */
  buildEnv: Record<string, string>;
  /** Free disk space (MB) a publish needs before it starts building. */
  minFreeMb: number;
}

/** A setting that stops the room from starting; the message is Indonesian and names the variable. */
export { ConfigError };

const MINUTE = 60_000;

/** Each setting: CLI flag, environment variable, default, schema, and what it must be (for the message). */
const SETTINGS = {
  project: ['project', 'MPP_ADMIN_PROJECT', '.', nonEmpty, t.config.path],
  data: ['data', 'MPP_ADMIN_DATA', '.data/admin', nonEmpty, t.config.path],
  contentRepo: ['content-repo', 'MPP_ADMIN_CONTENT_REPO', 'konten', nonEmpty, t.config.path],
  db: ['db', 'MPP_ADMIN_DB', 'ruang-editor.db', nonEmpty, t.config.path],
  releases: ['releases', 'MPP_ADMIN_RELEASES', 'rilis', nonEmpty, t.config.path],
  preview: ['preview', 'MPP_ADMIN_PREVIEW', 'pratinjau', nonEmpty, t.config.path],
  live: ['live', 'MPP_ADMIN_LIVE', 'live', nonEmpty, t.config.path],
  ui: ['ui', 'MPP_ADMIN_UI_DIR', '.cache/admin-ui', nonEmpty, t.config.path],
  host: ['host', 'MPP_ADMIN_HOST', '127.0.0.1', nonEmpty, t.config.host],
  port: ['port', 'MPP_ADMIN_PORT', '4322', wholeNumber(0, 65_535), t.config.port],
  origin: [
    'origin',
    'MPP_ADMIN_ORIGIN',
    '',
    z
      .string()
      .transform((v) => v.replace(/\/+$/, ''))
      .refine((v) => v === '' || isOrigin(v)),
    t.config.origin,
  ],
  insecure: ['insecure', 'MPP_ADMIN_INSECURE', '', onOff, t.config.onOff],
  trustProxy: ['trust-proxy', 'MPP_ADMIN_TRUST_PROXY', '', onOff, t.config.onOff],
  emailDomain: ['email-domain', 'MPP_ADMIN_EMAIL_DOMAIN', 'mpp.invalid', z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i), t.config.domain],
  timeZone: ['time-zone', 'MPP_ADMIN_TIME_ZONE', 'Asia/Jakarta', nonEmpty.refine(isTimeZone), t.config.timeZone],
  rebuildAt: ['rebuild-at', 'MPP_ADMIN_REBUILD_AT', '00:05', z.string().regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/), t.config.rebuildAt],
  idleMinutes: ['idle-minutes', 'MPP_ADMIN_IDLE_MINUTES', '30', wholeNumber(1, 24 * 60), t.config.idleMinutes],
  absoluteHours: ['absolute-hours', 'MPP_ADMIN_ABSOLUTE_HOURS', '12', wholeNumber(1, 24 * 30), t.config.absoluteHours],
  minFreeMb: ['min-free-mb', 'MPP_ADMIN_MIN_FREE_MB', '1024', wholeNumber(0, 1024 * 1024), t.config.minFreeMb],
  secondStep: ['dua-langkah', 'MPP_ADMIN_DUA_LANGKAH', 'admin', z.enum(['admin', 'semua', 'tidak']), t.config.secondStep],
} as const satisfies Record<string, StringSetting>;

type Settings = { [K in keyof typeof SETTINGS]: z.output<(typeof SETTINGS)[K][3]> };

/** The throttling policy (fixed; see throttle.ts for what each limit is for). */
export const LOGIN_THROTTLE: LoginThrottleOptions = {
  pair: { maxFailures: 5, windowMs: 60 * MINUTE, lockMs: MINUTE, maxLockMs: 15 * MINUTE },
  address: { maxFailures: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  account: { maxFailures: 10, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  device: { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  deviceMaxAgeMs: 180 * 24 * 60 * MINUTE,
};

/**
 * Configuration from flags (--name value) over environment variables over defaults.
 * Throws ConfigError naming every invalid variable.
 */
export function loadConfig(flags: Record<string, string> = {}, env: NodeJS.ProcessEnv = process.env): AdminConfig {
  const { values, problems } = readSettings(SETTINGS, flags, env, t.config.invalid);
  if (problems.length) throw new ConfigError([t.config.refused, ...problems].join('\n'));
  const s = values as Settings;
  const projectRoot = path.resolve(s.project);
  const data = path.resolve(projectRoot, s.data);
  const at = (value: string) => path.resolve(data, value);
  return {
    projectRoot,
    contentRepo: at(s.contentRepo),
    dbFile: at(s.db),
    releasesDir: at(s.releases),
    previewDir: at(s.preview),
    liveLink: at(s.live),
    uiDir: path.resolve(projectRoot, s.ui),
    host: s.host,
    port: s.port,
    origin: s.origin,
    secure: !s.insecure,
    trustProxy: s.trustProxy,
    emailDomain: s.emailDomain,
    timeZone: s.timeZone,
    rebuildAt: s.rebuildAt === 'off' ? null : s.rebuildAt,
    session: { idleMs: s.idleMinutes * MINUTE, absoluteMs: s.absoluteHours * 60 * MINUTE },
    loginThrottle: LOGIN_THROTTLE,
    secondStep: s.secondStep,
    buildEnv: {},
    minFreeMb: s.minFreeMb,
  };
}
