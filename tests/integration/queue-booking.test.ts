// Online booking against the real server on loopback: the online and walk-in shares are
// exact and neither takes the other's, one person books once per service per day, a
// checked-in booking joins the same line as walk-ins, an unused window is released, and a
// closure in the content cancels the day's bookings with its reason.
import { afterAll, describe, expect, it } from 'vitest';
import { call, makeTempDir } from '../../src/queue-server/dev/harness.ts';
import { baseConfig, book, callNext, checkIn, cleanup, GERAI, MONDAY_9, offerOf, start, TOKEN, walkIn } from './queue-booking-helpers.ts';

afterAll(cleanup);

describe('online booking', () => {
  it('advertises booking in the snapshot and offers today and the days ahead with windows', async () => {
    const server = await start(baseConfig({ daysAhead: 2, opensAt: '07:00' }));
    const snap = (await call(server.url, '/v1/antrean')).body;
    expect(snap).toMatchObject({ revision: 3, booking: '/v1/booking' });
    const g = await offerOf(server.url);
    expect(g).toMatchObject({ takeNow: true, onlineQuota: 4, onlineLeft: 4, walkInQuota: 6, walkInLeft: 6 });
    expect(g.days.map((d: { day: string }) => d.day)).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
    // Today's windows that already ended are not offered (09:00 now).
    expect(g.days[0].windows[0]).toEqual({ start: '09.00', end: '09.30' });
    expect(g.days[1].windows[0]).toEqual({ start: '08.00', end: '08.30' });
    // A server without booking says so in the snapshot, and the booking paths answer 404.
    const plain = await start({ ...baseConfig(), booking: undefined });
    expect((await call(plain.url, '/v1/antrean')).body.booking).toBeNull();
    expect((await call(plain.url, '/v1/booking')).status).toBe(404);
  });

  it('keeps the online and walk-in shares exact, neither taking the other’s', async () => {
    const server = await start(baseConfig());
    const walkIns = await Promise.all(Array.from({ length: 15 }, () => walkIn(server.url)));
    expect(walkIns.filter((r) => r.status === 201)).toHaveLength(6);
    const refused = walkIns.find((r) => r.status === 409);
    expect(refused?.body.error.message).toBe('Kuota datang langsung gerai Dukcapil hari ini sudah habis');
    // The kiosk screen says so on the gerai's button, though online places remain.
    const kiosk = (await call(server.url, '/v1/staff/gerai', { token: TOKEN })).body.gerai[0];
    expect(kiosk).toMatchObject({ quotaLeft: 0, closedReason: 'Kuota datang langsung gerai Dukcapil hari ini sudah habis' });
    // Walk-ins used up their share; the online share is untouched.
    const online = await Promise.all(Array.from({ length: 15 }, () => book(server.url)));
    expect(online.filter((r) => r.status === 201)).toHaveLength(4);
    expect(online.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(11).fill('quota_exhausted'));
    expect(await offerOf(server.url)).toMatchObject({ onlineLeft: 0, walkInLeft: 0, takeNow: false });
    expect((await call(server.url, '/v1/antrean')).body.gerai[0].waiting).toBe(10);
  });

  it('books one person once per service per day, even in a rush', async () => {
    const server = await start(baseConfig({ onlineQuota: { dukcapil: 50 } }, { gerai: [{ ...GERAI[0], dailyQuota: 60 }, GERAI[1]] }));
    const same = { name: 'Siti Aminah', phone: '0812-3456-7890', window: '10.00' };
    const rush = await Promise.all(Array.from({ length: 10 }, () => book(server.url, same)));
    expect(rush.filter((r) => r.status === 201)).toHaveLength(1);
    const again = rush.find((r) => r.status === 409);
    expect(again?.body.error).toEqual({
      code: 'already_booked',
      message: 'Anda sudah punya pesanan aktif untuk layanan ini pada hari itu',
    });
    // Another service the same day is a separate booking.
    expect((await book(server.url, { ...same, service: 'paspor-baru' })).status).toBe(201);
    expect((await offerOf(server.url)).onlineLeft).toBe(48);
  });

  it('refuses bad input with a message naming the field', async () => {
    const server = await start(baseConfig());
    expect((await book(server.url, { name: '12345' })).body.error.message).toBe(
      'Kolom nama: isi nama atau inisial (huruf, maksimal 60 karakter)',
    );
    expect((await book(server.url, { phone: '12ab' })).body.error.message).toBe('Kolom nomor ponsel: 8–15 angka, atau kosongkan');
    expect((await book(server.url, { window: '07.13' })).body.error.message).toBe(
      'Kolom window: pilih salah satu waktu datang yang ditawarkan',
    );
    expect((await offerOf(server.url)).onlineLeft).toBe(4);
  });

  it('checks a booking in at the kiosk into the same line as walk-ins; priority still goes first', async () => {
    const server = await start(baseConfig());
    expect((await walkIn(server.url)).body.ticket.number).toBe('A-001');
    const booked = await book(server.url, { window: '09.00' });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'booked', window: { start: '09.00', end: '09.30' }, ticketPath: null });
    expect(booked.body.code).toMatch(/^[A-Z0-9]{6}$/);
    expect((await walkIn(server.url)).body.ticket.number).toBe('A-002');
    const inLine = await checkIn(server.url, booked.body.code.toLowerCase());
    expect(inLine.status).toBe(201);
    expect(inLine.body.ticket).toMatchObject({ number: 'A-003', status: 'waiting', geraiId: 'dukcapil' });
    expect((await checkIn(server.url, booked.body.code)).body.error.message).toBe('Sudah check-in: nomor antrean A-003');
    // "Ambil nomor": a number for today straight into the line.
    const now = await book(server.url);
    expect(now.body).toMatchObject({ status: 'checked_in', window: null });
    expect((await walkIn(server.url, 'lansia')).body.ticket.number).toBe('A-005');
    const order = [];
    for (let i = 0; i < 5; i++) order.push((await callNext(server.url)).body.ticket.number);
    expect(order).toEqual(['A-005', 'A-001', 'A-002', 'A-003', 'A-004']);
    const view = (await call(server.url, `/v1/booking/${booked.body.key}`)).body;
    expect(view.statusText).toBe('Sudah check-in: nomor antrean A-003');
    expect((await call(server.url, `/v1/tiket/${view.ticketPath.split('/').pop()}`)).body.statusText).toBe(
      'Dipanggil ke loket 3: silakan menuju loket',
    );
  });

  it('refuses a check-in before the window and releases a booking not checked in by its end', async () => {
    // 09:29:56 WIB: the 09.00–09.30 window ends in four seconds.
    const server = await start(baseConfig({ earlyMinutes: 15 }), '2025-03-10T02:29:56Z');
    const late = await book(server.url, { window: '09.00' });
    const later = await book(server.url, { window: '11.00' });
    expect((await checkIn(server.url, later.body.code)).body.error.message).toBe('Belum waktunya check-in: waktu datang Anda 11.00–11.30');
    await new Promise((r) => setTimeout(r, 5_000));
    const refused = await checkIn(server.url, late.body.code);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('Dilepas karena tidak check-in sebelum pukul 09.30');
    expect((await call(server.url, `/v1/booking/${late.body.key}`)).body.status).toBe('released');
    // A released booking keeps its online place used: no second sale of the same slot.
    expect((await offerOf(server.url)).onlineLeft).toBe(2);
  });

  it('cancels the bookings of a day a closure in the content rules out, with its reason', async () => {
    const dir = makeTempDir();
    const weekly = Object.fromEntries(
      ['senin', 'selasa', 'rabu', 'kamis', 'jumat'].map((d) => [d, [{ mulai: '08:00', selesai: '15:00' }]]),
    );
    const open = { weekly, rules: [] };
    let server = await start(baseConfig({}, { hours: open }), MONDAY_9, dir);
    const tuesday = await book(server.url, { day: '2025-03-11', window: '10.00' });
    expect(tuesday.status).toBe(201);
    await server.stop();
    const closure = { name: 'Cuti bersama', start: '2025-03-11', end: null, kind: 'tutup', intervals: [], gerai: [] };
    server = await start(baseConfig({}, { hours: { weekly, rules: [closure] } }), MONDAY_9, dir);
    const view = (await call(server.url, `/v1/booking/${tuesday.body.key}`)).body;
    expect(view).toMatchObject({ status: 'canceled', cancelReason: 'Cuti bersama', statusText: 'Dibatalkan karena Cuti bersama' });
    const page = await fetch(`${server.url}${view.bookingPath}`);
    expect(await page.text()).toContain('Dibatalkan karena Cuti bersama');
    const refused = await book(server.url, { day: '2025-03-11', window: '10.00' });
    expect(refused.body.error.message).toBe('Gerai Dukcapil tutup pada tanggal itu: Cuti bersama');
    expect((await offerOf(server.url)).days[1]).toMatchObject({ closed: 'Cuti bersama', windows: [] });
  });
});
