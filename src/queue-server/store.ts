// Ticket operations on the SQLite store. Every mutation is one transaction that also
// appends to the audit log (events), and returns only after COMMIT, so the HTTP layer
// acknowledges nothing that is not on disk. Node runs handlers on one thread and
// DatabaseSync is synchronous, so "read max(seq) then insert" cannot interleave.
import type { DatabaseSync } from 'node:sqlite';
import type { Priority, Ticket, TicketEvent, TicketEventType, TicketStatus } from '../lib/queue/contract.ts';
import { type Clock, isoOrNull, serviceDayOf } from './clock.ts';
import type { GeraiConfig, QueueServerConfig } from './config.ts';
import { conflict, notFound } from './errors.ts';
import { inTransaction } from './db.ts';

interface TicketRow {
  id: number;
  service_day: string;
  gerai_id: string;
  seq: number;
  number: string;
  priority: Priority | null;
  status: TicketStatus;
  counter: number | null;
  issued_at: number;
  called_at: number | null;
  served_at: number | null;
  finished_at: number | null;
  canceled_at: number | null;
  cancel_reason: 'skipped' | 'canceled' | 'transferred' | null;
}

/** Single-ticket actions and the statuses each may start from. */
export const TRANSITIONS = {
  recall: { from: ['called'], to: 'called', event: 'recalled', phrase: 'dipanggil ulang' },
  start: { from: ['called'], to: 'serving', event: 'serving', phrase: 'mulai dilayani' },
  finish: { from: ['serving'], to: 'finished', event: 'finished', phrase: 'diselesaikan' },
  skip: { from: ['called'], to: 'canceled', event: 'canceled', phrase: 'dilewati' },
  cancel: { from: ['waiting', 'called'], to: 'canceled', event: 'canceled', phrase: 'dibatalkan' },
} as const satisfies Record<string, { from: readonly TicketStatus[]; to: TicketStatus; event: TicketEventType; phrase: string }>;
export type TicketAction = keyof typeof TRANSITIONS;

const STATUS_WORDS: Record<TicketStatus, string> = {
  waiting: 'menunggu',
  called: 'dipanggil',
  serving: 'sedang dilayani',
  finished: 'selesai',
  canceled: 'dibatalkan',
};

/** Display number: prefix, dash, sequence zero-padded to three digits (A-023; A-1000 past 999). */
export const formatTicketNumber = (prefix: string, seq: number) => `${prefix}-${String(seq).padStart(3, '0')}`;

function toTicket(row: TicketRow): Ticket {
  return {
    id: String(row.id),
    number: row.number,
    geraiId: row.gerai_id,
    priority: row.priority,
    status: row.status,
    serviceDay: row.service_day,
    counter: row.counter,
    issuedAt: new Date(row.issued_at).toISOString(),
    calledAt: isoOrNull(row.called_at),
    servedAt: isoOrNull(row.served_at),
    finishedAt: isoOrNull(row.finished_at),
    canceledAt: isoOrNull(row.canceled_at),
    cancelReason: row.cancel_reason,
  };
}

/** Per-gerai figures for one service day, as the snapshot needs them. */
export interface LineStats {
  waiting: number;
  issued: number;
  finished: number;
  nowServing: string | null;
  /** Recent service durations in minutes, oldest first. */
  durations: number[];
  updatedAt: number | null;
  open: boolean;
  counters: number;
}

export type QueueStore = ReturnType<typeof createStore>;

