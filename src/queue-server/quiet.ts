// GET /v1/antrean/sepi: each gerai's usual quiet hours ("Kapan sebaiknya datang"), from the
// tickets of the last weeks in the queue's own database (src/lib/queue/quiet-hours.ts). The
// history only changes once a day, so the answer is computed once per service day.
import type { DatabaseSync } from 'node:sqlite';
import { addDays } from '../lib/hours.ts';
import { QUEUE_API_REVISION, type QuietHoursResponse } from '../lib/queue/contract.ts';
import { type HourCount, quietHours } from '../lib/queue/quiet-hours.ts';
import { zonedNow } from '../lib/time-zone.ts';
import type { QueueServerConfig } from './config.ts';
import type { QueueStore } from './store.ts';

/** Weeks of history looked at. */
export const QUIET_WEEKS = 8;

export function createQuietHours(db: DatabaseSync, config: QueueServerConfig, store: QueueStore) {
  const tickets = db.prepare('SELECT service_day, gerai_id, issued_at FROM tickets WHERE service_day >= ? AND service_day < ?');
  let cached: QuietHoursResponse | null = null;
  return (): QuietHoursResponse => {
    const today = store.today();
    if (cached?.serviceDay === today) return cached;
    const byGerai = new Map<string, Map<string, HourCount>>();
    for (const row of tickets.iterate(addDays(today, -7 * QUIET_WEEKS), today)) {
      const { service_day: day, gerai_id: gerai, issued_at: at } = row as { service_day: string; gerai_id: string; issued_at: number };
      const hour = Math.floor(zonedNow(new Date(at), config.timeZone).minutes / 60);
      const cells = byGerai.get(gerai) ?? new Map<string, HourCount>();
      byGerai.set(gerai, cells);
      const cell = cells.get(`${day} ${hour}`) ?? { day, hour, tickets: 0 };
      cell.tickets++;
      cells.set(`${day} ${hour}`, cell);
    }
    cached = {
      revision: QUEUE_API_REVISION,
      serviceDay: today,
      weeks: QUIET_WEEKS,
      gerai: config.gerai.map((g) => ({ id: g.id, quiet: quietHours([...(byGerai.get(g.id)?.values() ?? [])]) })),
    };
    return cached;
  };
}
