// The online shares hold at the MPP-wide level too: the MPP's dailyQuota minus all online
// shares is the walk-ins' part, so walk-ins can never take the places residents booked
// online, and online bookings can never take the walk-ins' (the config refuses shares that
// do not fit in the quotas they are part of).
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../src/queue-server/config.ts';
import { call } from '../../src/queue-server/dev/harness.ts';
import { baseConfig, book, checkIn, cleanup, offerOf, start, TOKEN } from './queue-booking-helpers.ts';

afterAll(cleanup);

// No gerai quota: only the MPP-wide dailyQuota of 10 limits, 4 of it online at Dukcapil.
const GERAI = [
  { id: 'dukcapil', name: 'Dukcapil', prefix: 'A', counters: 3 },
  { id: 'samsat', name: 'Samsat', prefix: 'D', counters: 1 },
];
const walkInAt = (url: string, geraiId: string) => call(url, '/v1/staff/tickets', { token: TOKEN, body: { geraiId } });

describe('MPP-wide shares', () => {
  it('keeps the MPP-wide walk-in and online shares exact, neither taking the other’s', async () => {
    const server = await start(baseConfig({}, { gerai: GERAI, dailyQuota: 10 }));
    // Walk-ins at either gerai share the 6 places the online share leaves.
    const walkIns = [];
    for (let i = 0; i < 8; i++) walkIns.push(await walkInAt(server.url, i % 2 === 0 ? 'samsat' : 'dukcapil'));
    expect(walkIns.filter((r) => r.status === 201)).toHaveLength(6);
    const refused = walkIns.at(-1);
    expect(refused?.status).toBe(409);
    expect(refused?.body.error).toMatchObject({ code: 'quota_exhausted', message: 'Kuota datang langsung MPP hari ini sudah habis' });
    // The kiosk screen shows every gerai as used up for walk-ins, with the reason.
    const kiosk = (await call(server.url, '/v1/staff/gerai', { token: TOKEN })).body;
    expect(kiosk.gerai).toHaveLength(2);
    for (const g of kiosk.gerai) expect(g).toMatchObject({ quotaLeft: 0, closedReason: expect.stringContaining('habis') });
    // The 4 online places are still all there: booked ones check in, one takes a number now.
    const booked = await Promise.all([1, 2, 3].map(() => book(server.url, { window: '09.00' })));
    expect(booked.map((r) => r.status)).toEqual([201, 201, 201]);
    for (const b of booked) expect((await checkIn(server.url, b.body.code)).status).toBe(201);
    expect((await book(server.url)).status).toBe(201);
    const fifth = await book(server.url, { window: '10.00' });
    expect(fifth.status).toBe(409);
    expect(fifth.body.error.message).toBe('Kuota daring untuk hari itu sudah habis');
    const snapshot = (await call(server.url, '/v1/antrean')).body;
    expect(snapshot.mpp).toMatchObject({ issuedToday: 10, quota: 10, quotaLeft: 0 });
  });

  it('a supervisor lowering today’s gerai quota shrinks both shares in proportion and keeps the bookings already accepted', async () => {
    // Dukcapil: 20 a day, 10 of them online.
    const gerai = [{ ...GERAI[0], dailyQuota: 20 }, GERAI[1]];
    const server = await start(baseConfig({ onlineQuota: { dukcapil: 10 } }, { gerai, dailyQuota: null }));
    const split = async () => (await call(server.url, '/v1/staff/gerai', { token: TOKEN })).body.gerai[0].split;
    expect(await split()).toEqual({ online: 10, onlineBooked: 0, walkIn: 10 });
    for (let i = 0; i < 4; i++) expect((await book(server.url, { window: '10.00' })).status).toBe(201);
    const setQuota = (dailyQuota: number | null) =>
      call(server.url, '/v1/staff/gerai/dukcapil/quota', { token: TOKEN, body: { dailyQuota } });

    // Two officers are away: 10 today. Both halves shrink to 5; the answer shows the split.
    const lowered = await setQuota(10);
    expect(lowered.status).toBe(200);
    expect(lowered.body.gerai.split).toEqual({ online: 5, onlineBooked: 4, walkIn: 5 });
    expect(await offerOf(server.url)).toMatchObject({ onlineQuota: 5, onlineLeft: 1, walkInQuota: 5, walkInLeft: 5 });
    expect((await book(server.url, { window: '10.30' })).status).toBe(201);
    const over = await book(server.url, { window: '10.30' });
    expect(over.status).toBe(409);
    expect(over.body.error.message).toBe('Kuota daring untuk hari itu sudah habis');
    // Walk-ins get exactly their 5 and not one of the online places.
    const walkIns = [];
    for (let i = 0; i < 7; i++) walkIns.push((await walkInAt(server.url, 'dukcapil')).status);
    expect(walkIns.filter((s) => s === 201)).toHaveLength(5);

    // Lowered below what was already booked online: every booking stays, walk-ins get the rest (none).
    const low = await setQuota(4);
    expect(low.body.gerai.split).toEqual({ online: 5, onlineBooked: 5, walkIn: 0 });
    const booked = await call(server.url, '/v1/booking');
    expect(booked.body.gerai[0]).toMatchObject({ onlineQuota: 5, onlineLeft: 0 });
    // Back to the configured quota: the configured shares return.
    expect((await setQuota(null)).body.gerai.split).toEqual({ online: 10, onlineBooked: 5, walkIn: 10 });
    // Other days keep the configured share whatever today's quota is.
    await setQuota(2);
    const days = (await call(server.url, '/v1/booking')).body.gerai[0].days as { day: string; onlineLeft: number }[];
    expect(days.find((d) => d.day === '2025-03-11')?.onlineLeft).toBe(10);
  });

  it('refuses online shares that do not fit in the MPP or gerai quota, naming the field', () => {
    expect(() =>
      normalizeConfig({ ...baseConfig({ onlineQuota: { dukcapil: 8, samsat: 5 } }), dailyQuota: 12, timeZone: 'Asia/Jakarta' }),
    ).toThrow('Konfigurasi tidak valid: booking.onlineQuota: jumlah bagian daring semua gerai (13) melebihi dailyQuota MPP (12)');
    expect(() => normalizeConfig({ ...baseConfig({ onlineQuota: { dukcapil: 11 } }), timeZone: 'Asia/Jakarta' })).toThrow(
      'Konfigurasi tidak valid: booking.onlineQuota.dukcapil (11) melebihi dailyQuota gerai Dukcapil (10)',
    );
  });
});
