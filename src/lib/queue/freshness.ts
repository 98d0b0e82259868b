// Whether a queue snapshot may still be shown as live. Freshness is judged by the snapshot
// itself (its updatedAt, which servers re-stamp at least every SNAPSHOT_RESTAMP_SECONDS,
// and its serviceDay), never by the mere fact that a request or a stream answered: a
// proxy, a stuck vendor server or a silent stream can all answer with old numbers.
// Ages are judged on the server's clock: `clockOffsetMs` (server minus phone, from each
// answer's Date header) corrects a phone that is minutes or a day off.
import { zonedNow } from '../time-zone.ts';
import { type QueueSnapshot, SNAPSHOT_RESTAMP_SECONDS } from './contract.ts';

/** 'outdated': the snapshot is of an earlier service day; its numbers must not be shown. */
export type QueueState = 'loading' | 'live' | 'stale' | 'error' | 'offline' | 'closed' | 'outdated';

/** Data older than this many update intervals is shown as stale. */
export const STALE_INTERVALS = 2;
/** How far a phone's clock may be ahead of the server's before old data is called old. */
export const CLOCK_SKEW_MS = 90_000;

/** Age of the snapshot's numbers by its own updatedAt, in ms; never negative (a phone clock behind the server's). */
export function snapshotAgeMs(snapshot: QueueSnapshot, now: number): number {
  const at = Date.parse(snapshot.updatedAt);
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : Math.max(0, now - at);
}

/** Whether the snapshot is of a service day before today in its own timezone (allowing for a clock ahead). */
export function isEarlierServiceDay(snapshot: QueueSnapshot, now: number): boolean {
  return snapshot.serviceDay < zonedNow(new Date(now - CLOCK_SKEW_MS), snapshot.timeZone).date;
}

/** Oldest updatedAt still shown as live, given the polling interval. */
export const maxSnapshotAgeMs = (intervalMs: number) => SNAPSHOT_RESTAMP_SECONDS * 1000 + STALE_INTERVALS * intervalMs + CLOCK_SKEW_MS;

/** What freshness is judged from. */
export interface FreshnessFacts {
  offline: boolean;
  snapshot: QueueSnapshot | null;
  confirmedAt: number | null; // client-clock ms of the last confirmation
  failures: number;
  now: number;
  /** A confirmation (answer or stream event) is due within this long. */
  confirmWindowMs: number;
  intervalMs: number;
  /** The server's clock minus the phone's; 0 when unknown. */
  clockOffsetMs?: number;
}

/** The state the UI shows for these facts. */
export function queueState(f: FreshnessFacts): QueueState {
  if (f.offline) return 'offline';
  if (!f.snapshot || f.confirmedAt === null) return f.failures > 0 ? 'error' : 'loading';
  const serverNow = f.now + (f.clockOffsetMs ?? 0);
  if (isEarlierServiceDay(f.snapshot, serverNow)) return 'outdated';
  if (f.now - f.confirmedAt > f.confirmWindowMs || snapshotAgeMs(f.snapshot, serverNow) > maxSnapshotAgeMs(f.intervalMs)) return 'stale';
  return f.snapshot.mpp.open ? 'live' : 'closed';
}

/** Milliseconds until the facts turn stale (plus one, so the check lands after it), or undefined when nothing is confirmed. */
export function msUntilStale(f: FreshnessFacts): number | undefined {
  if (f.confirmedAt === null || !f.snapshot) return undefined;
  const updated = Date.parse(f.snapshot.updatedAt);
  // updatedAt is on the server's clock; the timer runs on the phone's.
  const staleAt = Math.min(f.confirmedAt + f.confirmWindowMs, updated - (f.clockOffsetMs ?? 0) + maxSnapshotAgeMs(f.intervalMs));
  return staleAt - f.now + 1;
}
