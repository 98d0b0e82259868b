// Online booking on top of the queue store: the offer (what can be booked, quotas left),
// booking itself behind the proof-of-work and the limits, the resident's view of a booking,
// the kiosk check-in, the release of bookings not checked in by the end of their window, and
// the walk-in share the kiosk must stay within. Names and keys are kept only until the day
// after the service day (sweep), as the privacy page says.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { fill, formatMinutes } from '../../lib/format.ts';
import { type BookingOffer, type BookingView, PRIORITIES, type Priority, QUEUE_API_REVISION } from '../../lib/queue/contract.ts';
import type { Clock } from '../clock.ts';
import { createRateLimiter } from '../../server/rate-limit.ts';
import type { GeraiConfig, QueueServerConfig } from '../config.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { SCREEN_STRINGS } from '../screens/strings.ts';
import { geraiWithinHours, withinHours } from '../snapshot.ts';
import type { QueueStore } from '../store.ts';
import type { TicketLinks } from '../ticket-link.ts';
import { networkOf } from './network.ts';
import { createProofOfWork } from './pow.ts';
import { bookableDays, closureOf, localNow, windowsOf, windowText } from './rules.ts';
import { createBatcher } from './batch.ts';
import { createShares } from './shares.ts';
import { type BookingRow, createBookingStore, type Limits, type NewBooking } from './store.ts';

