// Booking rows in SQLite. Every check that guards a scarce thing (the online quota, one
// active booking per person per service per day, the per-browser and per-address caps) runs
// in the same transaction as the insert: handlers run on one thread and DatabaseSync is
// synchronous, so a rush of requests cannot book past a limit between check and insert.
import type { DatabaseSync } from 'node:sqlite';
import type { Priority, TicketEvent } from '../../lib/queue/contract.ts';
import { inTransaction } from '../db.ts';
import { conflict } from '../errors.ts';
import { formatTicketNumber } from '../store.ts';
import type { BookingWindow } from './rules.ts';

export type BookingStatus = 'booked' | 'checked_in' | 'released' | 'canceled';

export interface BookingRow {
  id: number;
  service_day: string;
  gerai_id: string;
  service: string;
  window_start: number | null;
  window_end: number | null;
  code: string;
  name: string | null;
  status: BookingStatus;
  cancel_reason: string | null;
  ticket_id: number | null;
  created_at: number;
  priority: Priority | null;
}

export interface NewBooking {
  day: string;
  geraiId: string;
  prefix: string;
  service: string;
  window: BookingWindow | null;
  name: string;
  phone: string | null;
  personKey: string;
  browserKey: string;
  addressKey: string;
  /** The address's network (booking/network.ts), under the same MAC as the address. */
  networkKey: string;
  createdDay: string;
  now: number;
  /** The service's document checklist and the way to the gerai, as the portal sent them (shown on the ticket page). */
  checklist: string[];
  directions: string | null;
  /** Priority group the resident declared; served first, like the kiosk's priority tickets. */
  priority: Priority | null;
}

export interface Limits {
  onlineQuota: number;
  perAddressPerDay: number;
  perNetworkPerDay: number;
  perBrowserPerDay: number;
}

/** Short codes read aloud and typed at the kiosk: no 0/O, 1/I/L, 2/Z, 5/S, 8/B. */
const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export function newCode(random: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}

export type BookingStore = ReturnType<typeof createBookingStore>;
export type Created = { row: BookingRow; event: TicketEvent | null };

