// Everything a request handler needs, assembled once at start-up.
import type { DatabaseSync } from 'node:sqlite';
import type { TicketEvent } from '../lib/queue/contract.ts';
import { createAudit } from './audit.ts';
import { createBookingService } from './booking/service.ts';
import type { Clock } from './clock.ts';
import type { QueueServerConfig } from './config.ts';
import { createRateLimiter } from '../server/rate-limit.ts';
import { createSnapshotCache } from './snapshot.ts';
import { createStreamHub } from './sse.ts';
import { createDesk } from './desk.ts';
import { createDeviceRegistry } from './devices.ts';
import { createQuietHours } from './quiet.ts';
import { createStore } from './store.ts';
import { createThrottleAlert } from './throttle-alert.ts';
import { createTicketLinks } from './ticket-link.ts';

export type ServerContext = ReturnType<typeof createContext>;

/** Wires store, snapshot cache, stream hub, limiters and authentication together. */
export function createContext(db: DatabaseSync, config: QueueServerConfig, clock: Clock) {
  const store = createStore(db, config, clock);
  const cache = createSnapshotCache(store, config, clock);
  const hub = createStreamHub(config.stream);
  const audit = createAudit(db, clock, config.timeZone);
  const devices = createDeviceRegistry(db, config, clock, audit);
  const desk = createDesk(db, config, clock, store);
  const ticketLinks = createTicketLinks(db);
  return {
    db,
    desk,
    ticketLinks,
    booking: createBookingService({ db, config, clock, store, quotaOf: desk.quotaOf, ticketLinks }),
    config,
    clock,
    store,
    cache,
    hub,
    /** Each gerai's usual quiet hours (computed once per service day). */
    quietHours: createQuietHours(db, config, store),
    publicLimiter: createRateLimiter(config.rateLimits.public),
    staffLimiter: createRateLimiter(config.rateLimits.staff),
    authenticate: devices.authenticate,
    audit,
    devices,
    throttle: createThrottleAlert(config.throttleAlert),
    /** Call after every mutation (and periodically): pushes the snapshot to streams if it changed. */
    changed(event?: TicketEvent): void {
      if (event && (event.type === 'called' || event.type === 'recalled')) hub.ticketEvent(event);
      if (cache.refresh()) hub.broadcast(cache.get());
    },
  };
}
