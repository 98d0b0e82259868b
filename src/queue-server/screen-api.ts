// Staff endpoints behind the screens: who am I, the gerai with today's figures, the counter's
// current ticket, transfer, today's quota, the display board's calls, devices (enrol, list,
// revoke), the daily report (JSON or CSV) and today's audit log. Called from route() in
// staff-routes.ts after authentication; returns null for paths that are not its own.
import type { IncomingMessage } from 'node:http';
import { renderSVG } from 'uqr';
import { boardTicker } from './board-ticker.ts';
import type { DeviceConfig } from './config.ts';
import type { ServerContext } from './context.ts';
import { enrolmentInput } from './devices.ts';
import { ApiFailure, badRequest } from './errors.ts';
import { requireRole, requireScope, scopedTicket, segment } from './guards.ts';
import { readJsonBody } from './http.ts';
import { dailyReport, reportCsv } from './report.ts';

/** A non-JSON answer (the CSV report). */
export class TextBody {
  readonly type: string;
  readonly text: string;
  readonly headers: Record<string, string>;
  constructor(type: string, text: string, headers: Record<string, string> = {}) {
    this.type = type;
    this.text = text;
    this.headers = headers;
  }
}

const COUNTER_DESK = /^\/v1\/staff\/gerai\/([^/]+)\/counter\/(\d{1,3})$/;
const TRANSFER = /^\/v1\/staff\/tickets\/([^/]+)\/transfer$/;
const QUOTA = /^\/v1\/staff\/gerai\/([^/]+)\/quota$/;
const REVOKE = /^\/v1\/staff\/devices\/([^/]+)\/revoke$/;

const publicDevice = (d: DeviceConfig) => ({ id: d.id, name: d.name, roles: d.roles, gerai: d.gerai });

/** Handles the screens' staff paths; null when `path` is not one of them. */
export async function routeScreens(
  ctx: ServerContext,
  req: IncomingMessage,
  path: string,
  device: DeviceConfig,
): Promise<[number, unknown] | null> {
  const get = req.method === 'GET';
  const post = req.method === 'POST';
  const body = () => readJsonBody(req, ctx.config.maxBodyBytes, ctx.config.bodyTimeoutSeconds * 1000);
  if (path === '/v1/staff/me' && get) return [200, { device: publicDevice(device), serverTime: ctx.clock.now().toISOString() }];
  if (path === '/v1/staff/gerai' && get) {
    const all = ctx.booking.withWalkInShare(ctx.desk.gerai());
    return [
      200,
      { gerai: device.gerai.length > 0 ? all.filter((g) => device.gerai.includes(g.id)) : all, serverTime: ctx.clock.now().toISOString() },
    ];
  }
  let m = COUNTER_DESK.exec(path);
  if (m && get) {
    requireRole(ctx, device, 'counter', 'counter-desk');
    const gerai = ctx.store.gerai(segment(m[1]));
    requireScope(ctx, device, gerai.id, 'counter-desk');
    const line = ctx.desk.gerai().find((g) => g.id === gerai.id);
    const others = ctx.config.gerai.filter((g) => g.id !== gerai.id).map((g) => ({ id: g.id, name: g.name }));
    return [200, { gerai: line, ...ctx.desk.counter(gerai.id, Number(m[2])), transferTo: others }];
  }
  m = TRANSFER.exec(path);
  if (m && post) {
    requireRole(ctx, device, 'counter', 'transfer');
    const input = await body();
    const ticket = scopedTicket(ctx, device, segment(m[1]), 'transfer');
    if (typeof input.geraiId !== 'string') throw badRequest('Kolom geraiId (gerai tujuan) wajib diisi');
    const target = ctx.store.gerai(input.geraiId);
    const result = ctx.desk.transfer(ticket.id, target, device.id);
    ctx.changed();
    return [200, result];
  }
  m = QUOTA.exec(path);
  if (m && post) {
    requireRole(ctx, device, 'supervisor', 'quota');
    const input = await body();
    const gerai = ctx.store.gerai(segment(m[1]));
    requireScope(ctx, device, gerai.id, 'quota');
    const q = input.dailyQuota;
    if (q !== null && (typeof q !== 'number' || !Number.isInteger(q) || q < 0 || q > 100_000)) {
      throw badRequest('Kuota harian harus bilangan bulat 0–100000, atau kosong untuk memakai kuota konfigurasi');
    }
    ctx.desk.setQuota(gerai, q as number | null);
    ctx.audit.record(device.id, 'quota', 'ok', `${gerai.id}: ${q === null ? 'bawaan' : q}`);
    ctx.changed();
    return [200, { gerai: ctx.booking.withWalkInShare(ctx.desk.gerai()).find((g) => g.id === gerai.id) }];
  }
  if (path === '/v1/staff/board' && get) {
    if (!device.roles.includes('display') && !device.roles.includes('supervisor')) requireRole(ctx, device, 'display', 'board');
    const gerai = ctx.desk.gerai().map((g) => ({ id: g.id, name: g.name, open: g.open, nowServing: g.nowServing }));
    const names = new Map(ctx.config.gerai.map((g) => [g.id, g.name]));
    const ticker = boardTicker(ctx.config.hours, ctx.store.today(), ctx.config.screens.ticker, names);
    return [200, { gerai, calls: ctx.desk.calls(10), ticker, serverTime: ctx.clock.now().toISOString() }];
  }
  if (path === '/v1/staff/devices' && (get || post)) {
    requireRole(ctx, device, 'supervisor', 'devices');
    if (get) return [200, { devices: ctx.devices.list() }];
    const input = enrolmentInput(
      await body(),
      ctx.config.gerai.map((g) => g.id),
    );
    const created = ctx.devices.enrol(input, device.id);
    // The QR code opens the pairing page with the code after '#', which never reaches a server log.
    const origin = req.headers.origin ?? `http://${req.headers.host ?? 'localhost'}`;
    return [201, { ...created, qrSvg: renderSVG(`${origin}/layar/pasang#kode=${created.code}`, { border: 2, pixelSize: 4 }) }];
  }
  m = REVOKE.exec(path);
  if (m && post) {
    requireRole(ctx, device, 'supervisor', 'revoke');
    ctx.devices.revoke(segment(m[1]), device.id);
    return [200, { devices: ctx.devices.list() }];
  }
  if (path === '/v1/staff/report' && get) {
    requireRole(ctx, device, 'supervisor', 'report');
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const day = params.get('day') ?? ctx.store.today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw badRequest('Tanggal laporan harus berbentuk TTTT-BB-HH, mis. 2025-03-10');
    const rows = dailyReport(ctx.db, ctx.config, day);
    if (params.get('format') === 'csv') {
      return [
        200,
        new TextBody('text/csv; charset=utf-8', reportCsv(day, rows), {
          'Content-Disposition': `attachment; filename="laporan-antrean-${day}.csv"`,
        }),
      ];
    }
    return [200, { day, rows }];
  }
  if (path === '/v1/staff/audit' && get) {
    requireRole(ctx, device, 'supervisor', 'audit');
    return [200, { entries: ctx.audit.today() }];
  }
  if (
    [COUNTER_DESK, TRANSFER, QUOTA, REVOKE].some((r) => r.test(path)) ||
    ['/v1/staff/me', '/v1/staff/board', '/v1/staff/report', '/v1/staff/audit'].includes(path)
  ) {
    throw new ApiFailure(405, 'method_not_allowed', 'Metode tidak diizinkan');
  }
  return null;
}