const T = SCREEN_STRINGS.booking;
const NAME = /^[\p{L}][\p{L} .'-]{0,59}$/u;

export type BookingService = ReturnType<typeof createBookingService>;

interface Deps {
  db: DatabaseSync;
  config: QueueServerConfig;
  clock: Clock;
  store: QueueStore;
  quotaOf: (gerai: GeraiConfig) => number | null;
  ticketLinks: TicketLinks;
}

export function createBookingService({ db, config, clock, store, quotaOf, ticketLinks }: Deps) {
  const cfg = config.booking;
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('booking-secret', randomBytes(32).toString('base64url'));
  const secret = (db.prepare('SELECT value FROM meta WHERE key = ?').get('booking-secret') as { value: string }).value;
  const mac = (text: string, n = 12) => createHmac('sha256', secret).update(text).digest('base64url').slice(0, n);
  const pow = createProofOfWork(secret, cfg.powBits, () => clock.now().getTime(), {
    maxBits: cfg.powMaxBits,
    surgePerMinute: cfg.powSurgePerMinute,
  });
  const rows = createBookingStore(db, randomInt);
  const { onlineQuota, onlineShare, walkIn, mppWalkIn, enabled, withWalkInShare } = createShares({ config, store, quotaOf, rows });
  // Bookings arriving together are committed together: one fsync per batch, not per booking.
  const enqueue = createBatcher((list: { b: NewBooking; limits: Limits }[]) => rows.createMany(list));
  let swept = 0;

  /** Releases ended windows (at most once a second: it runs on every booking request). */
  function sweep(): void {
    const t = clock.now().getTime();
    if (t - swept < 1000) return;
    swept = t;
    const { date, minutes } = localNow(config, clock.now());
    rows.sweep(date, minutes);
  }
  /** Cancels the bookings a closure rules out; run at start and whenever the content's hours change. */
  const cancelClosed = () => rows.cancelClosed(store.today(), (day, geraiId) => closureOf(config, store.gerai(geraiId), day));
  cancelClosed();

  const key = (id: number) => `${id}-${mac(`b${id}`)}`;
  function byKey(k: string): BookingRow {
    const m = /^(\d{1,15})-([A-Za-z0-9_-]{12})$/.exec(k);
    const ok = m && timingSafeEqual(Buffer.from(mac(`b${m[1]}`)), Buffer.from(m[2] as string));
    const row = ok ? rows.get(Number(m?.[1])) : undefined;
    if (!row) throw notFound(T.notFound);
    return row;
  }

  const openNow = (g: GeraiConfig) =>
    withinHours(config, clock.now()) && geraiWithinHours(config, g, clock.now()) && store.geraiState(g.id).open;

  function view(row: BookingRow): BookingView {
    const g = store.gerai(row.gerai_id);
    const ticket = row.ticket_id === null ? null : store.getTicket(String(row.ticket_id));
    const window = row.window_start === null ? null : { start: row.window_start, end: row.window_end as number };
    const statusText =
      row.status === 'booked'
        ? T.statuses.booked
        : row.status === 'checked_in'
          ? fill(T.statuses.checked_in, { number: ticket?.number ?? '' })
          : row.status === 'released'
            ? fill(T.statuses.released, { end: formatMinutes(window?.end ?? 0) })
            : row.cancel_reason
              ? fill(T.statuses.canceled, { reason: row.cancel_reason })
              : T.statuses.canceledPlain;
    return {
      key: key(row.id),
      code: row.code,
      geraiId: g.id,
      geraiName: g.name,
      serviceDay: row.service_day,
      window: window ? { start: formatMinutes(window.start), end: formatMinutes(window.end) } : null,
      status: row.status,
      priority: row.priority ?? null,
      cancelReason: row.status === 'canceled' ? row.cancel_reason : null,
      statusText,
      ticketPath: ticket ? `/tiket/${ticketLinks.key(ticket.id)}` : null,
      bookingPath: `/pesanan/${key(row.id)}`,
    };
  }

  return {
    enabled,
    challenge: () => pow.issue(),
    /** Booking attempts per client address, in front of everything else. */
    limiter: createRateLimiter(cfg.rate),
    walkIn,
    mppWalkIn,
    withWalkInShare,
    sweep,
    cancelClosed,
    extrasOfTicket: rows.extrasOfTicket,

    offer(): BookingOffer {
      sweep();
      const now = clock.now();
      const days = bookableDays(config, now);
      const { minutes } = localNow(config, now);
      const gerai = config.gerai
        .filter((g) => onlineQuota(g.id) > 0)
        .map((g) => {
          const left = (day: string) => Math.max(0, onlineShare(g, day) - rows.onlineUsed(day, g.id));
          const w = walkIn(g);
          return {
            id: g.id,
            name: g.name,
            takeNow: openNow(g) && left(days[0] as string) > 0,
            onlineQuota: onlineShare(g),
            onlineLeft: left(days[0] as string),
            walkInQuota: w?.quota ?? null,
            walkInLeft: w?.left ?? null,
            days: days.map((day, i) => ({
              day,
              closed: closureOf(config, g, day),
              onlineLeft: left(day),
              windows: windowsOf(config, g, day)
                .filter((x) => i > 0 || x.end > minutes)
                .map((x) => ({ start: formatMinutes(x.start), end: formatMinutes(x.end) })),
            })),
          };
        });
      return {
        revision: QUEUE_API_REVISION,
        serviceDay: days[0] as string,
        opensAt: cfg.opensAt,
        daysAhead: cfg.daysAhead,
        powBits: cfg.powBits,
        gerai,
      };
    },

    /** Validates and books; `address` is the client address as the server trusts it. */
    async book(body: Record<string, unknown>, address: string) {
      sweep();
      const problem = pow.check(body.challenge, body.nonce);
      if (problem) throw conflict('challenge_failed', problem);
      if (typeof body.geraiId !== 'string' || onlineQuota(body.geraiId) === 0) throw badRequest('Gerai ini tidak menerima pesanan daring');
      const g = store.gerai(body.geraiId);
      const name = typeof body.name === 'string' ? body.name.trim().replace(/\s+/g, ' ') : '';
      if (!NAME.test(name)) throw badRequest('Kolom nama: isi nama atau inisial (huruf, maksimal 60 karakter)');
      const phone = typeof body.phone === 'string' && body.phone.trim() !== '' ? body.phone.replace(/[\s()+-]/g, '') : null;
      if (phone !== null && !/^\d{8,15}$/.test(phone)) throw badRequest('Kolom nomor ponsel: 8–15 angka, atau kosongkan');
      const browser = typeof body.browserId === 'string' ? body.browserId : '';
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(browser)) throw badRequest('Kolom browserId tidak valid');
      const service = typeof body.service === 'string' && /^[a-z0-9-]{1,100}$/.test(body.service) ? body.service : g.id;
      const now = clock.now();
      const today = store.today();
      const days = bookableDays(config, now);
      const day = typeof body.day === 'string' ? body.day : today;
      if (!days.includes(day)) throw conflict('gerai_closed', `Tanggal ${day} belum atau tidak dapat dipesan`);
      const closed = closureOf(config, g, day);
      if (closed) throw conflict('gerai_closed', `Gerai ${g.name} tutup pada tanggal itu: ${closed}`);
      let window = null;
      if (body.window !== undefined) {
        window = windowsOf(config, g, day).find((w) => windowText(w) === body.window || formatMinutes(w.start) === body.window) ?? null;
        if (!window) throw badRequest('Kolom window: pilih salah satu waktu datang yang ditawarkan');
        if (day === today && window.end <= localNow(config, now).minutes) throw conflict('gerai_closed', 'Waktu datang itu sudah lewat');
      } else if (day !== today || !openNow(g)) {
        throw conflict('gerai_closed', `Ambil nomor daring hanya untuk hari ini selama gerai ${g.name} buka`);
      }
      const checklist = body.checklist ?? [];
      if (!Array.isArray(checklist) || checklist.length > 15 || checklist.some((x) => typeof x !== 'string' || x.length > 150)) {
        throw badRequest('Kolom checklist: daftar teks, maksimal 15 butir masing-masing 150 karakter');
      }
      const priority = body.priority === undefined || body.priority === null || body.priority === '' ? null : body.priority;
      if (priority !== null && !(PRIORITIES as readonly unknown[]).includes(priority)) {
        throw badRequest(`Kolom priority: pilih salah satu dari ${PRIORITIES.join(', ')}, atau kosongkan`);
      }
      const directions = typeof body.directions === 'string' && body.directions.trim() !== '' ? body.directions.trim() : null;
      if (directions !== null && directions.length > 300) throw badRequest('Kolom directions: maksimal 300 karakter');
      const personKey = mac(`p|${name.toLowerCase()}|${phone ?? ''}`, 22);
      const created = await enqueue({
        b: {
          day,
          geraiId: g.id,
          prefix: g.prefix,
          service,
          window,
          name,
          phone,
          personKey,
          browserKey: mac(`b|${browser}`, 22),
          addressKey: mac(`a|${address}`, 22),
          networkKey: mac(`n|${networkOf(address)}`, 22),
          createdDay: today,
          now: now.getTime(),
          checklist: checklist as string[],
          directions,
          priority: priority as Priority | null,
        },
        limits: {
          onlineQuota: onlineShare(g, day),
          perAddressPerDay: cfg.perAddressPerDay,
          perNetworkPerDay: cfg.perNetworkPerDay,
          perBrowserPerDay: cfg.perBrowserPerDay,
        },
      });
      return { view: view(created.row), event: created.event };
    },

    get: (k: string) => {
      sweep();
      return view(byKey(k));
    },

    /** Kiosk check-in by short code, inside the window (or up to earlyMinutes before it). */
    checkIn(code: unknown, deviceId: string, allowed: (geraiId: string) => void) {
      sweep();
      const clean = typeof code === 'string' ? code.toUpperCase().replace(/[^A-Z0-9]/g, '') : '';
      if (clean.length !== 6) throw badRequest('Kode pesanan harus 6 huruf/angka');
      const today = store.today();
      const row = rows.byCode(today, clean);
      if (!row) throw notFound(`Kode pesanan ${clean} tidak ditemukan untuk hari ini`);
      allowed(row.gerai_id);
      if (row.status !== 'booked') throw conflict('invalid_transition', view(row).statusText);
      const { minutes } = localNow(config, clock.now());
      if (row.window_start !== null && minutes < row.window_start - cfg.earlyMinutes) {
        throw conflict(
          'invalid_transition',
          fill(T.early, { window: windowText({ start: row.window_start, end: row.window_end as number }) }),
        );
      }
      const g = store.gerai(row.gerai_id);
      const result = rows.checkIn(row, g.prefix, deviceId, clock.now().getTime());
      return { view: view(result.row), event: result.event };
    },
  };
}
