// Staff endpoints for kiosks and counter devices. Order of checks: rate limit (per device,
// or per address for unauthenticated callers so token guessing is throttled too), then
// authentication, body, input, existence, and finally the ticket's state.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  PRIORITIES,
  type GeraiStatusRequest,
  type IssueTicketResponse,
  type Priority,
  type TicketResponse,
} from '../lib/queue/contract.ts';
import { estimateWaitMinutes } from '../lib/queue/estimate.ts';
import { routeBookingStaff } from './booking/routes.ts';
import type { DeviceConfig } from './config.ts';
import type { ServerContext } from './context.ts';
import { ApiFailure, badRequest, ClientGone, conflict, notFound } from './errors.ts';
import { BASE_HEADERS, clientAddress, corsHeaders, payloadTooLarge, readJsonBody, sendError, sendJson } from './http.ts';
import { requireRole, requireScope, scopedTicket, segment } from './guards.ts';
import { routeScreens, TextBody } from './screen-api.ts';
import { geraiWithinHours, withinHours } from './snapshot.ts';
import type { TicketAction } from './store.ts';

const TICKET_ACTION = /^\/v1\/staff\/tickets\/([^/]+)\/(recall|start|finish|skip|cancel)$/;
const TICKET = /^\/v1\/staff\/tickets\/([^/]+)$/;
const GERAI_ACTION = /^\/v1\/staff\/gerai\/([^/]+)\/(call-next|status)$/;

function priorityOf(value: unknown): Priority | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value)) return value as Priority;
  throw badRequest(`Prioritas harus salah satu dari: ${PRIORITIES.join(', ')}`);
}

function counterOf(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 999) return value;
  throw badRequest('Nomor loket (counter) harus bilangan bulat 1–999');
}

function statusChange(body: Record<string, unknown>): GeraiStatusRequest {
  const change: GeraiStatusRequest = {};
  if (body.open !== undefined) {
    if (typeof body.open !== 'boolean') throw badRequest('Kolom open harus true atau false');
    change.open = body.open;
  }
  if (body.counters !== undefined) {
    const c = body.counters;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 1000) throw badRequest('Kolom counters harus bilangan bulat 0–1000');
    change.counters = c;
  }
  if (change.open === undefined && change.counters === undefined) throw badRequest('Isi minimal salah satu kolom: open atau counters');
  return change;
}

function issue(ctx: ServerContext, device: DeviceConfig, body: Record<string, unknown>): IssueTicketResponse {
  if (typeof body.geraiId !== 'string' || body.geraiId.trim() === '') throw badRequest('Kolom geraiId wajib diisi');
  const priority = priorityOf(body.priority);
  const gerai = ctx.store.gerai(body.geraiId);
  requireScope(ctx, device, gerai.id, 'issue');
  const now = ctx.clock.now();
  if (!withinHours(ctx.config, now)) throw conflict('gerai_closed', 'MPP sedang tutup');
  if (!geraiWithinHours(ctx.config, gerai, now)) throw conflict('gerai_closed', `Gerai ${gerai.name} sedang di luar jam layanannya`);
  const state = ctx.store.geraiState(gerai.id);
  if (!state.open) throw conflict('gerai_closed', `Gerai ${gerai.name} sedang tutup`);
  const day = ctx.store.today();
  const quota = ctx.config.dailyQuota;
  if (quota !== null && ctx.store.issuedOn(day) >= quota) {
    ctx.audit.quotaExhausted('mpp', 'Kuota harian MPP', quota);
    throw conflict('quota_exhausted', 'Kuota harian sudah habis');
  }
  const geraiQuota = ctx.desk.quotaOf(gerai);
  if (geraiQuota !== null && ctx.store.issuedAtGerai(day, gerai.id) >= geraiQuota) {
    ctx.audit.quotaExhausted(`gerai:${gerai.id}`, `Kuota harian gerai ${gerai.name}`, geraiQuota);
    throw conflict('quota_exhausted', `Kuota harian gerai ${gerai.name} sudah habis`);
  }
  // Walk-ins never take the online shares, of the MPP-wide quota nor of the gerai's (booking/service.ts).
  const mppWalkIn = ctx.booking.mppWalkIn(day);
  if (mppWalkIn && mppWalkIn.left === 0) {
    ctx.audit.quotaExhausted('mpp', 'Kuota datang langsung MPP', mppWalkIn.quota);
    throw conflict('quota_exhausted', 'Kuota datang langsung MPP hari ini sudah habis');
  }
  const walkIn = ctx.booking.walkIn(gerai, day);
  if (walkIn && ctx.config.booking.onlineQuota[gerai.id] && walkIn.left === 0) {
    throw conflict('quota_exhausted', `Kuota datang langsung gerai ${gerai.name} hari ini sudah habis`);
  }
  const own = device.dailyQuota ?? ctx.config.deviceDailyQuota;
  if (own !== null && ctx.store.issuedBy(day, device.id) >= own) {
    ctx.throttle.refused(device, 'kuota harian perangkat');
    throw conflict(
      'quota_exhausted',
      `Kuota harian perangkat ini sudah habis (${own} tiket); gunakan perangkat lain atau hubungi pengelola`,
    );
  }
  const { ticket, waitingAhead, event } = ctx.store.issue(gerai.id, priority, device.id);
  ctx.changed(event);
  // Warn when this ticket used the last of a quota, not only once a resident is refused.
  if (quota !== null && ctx.store.issuedOn(day) >= quota) ctx.audit.quotaExhausted('mpp', 'Kuota harian MPP', quota);
  if (geraiQuota !== null && ctx.store.issuedAtGerai(day, gerai.id) >= geraiQuota) {
    ctx.audit.quotaExhausted(`gerai:${gerai.id}`, `Kuota harian gerai ${gerai.name}`, geraiQuota);
  }
  const line = ctx.cache.get().snapshot.gerai.find((g) => g.id === gerai.id);
  return {
    ticket,
    waitingAhead,
    estimatedWaitMinutes: estimateWaitMinutes(waitingAhead, line?.counters ?? 0, line?.avgServiceMinutes ?? null),
    ticketPath: `/tiket/${ctx.ticketLinks.key(ticket.id)}`,
  };
}

