// The embedded store: one SQLite file through Node's built-in node:sqlite. WAL lets the
// many snapshot reads proceed while a ticket is written; synchronous=FULL makes every
// COMMIT wait for fsync of the WAL, so a ticket whose 201 reached the kiosk survives not
// only SIGKILL of the process but also a power cut. The cost (one fsync per staff action)
// is negligible at MPP volumes: a few thousand tickets a day.
import { join, resolve } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { inTransaction, openSqlite } from '../server/sqlite.ts';

/** Bump together with a new entry in MIGRATIONS. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE tickets (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     service_day TEXT NOT NULL,
     gerai_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     number TEXT NOT NULL,
     priority TEXT,
     status TEXT NOT NULL CHECK (status IN ('waiting','called','serving','finished','canceled')),
     counter INTEGER,
     issued_at INTEGER NOT NULL,
     called_at INTEGER,
     last_call_at INTEGER,
     served_at INTEGER,
     finished_at INTEGER,
     canceled_at INTEGER,
     cancel_reason TEXT,
     device_id TEXT,
     UNIQUE (service_day, gerai_id, seq)
   );
   CREATE INDEX tickets_line ON tickets (service_day, gerai_id, status);
   CREATE TABLE events (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     ticket_id INTEGER,
     service_day TEXT NOT NULL,
     gerai_id TEXT NOT NULL,
     type TEXT NOT NULL,
     counter INTEGER,
     device_id TEXT,
     at INTEGER NOT NULL
   );
   CREATE INDEX events_line ON events (service_day, gerai_id, at);
   CREATE TABLE gerai_state (
     service_day TEXT NOT NULL,
     gerai_id TEXT NOT NULL,
     open INTEGER NOT NULL,
     counters INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (service_day, gerai_id)
   );`,
  // Per-device daily quotas count a device's tickets on every issue.
  'CREATE INDEX tickets_device ON tickets (service_day, device_id);',
  // Refusals and device changes are audited apart from ticket events (they have no ticket);
  // devices enrolled from the supervisor screen live here beside those in the config file.
  `CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     service_day TEXT NOT NULL,
     device_id TEXT,
     action TEXT NOT NULL,
     outcome TEXT NOT NULL,
     detail TEXT
   );
   CREATE INDEX audit_day ON audit (service_day, at);
   CREATE TABLE devices (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     roles TEXT NOT NULL,
     gerai TEXT NOT NULL,
     token_hash TEXT UNIQUE,
     code_hash TEXT UNIQUE,
     code_expires_at INTEGER,
     created_at INTEGER NOT NULL,
     claimed_at INTEGER,
     revoked_at INTEGER
   );`,
  // A ticket sent on to another gerai keeps its place among that gerai's first; a supervisor
  // may lower or raise a gerai's quota for one day.
  `ALTER TABLE tickets ADD COLUMN transferred_from INTEGER;
   ALTER TABLE tickets ADD COLUMN transferred_to INTEGER;
   ALTER TABLE gerai_state ADD COLUMN daily_quota INTEGER;
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // Online bookings (src/queue-server/booking): a number for today or a time window ahead.
  // A ticket made from a booking points back to it, so walk-in and online shares count apart.
  `CREATE TABLE bookings (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     service_day TEXT NOT NULL,
     gerai_id TEXT NOT NULL,
     service TEXT NOT NULL,
     window_start INTEGER,
     window_end INTEGER,
     code TEXT NOT NULL,
     name TEXT,
     phone TEXT,
     person_key TEXT,
     browser_key TEXT,
     address_key TEXT,
     created_day TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('booked','checked_in','released','canceled')),
     cancel_reason TEXT,
     ticket_id INTEGER,
     created_at INTEGER NOT NULL,
     checklist TEXT,
     directions TEXT,
     UNIQUE (service_day, code)
   );
   CREATE INDEX bookings_line ON bookings (service_day, gerai_id, status);
   CREATE INDEX bookings_person ON bookings (service_day, person_key, service);
   CREATE INDEX bookings_created ON bookings (created_day, address_key);
   ALTER TABLE tickets ADD COLUMN booking_id INTEGER;`,
  // A booking's priority group (lansia, disabilitas, ibu-hamil): its ticket joins the line as the kiosk's priority tickets do.
  `ALTER TABLE bookings ADD COLUMN priority TEXT;`,
  // The network (IPv4 /24, IPv6 /48) a booking came from, for the per-network cap; forgotten with the address.
  `ALTER TABLE bookings ADD COLUMN network_key TEXT;
   CREATE INDEX bookings_network ON bookings (created_day, network_key);`,
];

/** Opens (creating if needed) `<dataDir>/antrean.db` with durable settings and an up-to-date schema. */
export function openDatabase(dataDir: string): DatabaseSync {
  return openSqlite(join(resolve(dataDir), 'antrean.db'), { migrations: MIGRATIONS, synchronous: 'FULL' });
}

export { inTransaction };
