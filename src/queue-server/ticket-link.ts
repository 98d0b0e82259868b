// The address of a ticket's live page, printed as the ticket's QR code. Ticket ids count up,
// so the link carries a short MAC of the id under a secret kept in the database: a resident
// can follow their own ticket, but nobody can walk through everyone else's.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

export type TicketLinks = ReturnType<typeof createTicketLinks>;

/** Loads (or creates once) the secret and returns functions to make and check ticket links. */
export function createTicketLinks(db: DatabaseSync) {
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('ticket-link-secret', randomBytes(32).toString('base64url'));
  const secret = (db.prepare('SELECT value FROM meta WHERE key = ?').get('ticket-link-secret') as { value: string }).value;
  const mac = (id: string) => createHmac('sha256', secret).update(id).digest('base64url').slice(0, 12);
  return {
    /** Path segment for a ticket id, e.g. "42-Xb3…". */
    key: (id: string) => `${id}-${mac(id)}`,
    /** The ticket id of a valid key, else null. */
    idOf(key: string): string | null {
      const m = /^(\d{1,15})-([A-Za-z0-9_-]{12})$/.exec(key);
      if (!m) return null;
      const want = Buffer.from(mac(m[1] as string));
      const got = Buffer.from(m[2] as string);
      return want.length === got.length && timingSafeEqual(want, got) ? (m[1] as string) : null;
    },
  };
}
