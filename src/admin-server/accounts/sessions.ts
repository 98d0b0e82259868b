// Server-side sessions (OWASP ASVS 3.x): a random 256-bit id in an HttpOnly, Secure,
// SameSite=Strict cookie; only its SHA-256 is stored, so a copy of the database does not
// hand out live sessions. Idle and absolute timeouts; a fresh id at every login; logout
// deletes the row. Each session carries its own CSRF token for form posts.
import { createHash, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

export interface SessionOptions {
  /** Session ends after this long without a request. */
  idleMs: number;
  /** Session ends this long after login, active or not. */
  absoluteMs: number;
}

export interface Session {
  username: string;
  csrf: string;
  createdAt: number;
  lastSeen: number;
}

interface SessionRow {
  username: string;
  csrf: string;
  created_at: number;
  last_seen: number;
}

const hashId = (id: string) => createHash('sha256').update(id).digest('base64url');
/** A new random token (256 bits, URL-safe). */
export const randomToken = () => randomBytes(32).toString('base64url');

/** Session store on the room database. */
export function createSessions(db: DatabaseSync, options: SessionOptions, now: () => number = Date.now) {
  return {
    /** Start a session; returns the id for the cookie. Any previous id is the caller's to end (rotation). */
    create(username: string): string {
      const id = randomToken();
      const t = now();
      db.prepare('INSERT INTO sessions (id_hash, username, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)').run(
        hashId(id),
        username,
        randomToken(),
        t,
        t,
      );
      return id;
    },
    /** The live session for a cookie id (touching its idle timer), or null; expired ones are deleted. */
    get(id: string | undefined): Session | null {
      if (!id) return null;
      const key = hashId(id);
      const row = db.prepare('SELECT username, csrf, created_at, last_seen FROM sessions WHERE id_hash = ?').get(key) as
        | SessionRow
        | undefined;
      if (!row) return null;
      const t = now();
      if (t - row.last_seen > options.idleMs || t - row.created_at > options.absoluteMs) {
        db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(key);
        return null;
      }
      db.prepare('UPDATE sessions SET last_seen = ? WHERE id_hash = ?').run(t, key);
      return { username: row.username, csrf: row.csrf, createdAt: row.created_at, lastSeen: t };
    },
    destroy(id: string | undefined): void {
      if (id) db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(hashId(id));
    },
    /** End every session of `username` except the one with cookie id `keep` (after a password change). */
    endOthers(username: string, keep: string | undefined): void {
      db.prepare('DELETE FROM sessions WHERE username = ? AND id_hash <> ?').run(username, keep ? hashId(keep) : '');
    },
    /** Delete every expired session (run now and then). */
    prune(): void {
      const t = now();
      db.prepare('DELETE FROM sessions WHERE last_seen < ? OR created_at < ?').run(t - options.idleMs, t - options.absoluteMs);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
