// The second login step's records: each account's authenticator key (one waiting for
// confirmation while it is being set up), the last time step used (a code works once), and
// logins that passed the password and wait for a code (five minutes, five tries).
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { randomToken } from './sessions.ts';
import { newSecret, verifyCode } from './totp.ts';

/** How long a login may wait for its code. */
export const PENDING_MS = 5 * 60_000;
/** Wrong codes before the login starts over from the password. */
export const MAX_CODE_FAILURES = 5;

interface KeyRow {
  secret: string | null;
  pending: string | null;
  last_step: number;
}

export interface PendingLogin {
  username: string;
  next: string;
  failures: number;
}

const hashId = (id: string) => createHash('sha256').update(id).digest('base64url');

/** Second-step records on the room database. */
export function createSecondSteps(db: DatabaseSync, now: () => number = Date.now) {
  const row = (username: string) =>
    (db.prepare('SELECT secret, pending, last_step FROM second_step_keys WHERE username = ?').get(username) as KeyRow | undefined) ?? null;
  const accept = (username: string, secret: string, code: string, lastStep: number): boolean => {
    const step = verifyCode(secret, code, now(), lastStep);
    if (step === null) return false;
    db.prepare('UPDATE second_step_keys SET last_step = ? WHERE username = ?').run(step, username);
    return true;
  };
  const pruneLogins = (): void => {
    db.prepare('DELETE FROM second_step_logins WHERE created_at < ?').run(now() - PENDING_MS);
  };
  return {
    /** Whether the account logs in with a code. */
    enrolled: (username: string) => Boolean(row(username)?.secret),
    /** The key being set up (the same one on every reload until confirmed). */
    pendingKey(username: string): string {
      const existing = row(username);
      if (existing?.pending) return existing.pending;
      const secret = newSecret();
      db.prepare(
        'INSERT INTO second_step_keys (username, secret, pending, last_step) VALUES (?, NULL, ?, -1) ON CONFLICT(username) DO UPDATE SET pending = excluded.pending',
      ).run(username, secret);
      return secret;
    },
    /** Confirm the key being set up with a code from the app; true when it now applies. */
    confirm(username: string, code: string): boolean {
      const key = row(username);
      if (!key?.pending || !accept(username, key.pending, code, key.last_step)) return false;
      db.prepare('UPDATE second_step_keys SET secret = pending, pending = NULL WHERE username = ?').run(username);
      return true;
    },
    /** Check a login code against the account's key (each code once). */
    verify(username: string, code: string): boolean {
      const key = row(username);
      return Boolean(key?.secret && accept(username, key.secret, code, key.last_step));
    },
    /** Forget the account's key (a lost phone; the admin's terminal command). */
    remove(username: string): boolean {
      return db.prepare('DELETE FROM second_step_keys WHERE username = ?').run(username).changes > 0;
    },
    /** A login that passed its password; returns the id for the browser's cookie. */
    startLogin(username: string, next: string): string {
      const id = randomToken();
      pruneLogins();
      db.prepare('INSERT INTO second_step_logins (id_hash, username, next, failures, created_at) VALUES (?, ?, ?, 0, ?)').run(
        hashId(id),
        username,
        next,
        now(),
      );
      return id;
    },
    /** The waiting login of a cookie id, or null when unknown, expired or used up. */
    pendingLogin(id: string | undefined): PendingLogin | null {
      if (!id) return null;
      const found = db.prepare('SELECT username, next, failures, created_at FROM second_step_logins WHERE id_hash = ?').get(hashId(id)) as
        | (PendingLogin & { created_at: number })
        | undefined;
      if (!found || now() - found.created_at > PENDING_MS || found.failures >= MAX_CODE_FAILURES) return null;
      return { username: found.username, next: found.next, failures: found.failures };
    },
    /** Count a wrong code; returns the failures so far. */
    failLogin(id: string): number {
      db.prepare('UPDATE second_step_logins SET failures = failures + 1 WHERE id_hash = ?').run(hashId(id));
      return (
        (db.prepare('SELECT failures FROM second_step_logins WHERE id_hash = ?').get(hashId(id)) as { failures: number } | undefined)
          ?.failures ?? MAX_CODE_FAILURES
      );
    },
    endLogin(id: string | undefined): void {
      if (id) db.prepare('DELETE FROM second_step_logins WHERE id_hash = ?').run(hashId(id));
    },
    /** Delete every expired waiting login (run now and then, beside the sessions). */
    prune: pruneLogins,
  };
}

export type SecondSteps = ReturnType<typeof createSecondSteps>;

/** Tables of the second step (one migration of the room database). */
export const SECOND_STEP_SCHEMA = `CREATE TABLE second_step_keys (
     username TEXT PRIMARY KEY REFERENCES users(username) ON DELETE CASCADE,
     secret TEXT,
     pending TEXT,
     last_step INTEGER NOT NULL DEFAULT -1
   );
   CREATE TABLE second_step_logins (
     id_hash TEXT PRIMARY KEY,
     username TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
     next TEXT NOT NULL,
     failures INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL
   );`;
