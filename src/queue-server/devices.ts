// Devices enrolled from the supervisor screen, beside those in the config file. Nobody types
// a token: the supervisor creates a device and shows a one-time 8-digit code (and a QR code
// of the pairing address); the device claims the code once and receives its own token, which
// it keeps in its browser storage. Only hashes are stored. Revoking sets revoked_at, and since
// every staff request is authenticated afresh, the device is refused from its next request on.
import { randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DatabaseSync } from 'node:sqlite';
import type { Audit } from './audit.ts';
import { bearerToken, createAuthenticator, generateToken, hashToken } from './auth.ts';
import type { Clock } from './clock.ts';
import { DEVICE_ROLES, type DeviceConfig, type DeviceRole, type QueueServerConfig } from './config.ts';
import { ApiFailure, badRequest, notFound } from './errors.ts';

/** A one-time code is valid this long after the supervisor creates it. */
export const CODE_TTL_MS = 10 * 60_000;
/** Failed claims MPP-wide within CLAIM_WINDOW_MS before claiming pauses (an 8-digit code must not be guessable). */
const MAX_FAILED_CLAIMS = 20;
const CLAIM_WINDOW_MS = 10 * 60_000;

/** A device as the supervisor screen lists it. */
export interface DeviceInfo {
  id: string;
  name: string;
  roles: DeviceRole[];
  gerai: string[];
  /** 'config': from the config file (revoked by editing it); 'enrolled': from this screen. */
  source: 'config' | 'enrolled';
  status: 'active' | 'waiting' | 'expired' | 'revoked';
}

interface DeviceRow {
  id: string;
  name: string;
  roles: string;
  gerai: string;
  token_hash: string | null;
  code_expires_at: number | null;
  claimed_at: number | null;
  revoked_at: number | null;
}

const toConfig = (r: DeviceRow): DeviceConfig => ({
  id: r.id,
  name: r.name,
  tokenHash: r.token_hash ?? '',
  roles: JSON.parse(r.roles) as DeviceRole[],
  gerai: JSON.parse(r.gerai) as string[],
  dailyQuota: null,
});

/** Checks a new device's fields; messages name the field as the supervisor screen shows it. */
export function enrolmentInput(body: Record<string, unknown>, geraiIds: readonly string[]) {
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name.length < 2 || name.length > 60) throw badRequest('Nama perangkat wajib diisi (2–60 karakter)');
  const role = body.role;
  if (typeof role !== 'string' || !(DEVICE_ROLES as readonly string[]).includes(role)) {
    throw badRequest(`Peran perangkat harus salah satu dari: ${DEVICE_ROLES.join(', ')}`);
  }
  const gerai = Array.isArray(body.gerai) ? body.gerai : body.gerai === undefined ? [] : null;
  if (gerai === null || gerai.some((g) => typeof g !== 'string' || !geraiIds.includes(g))) {
    throw badRequest('Gerai perangkat tidak dikenal; pilih dari daftar gerai');
  }
  if (role === 'counter' && gerai.length !== 1) throw badRequest('Perangkat loket harus dipasang untuk tepat satu gerai');
  return { name, roles: [role as DeviceRole], gerai: gerai as string[] };
}

export type DeviceRegistry = ReturnType<typeof createDeviceRegistry>;

