// The room's own store: accounts, sessions, login failures and the device-cookie secret
// in one SQLite file through Node's built-in node:sqlite. Content history lives in git, not here.
import type { DatabaseSync } from 'node:sqlite';
import { openSqlite } from '../server/sqlite.ts';
import { SECOND_STEP_SCHEMA } from './accounts/second-step.ts';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     username TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('editor','penerbit','admin')),
     password_hash TEXT NOT NULL,
     disabled INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     id_hash TEXT PRIMARY KEY,
     username TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
     csrf TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     last_seen INTEGER NOT NULL
   );
   CREATE INDEX sessions_user ON sessions (username);
   CREATE TABLE login_failures (
     key TEXT PRIMARY KEY,
     failures INTEGER NOT NULL,
     first_at INTEGER NOT NULL,
     locked_until INTEGER NOT NULL DEFAULT 0
   );`,
  // Login throttling: each failure row names the account it was against (for unlock and
  // pruning), and the secret that signs recognised-browser cookies.
  `ALTER TABLE login_failures ADD COLUMN username TEXT;
   CREATE INDEX login_failures_user ON login_failures (username);
   CREATE TABLE room_secrets (
     name TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );`,
  // The second login step (second-step.ts).
  SECOND_STEP_SCHEMA,
];

/** Open (creating if needed) the room database at `file` with an up-to-date schema. */
export function openDatabase(file: string): DatabaseSync {
  return openSqlite(file, { migrations: MIGRATIONS });
}
