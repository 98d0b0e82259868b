// Runtime check of a snapshot from the network. The island trusts nothing it fetched: a
// vendor server, a proxy error page or a half-written file must become a quiet "no data"
// state, never a crash. Mirrors contract.schema.json rule for rule (a unit test runs the
// same fixtures through both), with one leniency: a gerai entry that breaks the rules, or
// shares its id with another, is dropped (and named in `dropped`) while the rest are kept,
// so one bad line never blanks the whole MPP. Returns a fresh object with only known
// fields, so unknown additions from newer servers are ignored as the versioning policy requires.
import { isIndonesianZone } from '../time-zone.ts';
import { QUEUE_API_VERSION, type GeraiQueue, type MppTotals, type QueueSnapshot } from './contract.ts';

/** Result of {@link parseSnapshot}. */
export type ParseResult = { ok: true; value: QueueSnapshot; dropped: string[] } | { ok: false; error: string };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_COUNT = 1_000_000;

class ShapeError extends Error {}

const fail = (path: string, expected: string): never => {
  throw new ShapeError(`${path}: harus ${expected}`);
};

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'objek');
  return value as Record<string, unknown>;
}

function string(value: unknown, path: string, maxLength: number, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > maxLength) {
    fail(path, `teks 1–${maxLength} karakter`);
  }
  const text = value as string;
  if (pattern && !pattern.test(text)) fail(path, `sesuai pola ${pattern.source}`);
  return text;
}

const nullable = <T>(value: unknown, read: (v: unknown) => T): T | null => (value === null ? null : read(value));

function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `bilangan bulat ${min}–${max}`);
  }
  return value as number;
}

function number(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    fail(path, `angka ${min}–${max}`);
  }
  return value as number;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'true atau false');
  return value as boolean;
}

function required(obj: Record<string, unknown>, keys: readonly string[], path: string): void {
  for (const key of keys) if (!Object.hasOwn(obj, key)) throw new ShapeError(`${path}.${key}: wajib ada`);
}

const MPP_KEYS = ['open', 'waiting', 'issuedToday', 'finishedToday', 'quota', 'quotaLeft'] as const;

function parseMpp(value: unknown, path: string): MppTotals {
  const o = record(value, path);
  required(o, MPP_KEYS, path);
  return {
    open: boolean(o.open, `${path}.open`),
    waiting: integer(o.waiting, `${path}.waiting`, 0, MAX_COUNT),
    issuedToday: integer(o.issuedToday, `${path}.issuedToday`, 0, MAX_COUNT),
    finishedToday: integer(o.finishedToday, `${path}.finishedToday`, 0, MAX_COUNT),
    quota: nullable(o.quota, (v) => integer(v, `${path}.quota`, 0, MAX_COUNT)),
    quotaLeft: nullable(o.quotaLeft, (v) => integer(v, `${path}.quotaLeft`, 0, MAX_COUNT)),
  };
}

const GERAI_KEYS = [
  'id',
  'name',
  'prefix',
  'open',
  'counters',
  'nowServing',
  'waiting',
  'avgServiceMinutes',
  'estimatedWaitMinutes',
  'updatedAt',
] as const;

function parseGerai(value: unknown, path: string): GeraiQueue {
  const o = record(value, path);
  required(o, GERAI_KEYS, path);
  return {
    id: string(o.id, `${path}.id`, 100),
    name: string(o.name, `${path}.name`, 200),
    prefix: string(o.prefix, `${path}.prefix`, 10),
    open: boolean(o.open, `${path}.open`),
    counters: integer(o.counters, `${path}.counters`, 0, 1000),
    nowServing: nullable(o.nowServing, (v) => string(v, `${path}.nowServing`, 20)),
    waiting: integer(o.waiting, `${path}.waiting`, 0, MAX_COUNT),
    avgServiceMinutes: nullable(o.avgServiceMinutes, (v) => number(v, `${path}.avgServiceMinutes`, 0, 100_000)),
    estimatedWaitMinutes: nullable(o.estimatedWaitMinutes, (v) => number(v, `${path}.estimatedWaitMinutes`, 0, 100_000)),
    updatedAt: nullable(o.updatedAt, (v) => string(v, `${path}.updatedAt`, 64, DATE_TIME)),
  };
}

function timeZone(value: unknown, path: string): string {
  const zone = string(value, path, 64);
  // Checked without Intl when possible: a phone's first time-zone formatter is slow.
  if (isIndonesianZone(zone)) return zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
  } catch {
    fail(path, 'zona waktu IANA');
  }
  return zone;
}

/** Valid gerai entries with a unique id; the others are described in `dropped`. */
function parseGeraiList(list: unknown[], dropped: string[]): GeraiQueue[] {
  const parsed: GeraiQueue[] = [];
  list.forEach((g, i) => {
    try {
      parsed.push(parseGerai(g, `snapshot.gerai[${i}]`));
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      dropped.push(error.message);
    }
  });
  const counts = new Map<string, number>();
  for (const g of parsed) counts.set(g.id, (counts.get(g.id) ?? 0) + 1);
  // Two entries for one gerai: neither can be trusted to be the current one.
  for (const [id, n] of counts) if (n > 1) dropped.push(`snapshot.gerai: id "${id}" muncul ${n} kali`);
  return parsed.filter((g) => counts.get(g.id) === 1);
}

const SNAPSHOT_KEYS = ['version', 'timeZone', 'serviceDay', 'updatedAt', 'refreshSeconds', 'stream', 'mpp', 'gerai'];

/** Validates an untrusted JSON value as a v1 {@link QueueSnapshot}; never throws. */
export function parseSnapshot(json: unknown): ParseResult {
  try {
    const o = record(json, 'snapshot');
    required(o, SNAPSHOT_KEYS, 'snapshot');
    if (o.version !== QUEUE_API_VERSION) fail('snapshot.version', `bernilai ${QUEUE_API_VERSION}`);
    const list = o.gerai;
    if (!Array.isArray(list) || list.length > 500) fail('snapshot.gerai', 'daftar berisi paling banyak 500 gerai');
    const dropped: string[] = [];
    return {
      ok: true,
      dropped,
      value: {
        version: QUEUE_API_VERSION,
        timeZone: timeZone(o.timeZone, 'snapshot.timeZone'),
        serviceDay: string(o.serviceDay, 'snapshot.serviceDay', 10, DAY),
        updatedAt: string(o.updatedAt, 'snapshot.updatedAt', 64, DATE_TIME),
        refreshSeconds: integer(o.refreshSeconds, 'snapshot.refreshSeconds', 1, 3600),
        stream: nullable(o.stream, (v) => string(v, 'snapshot.stream', 2000)),
        mpp: parseMpp(o.mpp, 'snapshot.mpp'),
        gerai: parseGeraiList(list as unknown[], dropped),
      },
    };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error: error.message };
    return { ok: false, error: 'snapshot: tidak dapat dibaca' };
  }
}
