// Server configuration: defaults, then a JSON file, then environment variables, then CLI
// flags. Validation errors are Indonesian because MPP staff edit this file by hand.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HoursConfig } from '../lib/hours.ts';
import { DAY_KEYS } from '../lib/format.ts';
import { type BookingConfig, bookingConfig, DEFAULT_BOOKING } from './booking/config.ts';
import { ConfigError, filled, integer, isObject, isTimeZone } from '../server/config.ts';
import { type ScreensConfig, screensConfig } from './screens-config.ts';

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

export interface RateLimit {
  perSecond: number;
  burst: number;
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

function int(value: unknown, name: string, min: number, max: number): number {
  const parsed = integer(min, max).safeParse(value);
  return parsed.success ? parsed.data : bad(`${name} harus bilangan bulat ${min}–${max}`);
}
function text(value: unknown, name: string, pattern?: RegExp): string {
  const parsed = filled(pattern).safeParse(value);
  return parsed.success ? parsed.data : bad(`${name} tidak valid`);
}
function quotaOf(value: unknown, name: string): number | null {
  return value === null || value === undefined ? null : int(value, name, 0, 1_000_000);
}
function rateLimit(value: unknown, name: string): RateLimit | null {
  if (value === null || value === false) return null;
  if (!isObject(value)) return bad(`${name} harus objek {perSecond, burst} atau null`);
  return { perSecond: int(value.perSecond, `${name}.perSecond`, 1, 1_000_000), burst: int(value.burst, `${name}.burst`, 1, 1_000_000) };
}

function validTimeZone(tz: string): string {
  return isTimeZone(tz) ? tz : bad(`timeZone "${tz}" bukan zona waktu IANA (contoh: Asia/Jakarta)`);
}

function requiredZone(value: unknown): string {
  if (value === undefined || value === '') {
    bad(
      'timeZone wajib diisi (misalnya Asia/Jakarta, Asia/Makassar, Asia/Jayapura), atau jalankan server dengan --content <folder konten portal>',
    );
  }
  return text(value, 'timeZone');
}

function geraiList(value: unknown): GeraiConfig[] {
  if (!Array.isArray(value)) return bad('gerai harus daftar');
  const seen = new Set<string>();
  return value.map((g: unknown, i) => {
    if (!isObject(g)) return bad(`gerai[${i}] harus objek`);
    const id = text(g.id, `gerai[${i}].id`, /^[a-z0-9][a-z0-9-]{0,99}$/);
    if (seen.has(id)) bad(`gerai "${id}" tercantum dua kali`);
    seen.add(id);
    return {
      id,
      name: text(g.name, `gerai[${i}].name`),
      prefix: text(g.prefix, `gerai[${i}].prefix`, /^[A-Z0-9]{1,5}$/),
      counters: int(g.counters ?? 1, `gerai[${i}].counters`, 0, 1000),
      defaultServiceMinutes: int(g.defaultServiceMinutes ?? 10, `gerai[${i}].defaultServiceMinutes`, 1, 600),
      dailyQuota: quotaOf(g.dailyQuota, `gerai[${i}].dailyQuota`),
      hours: hours(g.hours, `gerai[${i}].hours`),
    };
  });
}

function roleList(value: unknown, name: string): DeviceRole[] {
  const words = DEVICE_ROLES.join(', ');
  if (!Array.isArray(value) || value.length === 0) return bad(`${name} wajib diisi, daftar berisi satu atau lebih dari: ${words}`);
  const unknown = value.find((r) => !(DEVICE_ROLES as readonly unknown[]).includes(r));
  if (unknown !== undefined) bad(`${name}: peran "${String(unknown)}" tidak dikenal (pilih dari: ${words})`);
  return [...new Set(value as DeviceRole[])];
}

function deviceList(value: unknown, geraiIds: Set<string>): DeviceConfig[] {
  if (!Array.isArray(value)) return bad('devices harus daftar');
  const seen = new Set<string>();
  return value.map((d: unknown, i) => {
    if (!isObject(d)) return bad(`devices[${i}] harus objek`);
    const gerai = d.gerai === undefined ? [] : d.gerai;
    if (!Array.isArray(gerai) || gerai.some((g) => typeof g !== 'string' || !geraiIds.has(g))) {
      bad(`devices[${i}].gerai harus daftar id gerai yang ada`);
    }
    const id = text(d.id, `devices[${i}].id`);
    if (seen.has(id)) bad(`perangkat "${id}" tercantum dua kali`);
    seen.add(id);
    const roles = roleList(d.roles, `devices[${i}].roles`);
    // A counter tablet belongs to one gerai's desk; "all gerai" would let it call any line.
    if (roles.includes('counter') && (gerai as string[]).length === 0) {
      bad(`devices[${i}].gerai wajib diisi untuk perangkat berperan counter (gerai tempat loket itu melayani)`);
    }
    return {
      id,
      name: typeof d.name === 'string' ? d.name : id,
      tokenHash: text(d.tokenHash, `devices[${i}].tokenHash (format sha256:<64 hex>)`, /^sha256:[0-9a-f]{64}$/),
      gerai: gerai as string[],
      roles,
      dailyQuota: quotaOf(d.dailyQuota, `devices[${i}].dailyQuota`),
    };
  });
}

function hours(value: unknown, name = 'hours'): ServerHours | null {
  if (value === null || value === undefined) return null;
  if (!isObject(value) || !isObject(value.weekly)) return bad(`${name} harus objek {weekly, rules}`);
  const weekly = value.weekly;
  for (const day of DAY_KEYS) {
    const list = weekly[day] ?? [];
    if (!Array.isArray(list) || list.some((x) => !isObject(x) || typeof x.mulai !== 'string' || typeof x.selesai !== 'string')) {
      bad(`${name}.weekly.${day} harus daftar {mulai, selesai}`);
    }
  }
  const rules = value.rules ?? [];
  if (!Array.isArray(rules)) bad(`${name}.rules harus daftar`);
  const full = Object.fromEntries(DAY_KEYS.map((d) => [d, weekly[d] ?? []]));
  // `gerai` (a slug) keeps rules limited to that gerai in force for its own hours.
  const scope = typeof value.gerai === 'string' ? { gerai: value.gerai } : {};
  return { weekly: full as unknown as HoursConfig['weekly'], rules: rules as HoursConfig['rules'], ...scope };
}

/** Merges and validates raw settings over {@link DEFAULT_CONFIG}. */
export function normalizeConfig(raw: Record<string, unknown>): QueueServerConfig {
  const d = DEFAULT_CONFIG;
  const gerai = geraiList(raw.gerai ?? d.gerai);
  const cors = isObject(raw.cors) ? raw.cors : {};
  const origins = cors.allowedOrigins ?? d.cors.allowedOrigins;
  if (!Array.isArray(origins) || origins.some((o) => typeof o !== 'string')) bad('cors.allowedOrigins harus daftar teks');
  const limits = isObject(raw.rateLimits) ? raw.rateLimits : {};
  const stream = isObject(raw.stream) ? raw.stream : {};
  const quota = raw.dailyQuota === undefined ? d.dailyQuota : raw.dailyQuota;
  const alert = isObject(raw.throttleAlert) ? raw.throttleAlert : {};
  return {
    host: text(raw.host ?? d.host, 'host'),
    port: int(raw.port ?? d.port, 'port', 0, 65535),
    dataDir: text(raw.dataDir ?? d.dataDir, 'dataDir'),
    timeZone: validTimeZone(requiredZone(raw.timeZone)),
    dailyQuota: quota === null ? null : int(quota, 'dailyQuota', 0, 1_000_000),
    deviceDailyQuota: quotaOf(raw.deviceDailyQuota ?? d.deviceDailyQuota, 'deviceDailyQuota'),
    throttleAlert: {
      count: int(alert.count ?? d.throttleAlert.count, 'throttleAlert.count', 1, 100_000),
      windowSeconds: int(alert.windowSeconds ?? d.throttleAlert.windowSeconds, 'throttleAlert.windowSeconds', 1, 86_400),
    },
    refreshSeconds: int(raw.refreshSeconds ?? d.refreshSeconds, 'refreshSeconds', 1, 3600),
    hours: hours(raw.hours),
    gerai,
    cors: { allowedOrigins: (origins as string[]).map((o) => o.replace(/\/+$/, '')) },
    devices: deviceList(raw.devices ?? d.devices, new Set(gerai.map((g) => g.id))),
    rateLimits: {
      public: 'public' in limits ? rateLimit(limits.public, 'rateLimits.public') : d.rateLimits.public,
      staff: 'staff' in limits ? rateLimit(limits.staff, 'rateLimits.staff') : d.rateLimits.staff,
    },
    trustProxy: raw.trustProxy === true,
    stream: {
      enabled: stream.enabled !== false,
      maxClients: int(stream.maxClients ?? d.stream.maxClients, 'stream.maxClients', 0, 100_000),
      heartbeatSeconds: int(stream.heartbeatSeconds ?? d.stream.heartbeatSeconds, 'stream.heartbeatSeconds', 1, 300),
      maxBufferedBytes: int(stream.maxBufferedBytes ?? d.stream.maxBufferedBytes, 'stream.maxBufferedBytes', 1024, 16 * 1024 * 1024),
      stallSeconds: int(stream.stallSeconds ?? d.stream.stallSeconds, 'stream.stallSeconds', 1, 3600),
    },
    maxBodyBytes: int(raw.maxBodyBytes ?? d.maxBodyBytes, 'maxBodyBytes', 256, 1_048_576),
    bodyTimeoutSeconds: int(raw.bodyTimeoutSeconds ?? d.bodyTimeoutSeconds, 'bodyTimeoutSeconds', 1, 300),
    screens: screensConfig(raw, bad),
    booking: bookingConfig(raw, new Set(gerai.map((g) => g.id)), bad),
  };
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
