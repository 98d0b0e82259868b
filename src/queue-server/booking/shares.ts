// How a gerai's daily quota is split between online bookings and walk-ins, today and on
// other days: the configured online share, shrunk in proportion when a supervisor lowers
// today's quota (never below the bookings already accepted), the walk-in share left at the
// gerai and MPP-wide, and the kiosk's and supervisor's view of both.
import type { GeraiConfig, QueueServerConfig } from '../config.ts';
import type { QueueStore } from '../store.ts';
import type { BookingStore } from './store.ts';

/** Today's quota of a gerai as split between online bookings and walk-ins (for the supervisor). */
export interface QuotaSplit {
  online: number;
  onlineBooked: number;
  walkIn: number;
}

interface Deps {
  config: QueueServerConfig;
  store: QueueStore;
  quotaOf: (gerai: GeraiConfig) => number | null;
  rows: BookingStore;
}

export function createShares({ config, store, quotaOf, rows }: Deps) {
  const cfg = config.booking;
  const onlineQuota = (geraiId: string) => cfg.onlineQuota[geraiId] ?? 0;
  /**
   * A gerai's online share of `day`. When a supervisor lowers today's quota below the
   * configured one, both shares shrink in proportion, so neither takes the other's; bookings
   * already accepted are kept, so the online share never drops below them.
   */
  function onlineShare(g: GeraiConfig, day = store.today()): number {
    const configured = onlineQuota(g.id);
    const total = day === store.today() ? quotaOf(g) : g.dailyQuota;
    if (configured === 0 || total === null || (g.dailyQuota !== null && total >= g.dailyQuota)) return configured;
    const scaled = g.dailyQuota === null ? total : Math.floor((total * configured) / g.dailyQuota);
    return Math.min(configured, Math.max(scaled, rows.onlineUsed(day, g.id)));
  }
  /** Today's walk-in share of a gerai and what is left of it; null when its quota is unlimited. */
  function walkIn(g: GeraiConfig, day = store.today()): { quota: number; left: number } | null {
    const total = quotaOf(g);
    if (total === null) return null;
    const quota = Math.max(0, total - onlineShare(g, day));
    return { quota, left: Math.max(0, quota - rows.walkIns(day, g.id)) };
  }

  const enabled = cfg.enabled && Object.values(cfg.onlineQuota).some((n) => n > 0);
  /** All online shares of `day` together: the part of the MPP-wide quota walk-ins may not take (config checks it fits). */
  const onlineTotal = (day: string) => (enabled ? config.gerai.reduce((a, g) => a + onlineShare(g, day), 0) : 0);

  /** Today's walk-in share of the MPP-wide quota and what is left of it; null without online shares or MPP quota. */
  function mppWalkIn(day = store.today()): { quota: number; left: number } | null {
    const online = onlineTotal(day);
    if (config.dailyQuota === null || online === 0) return null;
    const quota = Math.max(0, config.dailyQuota - online);
    return { quota, left: Math.max(0, quota - rows.mppWalkIns(day)) };
  }

  /**
   * The screens' gerai with the kiosk's view of the quota (only the walk-in share is the
   * kiosk's to give) and, for the supervisor, today's split: online share, bookings already
   * accepted against it, and the walk-in share.
   */
  function withWalkInShare<G extends { id: string; quotaLeft: number | null; closedReason: string | null; name: string }>(
    list: G[],
  ): (G & { split: QuotaSplit | null })[] {
    const mppGone = mppWalkIn()?.left === 0;
    return list.map((g) => {
      const gerai = store.gerai(g.id);
      const w = onlineQuota(g.id) > 0 ? walkIn(gerai) : null;
      const split = w ? { online: onlineShare(gerai), onlineBooked: rows.onlineUsed(store.today(), g.id), walkIn: w.quota } : null;
      if (!w && !mppGone) return { ...g, split };
      let left = w ? (g.quotaLeft === null ? w.left : Math.min(g.quotaLeft, w.left)) : g.quotaLeft;
      let reason = left === 0 ? (g.closedReason ?? `Kuota datang langsung gerai ${g.name} hari ini sudah habis`) : g.closedReason;
      if (mppGone) {
        left = 0;
        reason = reason ?? 'Kuota datang langsung MPP hari ini sudah habis';
      }
      return { ...g, quotaLeft: left, closedReason: reason, split };
    });
  }

  return { onlineQuota, onlineShare, walkIn, mppWalkIn, enabled, withWalkInShare };
}
