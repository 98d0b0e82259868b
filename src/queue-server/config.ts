// Server configuration: defaults, then a JSON file, then environment variables, then CLI
// flags. Validation errors are Indonesian because MPP staff edit this file by hand.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HoursConfig } from '../lib/hours.ts';
import { DAY_KEYS } from '../lib/format.ts';
import { z } from 'zod';
import { ConfigError, filled, isObject, isTimeZone, worded } from '../server/config.ts';
import type { RateLimit } from '../server/rate-limit.ts';
import { anything, group, int, listOf, messageOf, objectOr, once, or, quota, text } from './config-fields.ts';
import { type BookingConfig, bookingConfig, DEFAULT_BOOKING } from './booking/config.ts';
import { type ScreensConfig, screensFields } from './screens-config.ts';

export interface GeraiConfig {
  id: string;
  name: string;
  prefix: string;
  /** Counters (loket) staffed when the gerai opens. */
  counters: number;
  /** Used for estimates until today's first services finish. */
  defaultServiceMinutes: number;
  /** Tickets this gerai may issue per service day; null = only the MPP-wide quota applies. */
  dailyQuota: number | null;
  /** The gerai's own hours when they differ from the MPP's; null = the MPP's hours. */
  hours: ServerHours | null;
}

/** Opening hours in the portal's HoursConfig shape; the zone is the server's timeZone. */
export type ServerHours = Omit<HoursConfig, 'timeZone'>;

/** What a device may do: kiosks issue, counters call and serve their gerai, supervisors open and close, display boards show calls. */
export const DEVICE_ROLES = ['kiosk', 'counter', 'supervisor', 'display'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];

export interface DeviceConfig {
  id: string;
  name: string;
  /** 'sha256:<hex>' of the device's bearer token; create it with `--hash-token`. */
  tokenHash: string;
  /** Gerai this device may act on; empty means all (not allowed for counters). */
  gerai: string[];
  roles: DeviceRole[];
  /** Tickets this device may issue per service day; null = no per-device cap. */
  dailyQuota: number | null;
}

export interface QueueServerConfig {
  host: string;
  port: number;
  dataDir: string;
  timeZone: string;
  /** MPP-wide tickets per service day; null = unlimited. */
  dailyQuota: number | null;
  /** Default per-device daily ticket cap for devices that set none; null = no cap. */
  deviceDailyQuota: number | null;
  /** Log a warning when one device is refused (rate limit or quota) this many times within windowSeconds. */
  throttleAlert: { count: number; windowSeconds: number };
  refreshSeconds: number;
  /** Opening hours in the portal's HoursConfig shape (without timeZone); null = always open. */
  hours: ServerHours | null;
  /** How often the content folder (--content) is checked for new closures and hours. */
  contentReloadSeconds: number;
  gerai: GeraiConfig[];
  cors: { allowedOrigins: string[] };
  devices: DeviceConfig[];
  /** null disables a limit (e.g. when a reverse proxy already limits). */
  rateLimits: { public: RateLimit | null; staff: RateLimit | null };
  /** Take the client address from X-Forwarded-For (only behind a trusted reverse proxy). */
  trustProxy: boolean;
  /** Event stream; a client holding more than maxBufferedBytes unsent is skipped, and dropped after stallSeconds. */
  stream: { enabled: boolean; maxClients: number; heartbeatSeconds: number; maxBufferedBytes: number; stallSeconds: number };
  maxBodyBytes: number;
  /** A request body must arrive completely within this many seconds. */
  bodyTimeoutSeconds: number;
  /** Kiosk, counter, board and supervisor screens (screens-config.ts). */
  screens: ScreensConfig;
  /** Online booking (booking/config.ts). */
  booking: BookingConfig;
}

/** Defaults for every field; a config file only needs what differs. */
export const DEFAULT_CONFIG: QueueServerConfig = {
  host: '127.0.0.1',
  port: 8787,
  dataDir: './.data',
  // No default: a wrong zone would shift the service day and the hours without a sound.
  timeZone: '',
  dailyQuota: 100,
  deviceDailyQuota: null,
  throttleAlert: { count: 10, windowSeconds: 60 },
  refreshSeconds: 10,
  hours: null,
  contentReloadSeconds: 30,
  gerai: [],
  cors: { allowedOrigins: [] },
  devices: [],
  rateLimits: { public: { perSecond: 20, burst: 60 }, staff: { perSecond: 5, burst: 20 } },
  trustProxy: false,
  stream: { enabled: true, maxClients: 2000, heartbeatSeconds: 15, maxBufferedBytes: 64 * 1024, stallSeconds: 60 },
  maxBodyBytes: 8 * 1024,
  bodyTimeoutSeconds: 10,
  screens: { publicUrl: null, ticker: [] },
  booking: DEFAULT_BOOKING,
};