/** Binds the ticket operations to a database, configuration and clock. */
export function createStore(db: DatabaseSync, config: QueueServerConfig, clock: Clock) {
  const geraiById = new Map(config.gerai.map((g) => [g.id, g]));
  const today = () => serviceDayOf(clock.now(), config.timeZone);
  const q = {
    ticket: db.prepare('SELECT * FROM tickets WHERE id = ?'),
    nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM tickets WHERE service_day = ? AND gerai_id = ?'),
    issuedOn: db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE service_day = ?'),
    issuedAtGerai: db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND gerai_id = ?'),
    issuedBy: db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND device_id = ?'),
    insert: db.prepare(
      `INSERT INTO tickets (service_day, gerai_id, seq, number, priority, status, issued_at, device_id)
       VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?)`,
    ),
    waitingAhead: db.prepare(
      `SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND gerai_id = ? AND status = 'waiting'
       AND id < ? AND (priority IS NOT NULL OR ? IS NULL)`,
    ),
    next: db.prepare(
      `SELECT * FROM tickets WHERE service_day = ? AND gerai_id = ? AND status = 'waiting'
       ORDER BY (priority IS NULL AND transferred_from IS NULL), seq LIMIT 1`,
    ),
    event: db.prepare('INSERT INTO events (ticket_id, service_day, gerai_id, type, counter, device_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    counts: db.prepare(
      `SELECT gerai_id, SUM(status = 'waiting') AS waiting, COUNT(*) AS issued, SUM(status = 'finished') AS finished
       FROM tickets WHERE service_day = ? GROUP BY gerai_id`,
    ),
    lastCalled: db.prepare(
      `SELECT number FROM tickets WHERE service_day = ? AND gerai_id = ? AND last_call_at IS NOT NULL
       AND status != 'canceled' ORDER BY last_call_at DESC, id DESC LIMIT 1`,
    ),
    durations: db.prepare(
      `SELECT (finished_at - served_at) / 60000.0 AS minutes FROM tickets WHERE service_day = ? AND gerai_id = ?
       AND status = 'finished' AND served_at IS NOT NULL ORDER BY finished_at DESC LIMIT 20`,
    ),
    lastEvents: db.prepare('SELECT gerai_id, MAX(at) AS at FROM events WHERE service_day = ? GROUP BY gerai_id'),
    state: db.prepare('SELECT open, counters, updated_at FROM gerai_state WHERE service_day = ? AND gerai_id = ?'),
    upsertState: db.prepare(
      `INSERT INTO gerai_state (service_day, gerai_id, open, counters, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (service_day, gerai_id) DO UPDATE SET open = excluded.open, counters = excluded.counters,
       updated_at = excluded.updated_at`,
    ),
  };

  const row = (id: number) => q.ticket.get(id) as TicketRow | undefined;
  const record = (t: TicketRow, type: TicketEventType, deviceId: string | null, at: number): TicketEvent => {
    q.event.run(t.id, t.service_day, t.gerai_id, type, t.counter, deviceId, at);
    return { type, ticketId: String(t.id), number: t.number, geraiId: t.gerai_id, counter: t.counter, at: new Date(at).toISOString() };
  };

  function gerai(id: string): GeraiConfig {
    const found = geraiById.get(id);
    if (!found) throw notFound(`Gerai "${id}" tidak ditemukan`);
    return found;
  }

  function geraiState(geraiId: string, day = today()): { open: boolean; counters: number; updatedAt: number | null } {
    const saved = q.state.get(day, geraiId) as { open: number; counters: number; updated_at: number } | undefined;
    if (saved) return { open: saved.open === 1, counters: saved.counters, updatedAt: saved.updated_at };
    return { open: true, counters: gerai(geraiId).counters, updatedAt: null };
  }

  return {
    today,
    gerai,
    geraiState,

    /** Tickets issued MPP-wide on `day` (canceled ones included: they used a number). */
    issuedOn: (day: string) => (q.issuedOn.get(day) as { n: number }).n,
    /** Tickets issued on `day` at one gerai. */
    issuedAtGerai: (day: string, geraiId: string) => (q.issuedAtGerai.get(day, geraiId) as { n: number }).n,
    /** Tickets issued on `day` by one device. */
    issuedBy: (day: string, deviceId: string) => (q.issuedBy.get(day, deviceId) as { n: number }).n,

    getTicket(id: string): Ticket {
      const found = /^\d{1,15}$/.test(id) ? row(Number(id)) : undefined;
      if (!found) throw notFound(`Tiket "${id}" tidak ditemukan`);
      return toTicket(found);
    },

    /** Issues the next number of a gerai; the caller has checked opening and quota. */
    issue(geraiId: string, priority: Priority | null, deviceId: string | null) {
      const g = gerai(geraiId);
      const now = clock.now().getTime();
      const day = today();
      return inTransaction(db, () => {
        const seq = (q.nextSeq.get(day, geraiId) as { seq: number }).seq;
        const info = q.insert.run(day, geraiId, seq, formatTicketNumber(g.prefix, seq), priority, now, deviceId);
        const t = row(Number(info.lastInsertRowid)) as TicketRow;
        const event = record(t, 'issued', deviceId, now);
        const ahead = (q.waitingAhead.get(day, geraiId, t.id, priority) as { n: number }).n;
        return { ticket: toTicket(t), waitingAhead: ahead, event };
      });
    },

    /** Calls the next ticket: priority and transferred tickets first, then first come, first served. */
    callNext(geraiId: string, counter: number, deviceId: string | null) {
      gerai(geraiId);
      const now = clock.now().getTime();
      return inTransaction(db, () => {
        const next = q.next.get(today(), geraiId) as TicketRow | undefined;
        if (!next) throw conflict('queue_empty', 'Tidak ada antrean yang menunggu di gerai ini');
        db.prepare(`UPDATE tickets SET status = 'called', counter = ?, called_at = ?, last_call_at = ? WHERE id = ?`).run(
          counter,
          now,
          now,
          next.id,
        );
        const t = row(next.id) as TicketRow;
        return { ticket: toTicket(t), event: record(t, 'called', deviceId, now) };
      });
    },

    /** Applies a single-ticket action, refusing with 409 when the status does not allow it. */
    transition(id: string, action: TicketAction, counter: number | null, deviceId: string | null) {
      const rule = TRANSITIONS[action];
      const now = clock.now().getTime();
      return inTransaction(db, () => {
        const current = /^\d{1,15}$/.test(id) ? row(Number(id)) : undefined;
        if (!current) throw notFound(`Tiket "${id}" tidak ditemukan`);
        if (!(rule.from as readonly TicketStatus[]).includes(current.status)) {
          throw conflict(
            'invalid_transition',
            `Tiket ${current.number} berstatus "${STATUS_WORDS[current.status]}" sehingga tidak dapat ${rule.phrase}`,
          );
        }
        const sets: Record<TicketAction, string> = {
          recall: 'last_call_at = $now',
          start: 'served_at = $now',
          finish: 'finished_at = $now',
          skip: `canceled_at = $now, cancel_reason = 'skipped'`,
          cancel: `canceled_at = $now, cancel_reason = 'canceled'`,
        };
        db.prepare(`UPDATE tickets SET status = $to, counter = COALESCE($counter, counter), ${sets[action]} WHERE id = $id`).run({
          to: rule.to,
          counter,
          now,
          id: current.id,
        });
        const t = row(current.id) as TicketRow;
        return { ticket: toTicket(t), event: record(t, rule.event, deviceId, now) };
      });
    },

    /** Opens or closes a gerai for today and sets its staffed counters. */
    setGeraiStatus(geraiId: string, change: { open?: boolean; counters?: number }) {
      const current = geraiState(geraiId);
      const now = clock.now().getTime();
      const open = change.open ?? current.open;
      const counters = change.counters ?? current.counters;
      inTransaction(db, () => q.upsertState.run(today(), geraiId, open ? 1 : 0, counters, now));
      return { open, counters };
    },

    /** Figures per configured gerai for `day`. */
    lineStats(day: string): Map<string, LineStats> {
      const counts = new Map(
        (q.counts.all(day) as { gerai_id: string; waiting: number; issued: number; finished: number }[]).map((r) => [r.gerai_id, r]),
      );
      const events = new Map((q.lastEvents.all(day) as { gerai_id: string; at: number }[]).map((r) => [r.gerai_id, r.at]));
      const stats = new Map<string, LineStats>();
      for (const g of config.gerai) {
        const c = counts.get(g.id);
        const state = geraiState(g.id, day);
        const durations = (q.durations.all(day, g.id) as { minutes: number }[]).map((r) => r.minutes).reverse();
        const last = q.lastCalled.get(day, g.id) as { number: string } | undefined;
        const changed = Math.max(events.get(g.id) ?? 0, state.updatedAt ?? 0);
        stats.set(g.id, {
          waiting: c?.waiting ?? 0,
          issued: c?.issued ?? 0,
          finished: c?.finished ?? 0,
          nowServing: last?.number ?? null,
          durations,
          updatedAt: changed > 0 ? changed : null,
          open: state.open,
          counters: state.counters,
        });
      }
      return stats;
    },
  };
}
