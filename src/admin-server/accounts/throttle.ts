// Login throttling (ASVS 2.2.1) that an attacker cannot turn against the account's owner.
// Failures are counted per client address, per account-and-address pair (with a doubling
// wait), and per account from everywhere. When an account is under attack only the
// owner's recognised browsers may still try: a long-lived "device" cookie, HMAC-signed
// with a secret kept in the database, set at each successful login (the OWASP
// "device cookie" scheme). A recognised browser has its own small failure budget, so a
// stolen device cookie is no way around the limits. Counters live in the database so a
// restart does not reset an attack in progress, and old rows are pruned.
import { createHmac, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { tokensEqual } from '../http.ts';

export interface ThrottleOptions {
  maxFailures: number;
  /** Failures older than this (counted from the first of the series) are forgotten. */
  windowMs: number;
  /** Wait after reaching maxFailures; it doubles with each further failure up to maxLockMs. */
  lockMs: number;
  maxLockMs?: number;
}

export interface LoginThrottleOptions {
  /** One account from one address: the attacker's own attempts slow down, nobody else's. */
  pair: ThrottleOptions;
  /** One address, whatever the accounts. */
  address: ThrottleOptions;
  /** One account from all unrecognised browsers together; recognised ones are unaffected. */
  account: ThrottleOptions;
  /** One recognised browser's own failures. */
  device: ThrottleOptions;
  /** Lifetime of the device cookie. */
  deviceMaxAgeMs: number;
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
    /** Milliseconds until all of the keys are free again (0: none is locked). */
    wait(keys: string[]): number {
      const t = now();
      return Math.max(0, ...keys.map((key) => (read(key)?.locked_until ?? 0) - t));
    },
    /** Whether any of the keys is locked now. */
    locked(keys: string[]): boolean {
      return this.wait(keys) > 0;
    },
    /** Count a failed login for each key (on behalf of `username`), locking those over the limit. */
    fail(keys: string[], username: string | null = null): void {
      const t = now();
      for (const key of keys) {
        const row = read(key);
        const fresh = !row || t - row.first_at > options.windowMs;
        const failures = fresh ? 1 : row.failures + 1;
        const over = failures - options.maxFailures;
        const wait = Math.min(options.lockMs * 2 ** Math.max(0, over), options.maxLockMs ?? options.lockMs);
        const lockedUntil = over >= 0 ? t + wait : fresh ? 0 : row.locked_until;
        db.prepare(
          `INSERT INTO login_failures (key, failures, first_at, locked_until, username) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at,
             locked_until = excluded.locked_until, username = excluded.username`,
        ).run(key, failures, fresh ? t : row.first_at, lockedUntil, username);
      }
    },
    clear(key: string): void {
      db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;

/** One login attempt as the throttle sees it. */
export interface Attempt {
  username: string;
  address: string;
  /** The device cookie the browser sent, if any. */
  device: string | undefined;
}

export type Verdict =
  | { allowed: true; recognised: boolean; keys: string[] }
  | { allowed: false; reason: 'address' | 'pair' | 'account'; waitMs: number };

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** The room's HMAC secret for device cookies, created on first use. */
function deviceSecret(db: DatabaseSync): string {
  db.prepare("INSERT OR IGNORE INTO room_secrets (name, value) VALUES ('perangkat', ?)").run(randomBytes(32).toString('base64url'));
  return (db.prepare("SELECT value FROM room_secrets WHERE name = 'perangkat'").get() as { value: string }).value;
}

/** The login policy over the room database. */
export function createLoginThrottle(db: DatabaseSync, options: LoginThrottleOptions, now: () => number = Date.now) {
  const pair = createThrottle(db, options.pair, now);
  const address = createThrottle(db, options.address, now);
  const account = createThrottle(db, options.account, now);
  const device = createThrottle(db, options.device, now);
  const secret = deviceSecret(db);
  // A typed username can be anything; a real one is at most 32 characters.
  const name = (username: string) => username.slice(0, 64);
  const keys = {
    address: (a: Attempt) => `ip:${a.address}`,
    pair: (a: Attempt) => `pasangan:${name(a.username)}\n${a.address}`,
    account: (a: Attempt) => `akun:${name(a.username)}`,
    device: (nonce: string) => `perangkat:${nonce}`,
  };

  /** The nonce of a valid, unexpired device cookie issued to `username`, or null. */
  const deviceNonce = (value: string | undefined, username: string): string | null => {
    const [nonce, expires, owner, mac] = (value ?? '').split('.');
    if (!nonce || !expires || !owner || !mac) return null;
    if (!tokensEqual(mac, sign(secret, `${nonce}.${expires}.${owner}`))) return null;
    if (!(Number(expires) > now()) || Buffer.from(owner, 'base64url').toString('utf8') !== username) return null;
    return nonce;
  };

  return {
    /** Whether this attempt may have its password checked at all. */
    check(attempt: Attempt): Verdict {
      const nonce = deviceNonce(attempt.device, attempt.username);
      if (nonce && !device.locked([keys.device(nonce)])) {
        // The owner's own browser: only its own failures count against it.
        return { allowed: true, recognised: true, keys: [keys.device(nonce)] };
      }
      const checks = [
        ['address', address, keys.address(attempt)],
        ['pair', pair, keys.pair(attempt)],
        ['account', account, keys.account(attempt)],
      ] as const;
      for (const [reason, counter, key] of checks) {
        const waitMs = counter.wait([key]);
        if (waitMs > 0) return { allowed: false, reason, waitMs };
      }
      return { allowed: true, recognised: false, keys: checks.map(([, , key]) => key) };
    },
    /** Count a wrong password for an allowed attempt. */
    failed(attempt: Attempt, verdict: Verdict & { allowed: true }): void {
      const user = name(attempt.username);
      if (verdict.recognised) device.fail(verdict.keys, user);
      else {
        address.fail([keys.address(attempt)], user);
        pair.fail([keys.pair(attempt)], user);
        account.fail([keys.account(attempt)], user);
      }
    },
    /** A successful login: the pair and device start afresh; returns a new device cookie value. */
    succeeded(attempt: Attempt, verdict: Verdict & { allowed: true }): string {
      pair.clear(keys.pair(attempt));
      for (const key of verdict.keys.filter((k) => k.startsWith('perangkat:'))) device.clear(key);
      const payload = `${randomBytes(16).toString('base64url')}.${now() + options.deviceMaxAgeMs}.${Buffer.from(attempt.username).toString('base64url')}`;
      return `${payload}.${sign(secret, payload)}`;
    },
    /** Forget every failure recorded against an account (`npm run admin -- user unlock NAME`); returns how many. */
    unlock(username: string): number {
      const user = name(username);
      return Number(db.prepare('DELETE FROM login_failures WHERE username = ? OR key = ?').run(user, `akun:${user}`).changes);
    },
    /** Delete rows whose series is over and whose wait has passed (run now and then). */
    prune(): void {
      const t = now();
      const kinds = [
        ['ip:', options.address],
        ['pasangan:', options.pair],
        ['akun:', options.account],
        ['perangkat:', options.device],
      ] as const;
      for (const [prefix, kind] of kinds) {
        db.prepare('DELETE FROM login_failures WHERE substr(key, 1, ?) = ? AND first_at < ? AND locked_until < ?').run(
          prefix.length,
          prefix,
          t - kind.windowMs,
          t,
        );
      }
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