/** Thrown for an unusable configuration; the message is for MPP staff. */
export { ConfigError };

const bad = (message: string): never => {
  throw new ConfigError(`Konfigurasi tidak valid: ${message}`);
};

// The config file as one zod schema; the building blocks and how messages read are in config-fields.ts.
const slots = worded(z.array(z.looseObject({ mulai: z.string(), selesai: z.string() })), ' harus daftar {mulai, selesai}');
const weekly = z.object(Object.fromEntries(DAY_KEYS.map((day) => [day, or([], slots)])));
const hoursFields = z.object({ weekly, rules: or([], worded(z.array(z.unknown()), ' harus daftar')), gerai: anything });
/** Opening hours with every day filled in; `gerai` (a slug) keeps rules limited to that gerai in force. */
const hoursSchema = or(
  null,
  worded(z.looseObject({ weekly: z.looseObject({}) }), ' harus objek {weekly, rules}')
    .pipe(hoursFields)
    // Slots and rules are kept as written: the portal's hours module reads them.
    .transform(
      ({ weekly, rules, gerai }) => ({ weekly, rules, ...(typeof gerai === 'string' ? { gerai } : {}) }) as unknown as ServerHours,
    ),
);

const geraiSchema = objectOr(' harus objek').pipe(
  z.object({
    id: text(/^[a-z0-9][a-z0-9-]{0,99}$/),
    name: text(),
    prefix: text(/^[A-Z0-9]{1,5}$/),
    counters: or(1, int(0, 1000)),
    defaultServiceMinutes: or(10, int(1, 600)),
    dailyQuota: quota,
    hours: hoursSchema,
  }),
);

const roleWords = DEVICE_ROLES.join(', ');
const rolesSchema = worded(z.array(z.unknown()).min(1), ` wajib diisi, daftar berisi satu atau lebih dari: ${roleWords}`)
  .superRefine((roles, ctx) => {
    const unknown = roles.find((r) => !(DEVICE_ROLES as readonly unknown[]).includes(r));
    const message = `: peran "${String(unknown)}" tidak dikenal (pilih dari: ${roleWords})`;
    if (unknown !== undefined) ctx.addIssue({ code: 'custom', message, input: roles });
  })
  .transform((roles) => [...new Set(roles as DeviceRole[])]);

const counterGerai = ' wajib diisi untuk perangkat berperan counter (gerai tempat loket itu melayani)';
const deviceSchema = objectOr(' harus objek').pipe(
  z
    .object({
      // Whether these gerai exist is checked against the whole config (configSchema).
      gerai: worded(z.array(z.string()).default([]), ' harus daftar id gerai yang ada'),
      id: text(),
      roles: rolesSchema,
      name: anything,
      tokenHash: worded(filled(/^sha256:[0-9a-f]{64}$/), ' (format sha256:<64 hex>) tidak valid'),
      dailyQuota: quota,
    })
    // A counter tablet belongs to one gerai's desk; "all gerai" would let it call any line.
    .refine((device) => !device.roles.includes('counter') || device.gerai.length > 0, { path: ['gerai'], error: counterGerai })
    .transform(({ name, ...device }): DeviceConfig => ({ ...device, name: typeof name === 'string' ? name : device.id })),
);

const limit = objectOr(' harus objek {perSecond, burst} atau null').pipe(z.object({ perSecond: int(1, 1e6), burst: int(1, 1e6) }));
/** A rate limit: absent = the default, null or false = none. */
const rateLimit = (fallback: RateLimit | null) =>
  anything.transform((v): unknown => (v === undefined ? fallback : v === false ? null : v)).pipe(limit.nullable());

const zoneNeeded =
  ' wajib diisi (misalnya Asia/Jakarta, Asia/Makassar, Asia/Jayapura), atau jalankan server dengan --content <folder konten portal>';
const given = z.unknown().refine((v) => v !== undefined && v !== '');
const iana = z.string().refine(isTimeZone, { error: (issue) => ` "${issue.input}" bukan zona waktu IANA (contoh: Asia/Jakarta)` });
const timeZone = worded(given, zoneNeeded).pipe(text()).pipe(iana);
const origins = worded(z.array(z.string()), ' harus daftar teks').transform((list) => list.map((o) => o.replace(/\/+$/, '')));

