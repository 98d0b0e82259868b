// Priority residents (lansia, disabilitas, ibu hamil) may mark a booking as priority: at
// check-in (or at once, for "Ambil nomor") its ticket joins the line as a priority ticket,
// served before the regular line exactly like the kiosk's priority tickets.
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../src/queue-server/dev/harness.ts';
import { baseConfig, book, callNext, checkIn, cleanup, start, walkIn } from './queue-booking-helpers.ts';

afterAll(cleanup);

describe('priority bookings', () => {
  it('serves a priority booking before the regular line, like a priority ticket from the kiosk', async () => {
    const server = await start(baseConfig());
    expect((await walkIn(server.url)).body.ticket.number).toBe('A-001');
    expect((await walkIn(server.url)).body.ticket.number).toBe('A-002');
    const booked = await book(server.url, { window: '09.00', priority: 'lansia' });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'booked', priority: 'lansia' });
    const inLine = await checkIn(server.url, booked.body.code);
    expect(inLine.body.ticket).toMatchObject({ number: 'A-003', priority: 'lansia' });
    // "Ambil nomor" with a priority joins the priority line at once.
    const now = await book(server.url, { priority: 'ibu-hamil' });
    expect(now.body).toMatchObject({ status: 'checked_in', priority: 'ibu-hamil' });
    expect((await walkIn(server.url)).body.ticket.number).toBe('A-005');
    const order = [];
    for (let i = 0; i < 5; i++) order.push((await callNext(server.url)).body.ticket.number);
    expect(order).toEqual(['A-003', 'A-004', 'A-001', 'A-002', 'A-005']);
    // A booking without priority stays in the regular line.
    expect((await book(server.url, { window: '10.00' })).body.priority).toBeNull();
  });

  it('refuses an unknown priority group with a message naming the field', async () => {
    const server = await start(baseConfig());
    const res = await book(server.url, { window: '09.00', priority: 'vip' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Kolom priority: pilih salah satu dari disabilitas, lansia, ibu-hamil, atau kosongkan');
    expect((await call(server.url, '/v1/booking')).body.gerai[0].onlineLeft).toBe(4);
  });
});
