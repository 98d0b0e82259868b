// Builds the public snapshot and keeps its serialized bytes and ETag ready, so the hot
// read path is a header comparison and a buffer write. Identical queue state gives
// identical bytes (so 304s happen), except that `updatedAt` is re-stamped every
// SNAPSHOT_RESTAMP_SECONDS: clients judge freshness by it, and an unchanged line must not
// look like a stuck server.
import { createHash } from 'node:crypto';
import { openStatus } from '../lib/hours.ts';
import {
  BOOKING_PATH,
  QUEUE_API_REVISION,
  QUEUE_API_VERSION,
  SNAPSHOT_RESTAMP_SECONDS,
  STREAM_PATH,
  type GeraiQueue,
  type QueueSnapshot,
} from '../lib/queue/contract.ts';
import { averageServiceMinutes, estimateWaitMinutes, quotaLeft } from '../lib/queue/estimate.ts';
import type { Clock } from './clock.ts';
import type { GeraiConfig, QueueServerConfig } from './config.ts';
import type { QueueStore } from './store.ts';

/** A serialized snapshot with its strong validator. */
export interface SnapshotEntry {
  snapshot: QueueSnapshot;
  body: Buffer;
  /** Quoted strong ETag, e.g. "q1-3kTMd…". */
  etag: string;
}

/** Whether the MPP's opening hours (if configured) allow service at `now`. */
export function withinHours(config: QueueServerConfig, now: Date): boolean {
  if (!config.hours) return true;
  return openStatus({ ...config.hours, timeZone: config.timeZone }, now).open;
}

/** Whether a gerai's own hours (if it has them) allow service at `now`; the MPP's hours are checked separately. */
export function geraiWithinHours(config: QueueServerConfig, gerai: GeraiConfig, now: Date): boolean {
  if (!gerai.hours) return true;
  return openStatus({ ...gerai.hours, timeZone: config.timeZone }, now).open;
}

/** Computes the snapshot content for the current instant (updatedAt filled in by the cache). */
export function buildSnapshot(store: QueueStore, config: QueueServerConfig, clock: Clock): Omit<QueueSnapshot, 'updatedAt'> {
  const now = clock.now();
  const day = store.today();
  const hoursOpen = withinHours(config, now);
  const stats = store.lineStats(day);
  let waiting = 0;
  let issued = 0;
  let finished = 0;
  const gerai: GeraiQueue[] = config.gerai.map((g) => {
    const s = stats.get(g.id);
    const open = hoursOpen && geraiWithinHours(config, g, now) && (s?.open ?? true);
    const counters = open ? (s?.counters ?? g.counters) : 0;
    const avg = averageServiceMinutes(s?.durations ?? [], { fallback: g.defaultServiceMinutes });
    waiting += s?.waiting ?? 0;
    issued += s?.issued ?? 0;
    finished += s?.finished ?? 0;
    return {
      id: g.id,
      name: g.name,
      prefix: g.prefix,
      open,
      counters,
      nowServing: s?.nowServing ?? null,
      waiting: s?.waiting ?? 0,
      avgServiceMinutes: avg,
      estimatedWaitMinutes: open ? estimateWaitMinutes(s?.waiting ?? 0, counters, avg) : null,
      updatedAt: s?.updatedAt ? new Date(s.updatedAt).toISOString() : null,
    };
  });
  return {
    version: QUEUE_API_VERSION,
    timeZone: config.timeZone,
    serviceDay: day,
    refreshSeconds: config.refreshSeconds,
    stream: config.stream.enabled ? STREAM_PATH : null,
    mpp: {
      open: hoursOpen && gerai.some((g) => g.open),
      waiting,
      issuedToday: issued,
      finishedToday: finished,
      quota: config.dailyQuota,
      quotaLeft: quotaLeft(config.dailyQuota, issued),
    },
    gerai,
    revision: QUEUE_API_REVISION,
    booking: config.booking.enabled && Object.values(config.booking.onlineQuota).some((n) => n > 0) ? BOOKING_PATH : null,
  };
}

/** Re-stamp this early: the server's time ticker runs every 5 s, and served stamps must stay within the limit. */
const RESTAMP_AFTER_MS = (SNAPSHOT_RESTAMP_SECONDS - 5) * 1000;

/** Holds the current snapshot; `refresh()` reports whether anything a client sees changed (or was re-stamped). */
export function createSnapshotCache(store: QueueStore, config: QueueServerConfig, clock: Clock) {
  let content = '';
  let current: SnapshotEntry | null = null;
  let stampedAt = 0;

  function refresh(): boolean {
    const next = buildSnapshot(store, config, clock);
    const key = JSON.stringify(next);
    const now = clock.now().getTime();
    if (current && key === content && now - stampedAt < RESTAMP_AFTER_MS) return false;
    content = key;
    stampedAt = now;
    const { version, timeZone, serviceDay, refreshSeconds, stream, mpp, gerai, revision, booking } = next;
    // Fixed key order keeps the bytes (and so the ETag) deterministic.
    const snapshot: QueueSnapshot = {
      version,
      timeZone,
      serviceDay,
      updatedAt: new Date(now).toISOString(),
      refreshSeconds,
      stream,
      mpp,
      gerai,
      revision,
      booking,
    };
    const body = Buffer.from(JSON.stringify(snapshot));
    const etag = `"q${QUEUE_API_VERSION}-${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    current = { snapshot, body, etag };
    return true;
  }

  return {
    refresh,
    /** The latest entry, built on first use. */
    get(): SnapshotEntry {
      if (!current) refresh();
      return current as SnapshotEntry;
    },
  };
}
