// Who may do what: role and gerai checks shared by every staff route. Each refusal is
// audited, so a misconfigured or stolen device shows up in the supervisor's log.
import type { DeviceConfig, DeviceRole } from './config.ts';
import type { ServerContext } from './context.ts';
import { ApiFailure, notFound } from './errors.ts';

/** Decodes a path segment; malformed escapes stay as they are and simply match nothing (404). */
export function segment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '');
  } catch {
    return raw ?? '';
  }
}

export const ROLE_WORDS: Record<DeviceRole, string> = {
  kiosk: 'kiosk (mengambil nomor)',
  counter: 'counter (memanggil dan melayani)',
  supervisor: 'supervisor (membuka dan menutup gerai)',
  display: 'display (papan panggilan)',
};

/** Refuses (and audits) a device without `role`; `action` names the attempt in the audit log. */
export function requireRole(ctx: ServerContext, device: DeviceConfig, role: DeviceRole, action: string): void {
  if (!device.roles.includes(role)) {
    ctx.audit.record(device.id, action, 'refused', `tanpa peran ${role}`);
    throw new ApiFailure(403, 'forbidden', `Perangkat ini tidak berwenang untuk tindakan ini; diperlukan peran ${ROLE_WORDS[role]}`);
  }
}

export function requireScope(ctx: ServerContext, device: DeviceConfig, geraiId: string, action: string): void {
  if (device.gerai.length > 0 && !device.gerai.includes(geraiId)) {
    ctx.audit.record(device.id, action, 'refused', `di luar gerai perangkat: ${geraiId}`);
    throw new ApiFailure(403, 'forbidden', 'Perangkat ini tidak berwenang untuk gerai tersebut');
  }
}

/**
 * The ticket `id` if the device may see it. Another gerai's ticket answers exactly like a
 * missing one (404), so a counter cannot learn which tickets exist elsewhere; the attempt is audited.
 */
export function scopedTicket(ctx: ServerContext, device: DeviceConfig, id: string, action: string) {
  const ticket = ctx.store.getTicket(id);
  if (device.gerai.length > 0 && !device.gerai.includes(ticket.geraiId)) {
    ctx.audit.record(device.id, action, 'refused', `tiket ${id} di luar gerai perangkat`);
    throw notFound(`Tiket "${id}" tidak ditemukan`);
  }
  return ticket;
}