const d = DEFAULT_CONFIG;
// Fields in the order they have always been checked, so that of several problems the same one is reported first
// (checks across fields or entries, such as duplicate ids, come once the fields themselves are valid).
const configSchema = z
  .object({
    gerai: listOf(geraiSchema).superRefine(once('gerai')),
    cors: group({ allowedOrigins: or([], origins) }),
    host: or(d.host, text()),
    port: or(d.port, int(0, 65535)),
    dataDir: or(d.dataDir, text()),
    timeZone,
    dailyQuota: int(0, 1_000_000).nullable().default(d.dailyQuota),
    deviceDailyQuota: quota,
    throttleAlert: group({
      count: or(d.throttleAlert.count, int(1, 100_000)),
      windowSeconds: or(d.throttleAlert.windowSeconds, int(1, 86_400)),
    }),
    refreshSeconds: or(d.refreshSeconds, int(1, 3600)),
    hours: hoursSchema,
    contentReloadSeconds: or(d.contentReloadSeconds, int(1, 86_400)),
    devices: listOf(deviceSchema).superRefine(once('perangkat')),
    rateLimits: group({ public: rateLimit(d.rateLimits.public), staff: rateLimit(d.rateLimits.staff) }),
    trustProxy: anything.transform((v) => v === true),
    stream: group({
      enabled: anything.transform((v) => v !== false),
      maxClients: or(d.stream.maxClients, int(0, 100_000)),
      heartbeatSeconds: or(d.stream.heartbeatSeconds, int(1, 300)),
      maxBufferedBytes: or(d.stream.maxBufferedBytes, int(1024, 16 * 1024 * 1024)),
      stallSeconds: or(d.stream.stallSeconds, int(1, 3600)),
    }),
    maxBodyBytes: or(d.maxBodyBytes, int(256, 1_048_576)),
    bodyTimeoutSeconds: or(d.bodyTimeoutSeconds, int(1, 300)),
    ...screensFields,
  })
  .superRefine(({ gerai, devices }, ctx) => {
    const ids = new Set(gerai.map((g) => g.id));
    for (const [i, device] of devices.entries()) {
      const message = ' harus daftar id gerai yang ada';
      if (device.gerai.some((g) => !ids.has(g)))
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'gerai'], message, input: device.gerai });
    }
  });

/** Merges and validates raw settings over {@link DEFAULT_CONFIG}. */
export function normalizeConfig(raw: Record<string, unknown>): QueueServerConfig {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) return bad(messageOf(parsed.error));
  const { publicUrl, ticker, ...config } = parsed.data;
  const booking = bookingConfig(raw, new Set(config.gerai.map((g) => g.id)), bad);
  // The online shares must fit in the quotas they are part of, or online would take the walk-ins' places.
  const online = Object.values(booking.onlineQuota).reduce((a, n) => a + n, 0);
  if (booking.enabled && config.dailyQuota !== null && online > config.dailyQuota) {
    bad(`booking.onlineQuota: jumlah bagian daring semua gerai (${online}) melebihi dailyQuota MPP (${config.dailyQuota})`);
  }
  for (const g of config.gerai) {
    const n = booking.onlineQuota[g.id] ?? 0;
    if (booking.enabled && g.dailyQuota !== null && n > g.dailyQuota) {
      bad(`booking.onlineQuota.${g.id} (${n}) melebihi dailyQuota gerai ${g.name} (${g.dailyQuota})`);
    }
  }
  return { ...config, screens: { publicUrl, ticker }, booking };
}

/** Settings that can come from the environment, by variable name. */
export function envOverrides(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (env.QUEUE_HOST) out.host = env.QUEUE_HOST;
  if (env.QUEUE_PORT) out.port = Number(env.QUEUE_PORT);
  if (env.QUEUE_DATA_DIR) out.dataDir = env.QUEUE_DATA_DIR;
  if (env.QUEUE_TIMEZONE) out.timeZone = env.QUEUE_TIMEZONE;
  if (env.QUEUE_CONTENT_DIR) out.content = env.QUEUE_CONTENT_DIR;
  if (env.QUEUE_DAILY_QUOTA) out.dailyQuota = env.QUEUE_DAILY_QUOTA === 'none' ? null : Number(env.QUEUE_DAILY_QUOTA);
  if (env.QUEUE_CORS_ORIGINS !== undefined) {
    out.cors = {
      allowedOrigins: env.QUEUE_CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }
  return out;
}

/** Reads a JSON config file (if given) and applies env and flag overrides, without validating. */
export function readRawConfig(
  file: string | undefined,
  env: NodeJS.ProcessEnv,
  flags: Record<string, unknown> = {},
): Record<string, unknown> {
  let fromFile: Record<string, unknown> = {};
  if (file) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(resolve(file), 'utf8'));
    } catch (error) {
      throw new ConfigError(`Berkas konfigurasi ${file} tidak dapat dibaca: ${(error as Error).message}`);
    }
    if (!isObject(raw)) throw new ConfigError(`Berkas konfigurasi ${file} harus berisi objek JSON`);
    fromFile = raw;
  }
  const merged: Record<string, unknown> = { ...fromFile, ...envOverrides(env), ...flags };
  if (isObject(fromFile.cors) && isObject(merged.cors)) merged.cors = { ...fromFile.cors, ...merged.cors };
  return merged;
}
