// The server's notion of "now" and of the service day. The service day is the calendar
// date in the MPP's own timezone (via Intl), never the host's TZ: a server in a UTC cloud
// region must still restart numbering at midnight WIB/WITA/WIT.
import { zonedNow } from '../lib/time-zone.ts';

export interface Clock {
  /** Current instant (shifted in tests, see QUEUE_FAKE_NOW). */
  now(): Date;
}

/**
 * A wall clock, optionally shifted so that it starts at `fakeStartIso` and runs at real
 * speed from there. Test-only: lets integration tests cross local midnight without waiting.
 */
export function createClock(fakeStartIso?: string): Clock {
  let offset = 0;
  if (fakeStartIso) {
    const fake = Date.parse(fakeStartIso);
    if (Number.isNaN(fake)) throw new Error(`QUEUE_FAKE_NOW bukan waktu ISO 8601 yang valid: ${fakeStartIso}`);
    offset = fake - Date.now();
  }
  return { now: () => new Date(Date.now() + offset) };
}

/** 'YYYY-MM-DD' of `instant` in `timeZone`. */
export function serviceDayOf(instant: Date, timeZone: string): string {
  return zonedNow(instant, timeZone).date;
}

/** ISO 8601 text of an epoch-ms value, or null. */
export function isoOrNull(ms: number | null | undefined): string | null {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString();
}
