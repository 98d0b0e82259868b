// Login throttling (ASVS 2.2.1): failures are counted per account and per client address;
// after `maxFailures` within `windowMs` the key is locked for `lockMs`. Kept in the
// database so a restart does not reset an attack in progress.
import type { DatabaseSync } from 'node:sqlite';

export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

interface Row {
  failures: number;
  first_at: number;
  locked_until: number;
}

/** Failure counters for login keys ("akun:budi", "ip:10.0.0.5"). */
export function createThrottle(db: DatabaseSync, options: ThrottleOptions, now: () => number = Date.now) {
  const read = (key: string) =>
    db.prepare('SELECT failures, first_at, locked_until FROM login_failures WHERE key = ?').get(key) as Row | undefined;
  return {
    /** Whether any of the keys is locked now. */
    locked(keys: string[]): boolean {
      const t = now();
      return keys.some((key) => (read(key)?.locked_until ?? 0) > t);
    },
    /** Count a failed login for each key, locking those over the limit. */
    fail(keys: string[]): void {
      const t = now();
      for (const key of keys) {
        const row = read(key);
        const fresh = !row || t - row.first_at > options.windowMs;
        const failures = fresh ? 1 : row.failures + 1;
        const lockedUntil = failures >= options.maxFailures ? t + options.lockMs : fresh ? 0 : row.locked_until;
        db.prepare(
          'INSERT INTO login_failures (key, failures, first_at, locked_until) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at, locked_until = excluded.locked_until',
        ).run(key, failures, fresh ? t : row.first_at, lockedUntil);
      }
    },
    /** Forget the failures of an account after a successful login (the address keeps its count). */
    clear(key: string): void {
      db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;
