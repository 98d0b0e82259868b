// What the screens need beyond the public snapshot: a gerai's figures for the kiosk, counter
// and supervisor (with today's quota and why it is closed), the counter's current ticket,
// transferring a ticket to another gerai, and the recent calls for the display board.
import type { DatabaseSync } from 'node:sqlite';
import type { Priority, Ticket } from '../lib/queue/contract.ts';
import { averageServiceMinutes } from '../lib/queue/estimate.ts';
import { type Clock, isoOrNull } from './clock.ts';
import type { GeraiConfig, QueueServerConfig } from './config.ts';
import { inTransaction } from './db.ts';
import { conflict } from './errors.ts';
import { geraiWithinHours, withinHours } from './snapshot.ts';
import { formatTicketNumber, type QueueStore } from './store.ts';

/** One gerai as the screens show it. */
export interface GeraiDesk {
  id: string;
  name: string;
  prefix: string;
  open: boolean;
  /** Why tickets are refused, in words for residents; null while open. */
  closedReason: string | null;
  counters: number;
  waiting: number;
  issued: number;
  finished: number;
  skipped: number;
  quota: number | null;
  quotaLeft: number | null;
  /** Today's average service minutes; null before the first finished service. */
  avgServiceMinutes: number | null;
  nowServing: string | null;
}

/** A call on the display board. */
export interface BoardCall {
  id: number;
  type: 'called' | 'recalled';
  number: string;
  geraiId: string;
  geraiName: string;
  counter: number | null;
  at: string;
}

export type Desk = ReturnType<typeof createDesk>;