/** Binds enrolment, claiming, revocation and authentication to the database. */
export function createDeviceRegistry(db: DatabaseSync, config: QueueServerConfig, clock: Clock, audit: Audit) {
  const fromConfig = createAuthenticator(config.devices);
  const q = {
    byToken: db.prepare('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL'),
    byCode: db.prepare('SELECT * FROM devices WHERE code_hash = ?'),
    byId: db.prepare('SELECT * FROM devices WHERE id = ?'),
    all: db.prepare('SELECT * FROM devices ORDER BY created_at'),
    insert: db.prepare(`INSERT INTO devices (id, name, roles, gerai, code_hash, code_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    claim: db.prepare('UPDATE devices SET token_hash = ?, code_hash = NULL, claimed_at = ? WHERE id = ?'),
    revoke: db.prepare('UPDATE devices SET revoked_at = ?, code_hash = NULL WHERE id = ?'),
  };
  let failures: number[] = [];

  const newCode = () => String(randomInt(0, 100_000_000)).padStart(8, '0');

  return {
    /** The device whose token the request carries (config file first), or null. */
    authenticate(req: IncomingMessage): DeviceConfig | null {
      const known = fromConfig(req);
      if (known) return known;
      const token = bearerToken(req);
      if (token === null) return null;
      // Tokens are 32 random bytes, so looking their hash up by index reveals nothing useful.
      const row = q.byToken.get(hashToken(token)) as DeviceRow | undefined;
      return row ? toConfig(row) : null;
    },

    /** Creates a device waiting for its code to be claimed. */
    enrol(input: { name: string; roles: DeviceRole[]; gerai: string[] }, by: string) {
      const now = clock.now().getTime();
      const id = `perangkat-${now.toString(36)}-${randomInt(0, 1_000_000).toString(36)}`;
      let code = newCode();
      while (q.byCode.get(hashToken(code))) code = newCode();
      q.insert.run(id, input.name, JSON.stringify(input.roles), JSON.stringify(input.gerai), hashToken(code), now + CODE_TTL_MS, now);
      audit.record(by, 'enrol', 'ok', `${id} (${input.name}, ${input.roles.join(',')})`);
      return { id, code, expiresAt: new Date(now + CODE_TTL_MS).toISOString() };
    },

    /** Exchanges a one-time code for the device's own token; refuses unknown, used or expired codes alike. */
    claim(code: string): { token: string; device: DeviceConfig } {
      const now = clock.now().getTime();
      failures = failures.filter((at) => now - at < CLAIM_WINDOW_MS);
      if (failures.length >= MAX_FAILED_CLAIMS) {
        throw new ApiFailure(429, 'rate_limited', 'Terlalu banyak kode salah; tunggu 10 menit lalu coba lagi', { 'Retry-After': '600' });
      }
      const row = /^\d{8}$/.test(code) ? (q.byCode.get(hashToken(code)) as DeviceRow | undefined) : undefined;
      if (!row || row.revoked_at !== null || (row.code_expires_at ?? 0) < now) {
        failures.push(now);
        audit.record(null, 'claim', 'refused', 'kode tidak dikenal atau kedaluwarsa');
        throw notFound('Kode pemasangan salah atau sudah kedaluwarsa; minta kode baru di layar supervisor');
      }
      const token = generateToken();
      q.claim.run(hashToken(token), now, row.id);
      audit.record(row.id, 'claim', 'ok', row.name);
      return { token, device: toConfig({ ...row, token_hash: hashToken(token) }) };
    },

    /** Revokes an enrolled device at once. */
    revoke(id: string, by: string): void {
      const row = q.byId.get(id) as DeviceRow | undefined;
      if (!row) {
        if (config.devices.some((d) => d.id === id)) {
          throw badRequest('Perangkat dari berkas konfigurasi dicabut dengan menghapus entrinya lalu memulai ulang server');
        }
        throw notFound(`Perangkat "${id}" tidak ditemukan`);
      }
      q.revoke.run(clock.now().getTime(), id);
      audit.record(by, 'revoke', 'ok', `${id} (${row.name})`);
    },

    /** Every device, config file first. */
    list(): DeviceInfo[] {
      const now = clock.now().getTime();
      const fromFile: DeviceInfo[] = config.devices.map((d) => ({ ...pick(d), source: 'config', status: 'active' }));
      const enrolled = (q.all.all() as unknown as DeviceRow[]).map((r): DeviceInfo => {
        const status = r.revoked_at !== null ? 'revoked' : r.token_hash ? 'active' : (r.code_expires_at ?? 0) < now ? 'expired' : 'waiting';
        return { ...pick(toConfig(r)), source: 'enrolled', status };
      });
      return [...fromFile, ...enrolled];
    },

    /** Whether any supervisor can sign in (else the server prints a first code at start-up). */
    hasSupervisor(): boolean {
      return this.list().some((d) => d.roles.includes('supervisor') && d.status === 'active');
    },
  };
}

const pick = (d: DeviceConfig) => ({ id: d.id, name: d.name, roles: d.roles, gerai: d.gerai });