const readBody = (ctx: ServerContext, req: IncomingMessage) =>
  readJsonBody(req, ctx.config.maxBodyBytes, ctx.config.bodyTimeoutSeconds * 1000);

async function route(ctx: ServerContext, req: IncomingMessage, path: string, device: DeviceConfig): Promise<[number, unknown]> {
  const post = req.method === 'POST';
  const screens = (await routeScreens(ctx, req, path, device)) ?? (await routeBookingStaff(ctx, req, path, device));
  if (screens) return screens;
  if (path === '/v1/staff/tickets' && post) {
    requireRole(ctx, device, 'kiosk', 'issue');
    return [201, issue(ctx, device, await readBody(ctx, req))];
  }
  let m = TICKET_ACTION.exec(path);
  if (m && post) {
    requireRole(ctx, device, 'counter', m[2] as string);
    const body = await readBody(ctx, req);
    const counter = counterOf(body.counter);
    const id = segment(m[1]);
    scopedTicket(ctx, device, id, m[2] as string);
    const { ticket, event } = ctx.store.transition(id, m[2] as TicketAction, counter, device.id);
    ctx.changed(event);
    return [200, { ticket } satisfies TicketResponse];
  }
  m = TICKET.exec(path);
  if (m && req.method === 'GET') {
    const ticket = scopedTicket(ctx, device, segment(m[1]), 'read');
    return [200, { ticket } satisfies TicketResponse];
  }
  m = GERAI_ACTION.exec(path);
  if (m && post) {
    requireRole(ctx, device, m[2] === 'call-next' ? 'counter' : 'supervisor', m[2] as string);
    const body = await readBody(ctx, req);
    const gerai = ctx.store.gerai(segment(m[1]));
    requireScope(ctx, device, gerai.id, m[2] as string);
    if (m[2] === 'call-next') {
      const { ticket, event } = ctx.store.callNext(gerai.id, counterOf(body.counter) ?? 1, device.id);
      ctx.changed(event);
      return [200, { ticket } satisfies TicketResponse];
    }
    ctx.store.setGeraiStatus(gerai.id, statusChange(body));
    ctx.changed();
    return [200, { gerai: ctx.cache.get().snapshot.gerai.find((g) => g.id === gerai.id) }];
  }
  if (path === '/v1/staff/tickets' || TICKET_ACTION.test(path) || TICKET.test(path) || GERAI_ACTION.test(path)) {
    throw new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan');
  }
  throw notFound('Alamat tidak ditemukan');
}

/** Handles /v1/staff/*; returns false for other paths. */
export async function handleStaff(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  if (!path.startsWith('/v1/staff/')) return false;
  const cors = corsHeaders(req, ctx.config.cors.allowedOrigins);
  try {
    // Refused before anything else, so an oversized body is never read, token or not.
    if (Number(req.headers['content-length'] ?? 0) > ctx.config.maxBodyBytes) throw payloadTooLarge(ctx.config.maxBodyBytes);
    const device = ctx.authenticate(req);
    const wait = ctx.staffLimiter.take(device ? `device:${device.id}` : `addr:${clientAddress(req, ctx.config.trustProxy)}`);
    if (wait > 0) {
      if (device) ctx.throttle.refused(device, 'batas laju');
      throw new ApiFailure(429, 'rate_limited', `Terlalu banyak permintaan, coba lagi dalam ${wait} detik`, {
        'Retry-After': String(wait),
      });
    }
    if (!device) {
      throw new ApiFailure(401, 'unauthorized', 'Token perangkat tidak ada atau tidak valid', { 'WWW-Authenticate': 'Bearer' });
    }
    const [status, body] = await route(ctx, req, path, device);
    if (body instanceof TextBody) {
      res.writeHead(status, { ...BASE_HEADERS, ...cors, ...body.headers, 'Content-Type': body.type, 'Cache-Control': 'no-store' });
      res.end(body.text);
    } else sendJson(res, status, body, cors);
  } catch (error) {
    if (!(error instanceof ApiFailure) && !(error instanceof ClientGone))
      console.error('Kesalahan tak terduga pada endpoint petugas:', error);
    sendError(res, error, cors);
  }
  return true;
}