/** Binds the screens' queries and the transfer to the database. */
export function createDesk(db: DatabaseSync, config: QueueServerConfig, clock: Clock, store: QueueStore) {
  const q = {
    quota: db.prepare('SELECT daily_quota FROM gerai_state WHERE service_day = ? AND gerai_id = ?'),
    setQuota: db.prepare(
      `INSERT INTO gerai_state (service_day, gerai_id, open, counters, updated_at, daily_quota) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (service_day, gerai_id) DO UPDATE SET daily_quota = excluded.daily_quota, updated_at = excluded.updated_at`,
    ),
    skipped: db.prepare(
      `SELECT gerai_id, COUNT(*) AS n FROM tickets WHERE service_day = ? AND cancel_reason = 'skipped' GROUP BY gerai_id`,
    ),
    current: db.prepare(
      `SELECT id FROM tickets WHERE service_day = ? AND gerai_id = ? AND counter = ? AND status IN ('called', 'serving')
       ORDER BY called_at DESC LIMIT 1`,
    ),
    priorityWaiting: db.prepare(
      `SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND gerai_id = ? AND status = 'waiting'
       AND (priority IS NOT NULL OR transferred_from IS NOT NULL)`,
    ),
    calls: db.prepare(
      `SELECT e.id, e.type, e.gerai_id, e.counter, e.at, t.number FROM events e JOIN tickets t ON t.id = e.ticket_id
       WHERE e.service_day = ? AND e.type IN ('called', 'recalled') ORDER BY e.id DESC LIMIT ?`,
    ),
    row: db.prepare('SELECT * FROM tickets WHERE id = ?'),
    nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM tickets WHERE service_day = ? AND gerai_id = ?'),
    close: db.prepare(
      `UPDATE tickets SET status = 'canceled', canceled_at = ?, cancel_reason = 'transferred', transferred_to = ? WHERE id = ?`,
    ),
    insert: db.prepare(
      `INSERT INTO tickets (service_day, gerai_id, seq, number, priority, status, issued_at, device_id, transferred_from)
       VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?, ?)`,
    ),
    event: db.prepare('INSERT INTO events (ticket_id, service_day, gerai_id, type, counter, device_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  };

  /** Today's quota of a gerai: the supervisor's for today, else the configured one. */
  function quotaOf(gerai: GeraiConfig): number | null {
    const row = q.quota.get(store.today(), gerai.id) as { daily_quota: number | null } | undefined;
    return row?.daily_quota ?? gerai.dailyQuota;
  }

  function closedReason(gerai: GeraiConfig, open: boolean): string | null {
    const now = clock.now();
    if (!withinHours(config, now)) return 'MPP sedang tutup';
    if (!geraiWithinHours(config, gerai, now)) return `Gerai ${gerai.name} sedang di luar jam layanannya`;
    return open ? null : `Gerai ${gerai.name} sedang tutup`;
  }

  return {
    quotaOf,

    /** Sets (or with null, clears) today's quota of a gerai. */
    setQuota(gerai: GeraiConfig, quota: number | null): void {
      const state = store.geraiState(gerai.id);
      const now = clock.now().getTime();
      inTransaction(db, () => q.setQuota.run(store.today(), gerai.id, state.open ? 1 : 0, state.counters, now, quota));
    },

    /** Every gerai with today's figures. */
    gerai(): GeraiDesk[] {
      const day = store.today();
      const stats = store.lineStats(day);
      const skipped = new Map((q.skipped.all(day) as { gerai_id: string; n: number }[]).map((r) => [r.gerai_id, r.n]));
      const mppQuota = config.dailyQuota;
      const mppGone = mppQuota !== null && store.issuedOn(day) >= mppQuota;
      return config.gerai.map((g) => {
        const s = stats.get(g.id);
        const reason = closedReason(g, s?.open ?? true);
        const quota = quotaOf(g);
        const issued = s?.issued ?? 0;
        // The MPP-wide quota used up leaves nothing for any gerai.
        const quotaLeft = mppGone ? 0 : quota === null ? null : Math.max(0, quota - issued);
        const quotaReason = mppGone ? 'Kuota harian MPP sudah habis' : `Kuota harian gerai ${g.name} sudah habis`;
        return {
          id: g.id,
          name: g.name,
          prefix: g.prefix,
          open: reason === null,
          closedReason: reason ?? (quotaLeft === 0 ? quotaReason : null),
          counters: reason === null ? (s?.counters ?? g.counters) : 0,
          waiting: s?.waiting ?? 0,
          issued,
          finished: s?.finished ?? 0,
          skipped: skipped.get(g.id) ?? 0,
          quota,
          quotaLeft,
          avgServiceMinutes: s && s.durations.length > 0 ? averageServiceMinutes(s.durations, { fallback: null }) : null,
          nowServing: s?.nowServing ?? null,
        };
      });
    },

    /** The ticket a counter is calling or serving, and how many priority tickets wait. */
    counter(geraiId: string, counter: number): { current: Ticket | null; priorityWaiting: number } {
      const day = store.today();
      const row = q.current.get(day, geraiId, counter) as { id: number } | undefined;
      return {
        current: row ? store.getTicket(String(row.id)) : null,
        priorityWaiting: (q.priorityWaiting.get(day, geraiId) as { n: number }).n,
      };
    },

    /** Sends a waiting, called or serving ticket on to another gerai, where it is served among the first. */
    transfer(id: string, target: GeraiConfig, deviceId: string) {
      const now = clock.now().getTime();
      const day = store.today();
      const old = store.getTicket(id);
      if (!['waiting', 'called', 'serving'].includes(old.status)) {
        throw conflict(
          'invalid_transition',
          `Tiket ${old.number} sudah ${old.status === 'finished' ? 'selesai' : 'dibatalkan'} sehingga tidak dapat dialihkan`,
        );
      }
      if (old.geraiId === target.id) throw conflict('invalid_transition', 'Tiket sudah berada di gerai tujuan');
      if (old.serviceDay !== day) throw conflict('invalid_transition', `Tiket ${old.number} bukan tiket hari ini`);
      return inTransaction(db, () => {
        const seq = (q.nextSeq.get(day, target.id) as { seq: number }).seq;
        const info = q.insert.run(
          day,
          target.id,
          seq,
          formatTicketNumber(target.prefix, seq),
          old.priority as Priority | null,
          now,
          deviceId,
          Number(old.id),
        );
        const newId = Number(info.lastInsertRowid);
        q.close.run(now, newId, Number(old.id));
        q.event.run(Number(old.id), day, old.geraiId, 'canceled', old.counter, deviceId, now);
        q.event.run(newId, day, target.id, 'issued', null, deviceId, now);
        return { from: store.getTicket(old.id), ticket: store.getTicket(String(newId)) };
      });
    },

    /** The latest calls of today, newest first. */
    calls(limit = 10): BoardCall[] {
      const names = new Map(config.gerai.map((g) => [g.id, g.name]));
      return (
        q.calls.all(store.today(), limit) as {
          id: number;
          type: 'called' | 'recalled';
          gerai_id: string;
          counter: number | null;
          at: number;
          number: string;
        }[]
      ).map((r) => ({
        id: r.id,
        type: r.type,
        number: r.number,
        geraiId: r.gerai_id,
        geraiName: names.get(r.gerai_id) ?? r.gerai_id,
        counter: r.counter,
        at: isoOrNull(r.at) as string,
      }));
    },
  };
}
