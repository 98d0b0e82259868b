// HTTP paths of online booking. Public (CORS for the portal's origin, like the snapshot):
// GET /v1/booking (the offer), POST /v1/booking/challenge (proof-of-work challenge),
// POST /v1/booking (book), GET /v1/booking/{key} (a booking) and its page /pesanan/{key}.
// Staff: POST /v1/staff/booking/check-in (kiosk role) turns a booking into a ticket; its code
// is the typed code or the booking QR code's text, as a scanner types it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BOOKING_PATH } from '../../lib/queue/contract.ts';
import type { DeviceConfig } from '../config.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure, notFound } from '../errors.ts';
import { requireRole, requireScope } from '../guards.ts';
import { clientAddress, corsHeaders, readJsonBody, sendError, sendJson } from '../http.ts';
import { bookingPage, sendPage } from './page.ts';
import { codeFromScan } from './qr.ts';

const KEY = /^\/(v1\/booking|pesanan)\/(\d{1,15}-[A-Za-z0-9_-]{12})$/;

const tooMany = (wait: number) =>
  new ApiFailure(429, 'rate_limited', `Terlalu banyak percobaan, coba lagi dalam ${wait} detik`, { 'Retry-After': String(wait) });

/** Handles the public booking paths; returns false for other paths. */
export async function handleBooking(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  const key = KEY.exec(path);
  if (!path.startsWith(BOOKING_PATH) && !key) return false;
  const cors = corsHeaders(req, ctx.config.cors.allowedOrigins);
  try {
    if (!ctx.booking.enabled) throw notFound('Server antrean ini tidak menerima pesanan daring');
    const address = clientAddress(req, ctx.config.trustProxy);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const wait = ctx.publicLimiter.take(address);
      if (wait > 0) throw tooMany(wait);
      if (path === BOOKING_PATH) {
        sendJson(res, 200, ctx.booking.offer(), cors);
        return true;
      }
      if (!key) throw notFound('Alamat tidak ditemukan');
      const view = ctx.booking.get(key[2] as string);
      if (key[1] === 'pesanan') sendPage(res, bookingPage(view, ctx.config.booking.earlyMinutes));
      else sendJson(res, 200, view, cors);
      return true;
    }
    if (req.method !== 'POST' || (path !== BOOKING_PATH && path !== `${BOOKING_PATH}/challenge`)) {
      throw new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan', { Allow: 'GET, HEAD' });
    }
    // Per address before any work: a flood costs the server one map lookup per request.
    const wait = ctx.booking.limiter.take(address);
    if (wait > 0) throw tooMany(wait);
    const body = await readJsonBody(req, ctx.config.maxBodyBytes, ctx.config.bodyTimeoutSeconds * 1000);
    if (path.endsWith('/challenge')) {
      sendJson(res, 200, ctx.booking.challenge(), cors);
      return true;
    }
    const { view, event } = await ctx.booking.book(body, address);
    if (event) ctx.changed(event);
    sendJson(res, 201, view, cors);
  } catch (error) {
    sendError(res, error, cors);
  }
  return true;
}

/** The kiosk's check-in; null for other staff paths. */
export async function routeBookingStaff(
  ctx: ServerContext,
  req: IncomingMessage,
  path: string,
  device: DeviceConfig,
): Promise<[number, unknown] | null> {
  if (path !== '/v1/staff/booking/check-in') return null;
  if (req.method !== 'POST') throw new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan', { Allow: 'POST' });
  requireRole(ctx, device, 'kiosk', 'check-in');
  const body = await readJsonBody(req, ctx.config.maxBodyBytes, ctx.config.bodyTimeoutSeconds * 1000);
  const { view, event } = ctx.booking.checkIn(codeFromScan(body.code), device.id, (geraiId) =>
    requireScope(ctx, device, geraiId, 'check-in'),
  );
  ctx.changed(event);
  const ticket = ctx.store.getTicket(event.ticketId);
  // Regular tickets ahead in the line, as the kiosk's slip says for walk-ins too.
  const ahead = ctx.db
    .prepare(`SELECT COUNT(*) AS n FROM tickets WHERE service_day = ? AND gerai_id = ? AND status = 'waiting' AND id < ?`)
    .get(ticket.serviceDay, ticket.geraiId, Number(ticket.id)) as { n: number };
  return [201, { booking: view, ticket, waitingAhead: ahead.n, ticketPath: view.ticketPath }];
}
