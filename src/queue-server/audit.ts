// The audit log of what is not a ticket event: refused attempts (a device asking for a role or
// gerai it does not have), device enrolment and revocation, and quota exhaustion. Quotas
// running out also warn in the log once per day and scope, so the MPP hears about it when
// it happens rather than from residents at the kiosk.
import type { DatabaseSync } from 'node:sqlite';
import { type Clock, serviceDayOf } from './clock.ts';

/** One audit row as the supervisor screen reads it. */
export interface AuditEntry {
  at: string;
  deviceId: string | null;
  action: string;
  outcome: string;
  detail: string | null;
}

export type Audit = ReturnType<typeof createAudit>;

/** Binds the audit log to a database; `warn` receives the quota alerts (console.warn by default). */
export function createAudit(db: DatabaseSync, clock: Clock, timeZone: string, warn: (message: string) => void = (m) => console.warn(m)) {
  const insert = db.prepare('INSERT INTO audit (at, service_day, device_id, action, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)');
  const byDay = db.prepare('SELECT at, device_id, action, outcome, detail FROM audit WHERE service_day = ? ORDER BY id DESC LIMIT ?');
  const alerted = new Set<string>();

  function record(deviceId: string | null, action: string, outcome: string, detail: string | null = null): void {
    const now = clock.now();
    insert.run(now.getTime(), serviceDayOf(now, timeZone), deviceId, action, outcome, detail);
  }

  return {
    record,
    /** Logs and audits, once per service day and scope, that a quota is used up. */
    quotaExhausted(scope: string, words: string, quota: number): void {
      const day = serviceDayOf(clock.now(), timeZone);
      const key = `${day}:${scope}`;
      if (alerted.has(key)) return;
      alerted.add(key);
      record(null, 'quota', 'exhausted', `${words}: ${quota} tiket`);
      warn(`Peringatan: ${words} sudah habis (${quota} tiket) untuk hari layanan ${day}. Kios menolak tiket baru untuk itu sampai besok.`);
    },
    /** Today's rows, newest first. */
    today(limit = 200): AuditEntry[] {
      const rows = byDay.all(serviceDayOf(clock.now(), timeZone), limit) as {
        at: number;
        device_id: string | null;
        action: string;
        outcome: string;
        detail: string | null;
      }[];
      return rows.map((r) => ({
        at: new Date(r.at).toISOString(),
        deviceId: r.device_id,
        action: r.action,
        outcome: r.outcome,
        detail: r.detail,
      }));
    },
  };
}
