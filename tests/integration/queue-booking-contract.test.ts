// The booking endpoints follow the contract's JSON Schema (revision 2): the snapshot that
// advertises booking, the offer and a booking all validate, and a bad booking setting in
// antrean.json stops the server with an Indonesian message naming the field.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, normalizeConfig } from '../../src/queue-server/config.ts';
import { openDatabase } from '../../src/queue-server/db.ts';
import { call, makeTempDir } from '../../src/queue-server/dev/harness.ts';
import { baseConfig, book, cleanup, start } from './queue-booking-helpers.ts';

afterAll(cleanup);

type Schema = Record<string, unknown>;
const root = JSON.parse(readFileSync(new URL('../../src/lib/queue/contract.schema.json', import.meta.url), 'utf8')) as Schema;
const defs = root.$defs as Record<string, Schema>;

function typeOk(value: unknown, type: unknown): boolean {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return [type].flat().some((t) => t === kind || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && kind === 'number'));
}

/** Problems of `value` against `schema` (the keywords the contract uses), as "path: problem". */
function problems(value: unknown, schema: Schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') return problems(value, defs[schema.$ref.replace('#/$defs/', '')] as Schema, path);
  if (schema.anyOf) return (schema.anyOf as Schema[]).some((s) => problems(value, s, path).length === 0) ? [] : [`${path}: no anyOf`];
  if (schema.const !== undefined && value !== schema.const) return [`${path}: not ${String(schema.const)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${path}: not one of ${schema.enum.join(', ')}`];
  if (schema.type && !typeOk(value, schema.type)) return [`${path}: not ${String(schema.type)}`];
  const out: string[] = [];
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern as string).test(value)) out.push(`${path}: pattern`);
    if (schema.maxLength !== undefined && value.length > (schema.maxLength as number)) out.push(`${path}: too long`);
  }
  if (typeof value === 'number' && schema.maximum !== undefined && value > (schema.maximum as number)) out.push(`${path}: too big`);
  if (typeof value === 'number' && schema.minimum !== undefined && value < (schema.minimum as number)) out.push(`${path}: too small`);
  if (Array.isArray(value) && schema.items) {
    for (const [i, v] of value.entries()) out.push(...problems(v, schema.items as Schema, `${path}[${i}]`));
  }
  if (typeOk(value, 'object') && !Array.isArray(value) && value !== null) {
    const o = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in o)) out.push(`${path}.${key}: missing`);
    for (const [key, sub] of Object.entries((schema.properties as Record<string, Schema>) ?? {}))
      if (key in o) out.push(...problems(o[key], sub, `${path}.${key}`));
  }
  return out;
}

describe('booking contract', () => {
  it('serves a snapshot, offer and booking that follow the JSON Schema', async () => {
    const server = await start(baseConfig());
    const snapshot = (await call(server.url, '/v1/antrean')).body;
    expect(problems(snapshot, root)).toEqual([]);
    expect(snapshot.booking).toBe('/v1/booking');
    expect(problems((await call(server.url, '/v1/booking')).body, defs.BookingOffer as Schema)).toEqual([]);
    const booked = (await book(server.url, { window: '10.00' })).body;
    expect(problems(booked, defs.BookingView as Schema)).toEqual([]);
    const now = (await book(server.url)).body;
    expect(problems(now, defs.BookingView as Schema)).toEqual([]);
    expect(now.ticketPath).toMatch(/^\/tiket\//);
    // The checker is not a rubber stamp.
    expect(problems({ ...booked, status: 'lost' }, defs.BookingView as Schema)).toEqual(['$.status: no anyOf']);
  });

  it('refuses a booking setting for an unknown gerai or out of range, naming the field', () => {
    const base = { timeZone: 'Asia/Jakarta', gerai: [{ id: 'dukcapil', name: 'Dukcapil', prefix: 'A' }] };
    expect(() => normalizeConfig({ ...base, booking: { onlineQuota: { samsat: 5 } } })).toThrow(
      new ConfigError('Konfigurasi tidak valid: booking.onlineQuota: gerai "samsat" tidak ada di daftar gerai'),
    );
    expect(() => normalizeConfig({ ...base, booking: { powBits: 40 } })).toThrow(
      new ConfigError('Konfigurasi tidak valid: booking.powBits harus bilangan bulat 0–24'),
    );
    expect(() => normalizeConfig({ ...base, booking: { opensAt: '7 pagi' } })).toThrow(
      new ConfigError('Konfigurasi tidak valid: booking.opensAt harus jam berbentuk JJ:MM, mis. 07:00'),
    );
    expect(normalizeConfig({ ...base, booking: { onlineQuota: { dukcapil: 5 } } }).booking).toMatchObject({
      enabled: true,
      onlineQuota: { dukcapil: 5 },
      powBits: 16,
    });
  });

  it('serves each gerai’s usual quiet hours from the queue’s own history, following the JSON Schema (revision 3)', async () => {
    // Four weeks before Monday 10 March 2025 at Dukcapil: 6 tickets an hour 08.00–15.00 WIB,
    // but only 1 on Tuesday to Thursday afternoons. Samsat has no history.
    const dir = makeTempDir();
    const db = openDatabase(dir);
    const insert = db.prepare(
      `INSERT INTO tickets (service_day, gerai_id, seq, number, status, issued_at) VALUES (?, 'dukcapil', ?, ?, 'finished', ?)`,
    );
    for (let d = 0; d < 28; d++) {
      const date = new Date(Date.UTC(2025, 1, 10 + d));
      const weekday = (date.getUTCDay() + 6) % 7;
      if (weekday > 4) continue;
      const day = date.toISOString().slice(0, 10);
      let seq = 0;
      for (let hour = 8; hour < 15; hour++) {
        const n = weekday >= 1 && weekday <= 3 && hour >= 13 ? 1 : 6;
        for (let i = 0; i < n; i++) insert.run(day, ++seq, `A-${seq}`, date.getTime() + (hour - 7) * 3_600_000 + i * 60_000);
      }
    }
    db.close();
    const server = await start(baseConfig(), undefined, dir);
    const res = await call(server.url, '/v1/antrean/sepi');
    expect(res.status).toBe(200);
    expect(problems(res.body, defs.QuietHoursResponse as Schema)).toEqual([]);
    expect(res.body).toMatchObject({ revision: 3, serviceDay: '2025-03-10', weeks: 8 });
    expect(res.body.gerai).toEqual([
      { id: 'dukcapil', quiet: { days: ['selasa', 'rabu', 'kamis'], start: '13.00', end: '15.00' } },
      { id: 'samsat', quiet: null },
    ]);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    // The checker is not a rubber stamp.
    expect(
      problems(
        { ...res.body, gerai: [{ id: 'x', quiet: { days: ['monday'], start: '13:00', end: '15.00' } }] },
        defs.QuietHoursResponse as Schema,
      ),
    ).not.toEqual([]);
  });
});