export function createBookingStore(db: DatabaseSync, random: (n: number) => number) {
  const count = (sql: string) => {
    const stmt = db.prepare(sql);
    return (...args: (string | number)[]) => (stmt.get(...args) as { n: number }).n;
  };
  const q = {
    byId: db.prepare('SELECT * FROM bookings WHERE id = ?'),
    extras: db.prepare('SELECT checklist, directions FROM bookings WHERE ticket_id = ?'),
    byCode: db.prepare('SELECT * FROM bookings WHERE service_day = ? AND code = ?'),
    onlineUsed: count(`SELECT COUNT(*) AS n FROM bookings WHERE service_day = ? AND gerai_id = ? AND status != 'canceled'`),
    activeOfPerson: count(
      `SELECT COUNT(*) AS n FROM bookings WHERE service_day = ? AND person_key = ? AND service = ? AND status IN ('booked','checked_in')`,
    ),
    byBrowser: count('SELECT COUNT(*) AS n FROM bookings WHERE created_day = ? AND browser_key = ?'),
    byAddress: count('SELECT COUNT(*) AS n FROM bookings WHERE created_day = ? AND address_key = ?'),
    byNetwork: count('SELECT COUNT(*) AS n FROM bookings WHERE created_day = ? AND network_key = ?'),
    walkIns: count(`SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND gerai_id = ? AND booking_id IS NULL`),
    mppWalkIns: count(`SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND booking_id IS NULL`),
    insert: db.prepare(
      `INSERT INTO bookings (service_day, gerai_id, service, window_start, window_end, code, name, phone, person_key,
       browser_key, address_key, network_key, created_day, status, created_at, checklist, directions, priority)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)`,
    ),
    nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM tickets WHERE service_day = ? AND gerai_id = ?'),
    ticket: db.prepare(
      `INSERT INTO tickets (service_day, gerai_id, seq, number, priority, status, issued_at, device_id, booking_id)
       VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?)`,
    ),
    event: db.prepare(
      `INSERT INTO events (ticket_id, service_day, gerai_id, type, counter, device_id, at) VALUES (?, ?, ?, 'issued', NULL, ?, ?)`,
    ),
    checkedIn: db.prepare(`UPDATE bookings SET status = 'checked_in', ticket_id = ? WHERE id = ?`),
    release: db.prepare(
      `UPDATE bookings SET status = 'released' WHERE status = 'booked' AND (service_day < ? OR (service_day = ? AND window_end <= ?))`,
    ),
    purge: db.prepare(
      'UPDATE bookings SET name = NULL, phone = NULL, person_key = NULL, browser_key = NULL, address_key = NULL, network_key = NULL WHERE created_day < ? AND service_day < ? AND name IS NOT NULL',
    ),
    upcoming: db.prepare(`SELECT id, service_day, gerai_id FROM bookings WHERE status = 'booked' AND service_day >= ?`),
    cancel: db.prepare(`UPDATE bookings SET status = 'canceled', cancel_reason = ? WHERE id = ? AND status = 'booked'`),
  };

  /** Adds a ticket for a booking at the end of today's line of its gerai: the same queue as walk-ins. */
  function joinQueue(
    b: { id: number; service_day: string; gerai_id: string; priority: Priority | null },
    prefix: string,
    deviceId: string | null,
    now: number,
  ) {
    const seq = (q.nextSeq.get(b.service_day, b.gerai_id) as { seq: number }).seq;
    const number = formatTicketNumber(prefix, seq);
    const ticketId = Number(q.ticket.run(b.service_day, b.gerai_id, seq, number, b.priority, now, deviceId, b.id).lastInsertRowid);
    q.event.run(ticketId, b.service_day, b.gerai_id, deviceId, now);
    q.checkedIn.run(ticketId, b.id);
    const event: TicketEvent = {
      type: 'issued',
      ticketId: String(ticketId),
      number,
      geraiId: b.gerai_id,
      counter: null,
      at: new Date(now).toISOString(),
    };
    return event;
  }

  /** Books (and, without a window, at once joins today's queue); throws 409 with the rule that refused. */
  function insertOne(b: NewBooking, limits: Limits): Created {
    if (q.onlineUsed(b.day, b.geraiId) >= limits.onlineQuota) {
      throw conflict('quota_exhausted', 'Kuota daring untuk hari itu sudah habis');
    }
    if (q.activeOfPerson(b.day, b.personKey, b.service) > 0) {
      throw conflict('already_booked', 'Anda sudah punya pesanan aktif untuk layanan ini pada hari itu');
    }
    if (q.byBrowser(b.createdDay, b.browserKey) >= limits.perBrowserPerDay) {
      throw conflict('limit_reached', `Batas pemesanan dari perangkat ini hari ini sudah tercapai (${limits.perBrowserPerDay})`);
    }
    if (q.byAddress(b.createdDay, b.addressKey) >= limits.perAddressPerDay) {
      throw conflict('limit_reached', 'Batas pemesanan dari jaringan ini hari ini sudah tercapai; ambil nomor di kios MPP');
    }
    if (q.byNetwork(b.createdDay, b.networkKey) >= limits.perNetworkPerDay) {
      throw conflict('limit_reached', 'Batas pemesanan dari jaringan ini hari ini sudah tercapai; ambil nomor di kios MPP');
    }
    let code = newCode(random);
    while (q.byCode.get(b.day, code)) code = newCode(random);
    const w = b.window;
    const info = q.insert.run(
      b.day,
      b.geraiId,
      b.service,
      w?.start ?? null,
      w?.end ?? null,
      code,
      b.name,
      b.phone,
      b.personKey,
      b.browserKey,
      b.addressKey,
      b.networkKey,
      b.createdDay,
      b.now,
      JSON.stringify(b.checklist),
      b.directions,
      b.priority,
    );
    const id = Number(info.lastInsertRowid);
    const event = w ? null : joinQueue({ id, service_day: b.day, gerai_id: b.geraiId, priority: b.priority }, b.prefix, null, b.now);
    return { row: q.byId.get(id) as unknown as BookingRow, event };
  }

  return {
    get: (id: number) => q.byId.get(id) as unknown as BookingRow | undefined,
    byCode: (day: string, code: string) => q.byCode.get(day, code) as BookingRow | undefined,
    onlineUsed: (day: string, geraiId: string) => q.onlineUsed(day, geraiId),
    walkIns: (day: string, geraiId: string) => q.walkIns(day, geraiId),
    mppWalkIns: (day: string) => q.mppWalkIns(day),
    /** Checklist and directions of the booking a ticket came from (empty for walk-ins). */
    extrasOfTicket(ticketId: number): { checklist: string[]; directions: string | null } {
      const r = q.extras.get(ticketId) as { checklist: string | null; directions: string | null } | undefined;
      return { checklist: r?.checklist ? (JSON.parse(r.checklist) as string[]) : [], directions: r?.directions ?? null };
    },

    /**
     * Books a batch in ONE transaction (one fsync for all: group commit), each booking in a
     * savepoint so a refusal leaves the others; results in order, an Error for each refusal.
     */
    createMany(list: { b: NewBooking; limits: Limits }[]): (Created | Error)[] {
      return inTransaction(db, () =>
        list.map(({ b, limits }) => {
          db.exec('SAVEPOINT booking');
          try {
            const created = insertOne(b, limits);
            db.exec('RELEASE booking');
            return created;
          } catch (error) {
            db.exec('ROLLBACK TO booking');
            db.exec('RELEASE booking');
            return error instanceof Error ? error : new Error(String(error));
          }
        }),
      );
    },

    /** Checks a booking in at the kiosk: it becomes a ticket in the same line as walk-ins. */
    checkIn(row: BookingRow, prefix: string, deviceId: string, now: number): { row: BookingRow; event: TicketEvent } {
      return inTransaction(db, () => {
        const fresh = q.byId.get(row.id) as unknown as BookingRow;
        if (fresh.status !== 'booked') throw conflict('invalid_transition', 'Pesanan ini sudah tidak dapat check-in');
        const event = joinQueue(fresh, prefix, deviceId, now);
        return { row: q.byId.get(row.id) as unknown as BookingRow, event };
      });
    },

    /** Releases bookings whose window ended without check-in, and forgets names and keys of days gone by. */
    sweep(today: string, minutes: number): void {
      inTransaction(db, () => {
        q.release.run(today, today, minutes);
        q.purge.run(today, today);
      });
    },

    /** Cancels upcoming bookings on a day a closure rules out, keeping its reason. */
    cancelClosed(today: string, reasonOf: (day: string, geraiId: string) => string | null): number {
      const rows = q.upcoming.all(today) as { id: number; service_day: string; gerai_id: string }[];
      let n = 0;
      inTransaction(db, () => {
        for (const r of rows) {
          const reason = reasonOf(r.service_day, r.gerai_id);
          if (reason) n += Number(q.cancel.run(reason, r.id).changes);
        }
      });
      return n;
    },
  };
}
