// SQLite setup both servers share, through Node's built-in node:sqlite: open a file with
// the pragmas every store here wants, and bring its schema up to date from a list of
// migrations counted in PRAGMA user_version.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export interface OpenOptions {
  /** Schema steps in order; step i brings user_version from i to i + 1. */
  migrations: readonly string[];
  /** FULL makes every COMMIT wait for fsync of the WAL (survives a power cut). */
  synchronous?: 'FULL' | 'NORMAL';
}

/**
 * Opens (creating the folder if needed) `file` in WAL mode with foreign keys on, waiting up
 * to 5 s for a lock another process (a backup, a second server by mistake) holds briefly,
 * and applies the migrations it has not seen yet.
 */
export function openSqlite(file: string, options: OpenOptions): DatabaseSync {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL');
  if (options.synchronous) db.exec(`PRAGMA synchronous = ${options.synchronous}`);
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  migrate(db, options.migrations);
  return db;
}

/** Applies the migrations past the database's user_version, each in its own transaction. */
export function migrate(db: DatabaseSync, migrations: readonly string[]): void {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  for (let v = row?.user_version ?? 0; v < migrations.length; v++) {
    inTransaction(db, () => {
      db.exec(migrations[v] as string);
      db.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
}

/** Runs `work` inside BEGIN IMMEDIATE … COMMIT, rolling back on any error. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
