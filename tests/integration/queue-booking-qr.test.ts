// The booking's QR code: the booking page /pesanan/{key} draws it as inline SVG (no script, the
// screens' CSP unchanged) with an Indonesian text alternative; rendered to pixels it decodes to
// the text the kiosk's check-in accepts as a scanner types it. A scanned text that is not a
// booking is refused in words the resident understands, and the booking stays as it was. The
// booking and ticket pages name the priority group, and the kiosk may use its camera.
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../src/queue-server/dev/harness.ts';
import { SCREEN_CSP } from '../../src/queue-server/screen-routes.ts';
import { baseConfig, book, checkIn, cleanup, start } from './queue-booking-helpers.ts';

afterAll(cleanup);

const page = async (url: string, path: string) => {
  const res = await fetch(url + path);
  return { res, html: await res.text() };
};

/** Renders the page's inline SVG to pixels, as a phone screen shows it, and reads it like a scanner. */
function decodeSvg(svg: string): string | null {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 300 }, background: 'white' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';

describe('booking QR code', () => {
  it('draws the booking as an inline SVG QR code that decodes to the text the kiosk check-in accepts', async () => {
    const server = await start(baseConfig());
    const booked = await book(server.url, { window: '09.00' });
    expect(booked.status).toBe(201);
    const { code, key } = booked.body as { code: string; key: string };
    const { res, html } = await page(server.url, `/pesanan/${key}`);
    expect(res.headers.get('content-security-policy')).toBe(SCREEN_CSP);
    expect(html).not.toContain('<script');
    const svg = svgOf(html);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`<title id="qr-pesanan-judul">Kode QR pesanan ${code}: tunjukkan ke kios</title>`);
    // Small enough for a cheap screen and scanner: a version 1 code (21 modules) plus the quiet zone.
    expect(svg).toContain('viewBox="0 0 29 29"');
    const payload = decodeSvg(svg);
    expect(payload).toBe(`MPP-PESANAN:${code}`);

    const inLine = await checkIn(server.url, payload as string);
    expect(inLine.status).toBe(201);
    expect(inLine.body.ticket.number).toBe('A-001');
    expect((await call(server.url, `/v1/booking/${key}`)).body.status).toBe('checked_in');
    // Once checked in the page no longer offers a code to scan.
    expect(svgOf((await page(server.url, `/pesanan/${key}`)).html)).toBe('');
  });

  it('refuses a scanned text that is not a booking with a clear Indonesian message, and the booking stays booked', async () => {
    const server = await start(baseConfig());
    const booked = await book(server.url, { window: '09.00' });
    const { code, key } = booked.body as { code: string; key: string };
    const message = 'Kode QR ini bukan kode pesanan MPP. Tunjukkan kode QR dari halaman pesanan Anda, atau ketik kode 6 huruf/angkanya.';
    for (const text of [`${server.url}/tiket/1-abcdefghijkl`, 'MPP-PESANAN:ABC', `MPP-TIKET:${code}`, `${code}${code}`]) {
      const res = await checkIn(server.url, text);
      expect(res.status, text).toBe(400);
      expect(res.body.error.message, text).toBe(message);
    }
    // A typed code keeps its own message; the booking is untouched by the refusals.
    expect((await checkIn(server.url, 'AB1')).body.error.message).toBe('Kode pesanan harus 6 huruf/angka');
    expect((await call(server.url, `/v1/booking/${key}`)).body.status).toBe('booked');
    // A scanner with caps lock on still checks in; so does the typed code.
    expect((await checkIn(server.url, ` mpp-pesanan:${code.toLowerCase()} `)).status).toBe(201);
  });

  it('names the priority group on the booking page and on the live ticket page', async () => {
    const server = await start(baseConfig());
    const booked = await book(server.url, { window: '09.00', priority: 'lansia' });
    const { code, key } = booked.body as { code: string; key: string };
    expect((await page(server.url, `/pesanan/${key}`)).html).toContain('<dt>Prioritas</dt><dd>Lansia</dd>');
    const inLine = await checkIn(server.url, code);
    expect(inLine.status).toBe(201);
    const ticketPage = (await page(server.url, inLine.body.ticketPath)).html;
    expect(ticketPage).toContain('<dt>Prioritas</dt><dd>Lansia</dd>');
    // Without a priority group neither page has the line.
    const plain = await book(server.url, { window: '09.00' });
    expect((await page(server.url, `/pesanan/${plain.body.key}`)).html).not.toContain('<dt>Prioritas</dt>');
    const plainIn = await checkIn(server.url, plain.body.code);
    expect((await page(server.url, plainIn.body.ticketPath)).html).not.toContain('<dt>Prioritas</dt>');
  });

  it('lets only the kiosk page use the camera, and serves the QR decoder from the queue server itself', async () => {
    const server = await start(baseConfig());
    expect((await page(server.url, '/layar/kios')).res.headers.get('permissions-policy')).toBe(
      'camera=(self), microphone=(), geolocation=()',
    );
    for (const screen of ['loket', 'papan', 'supervisor']) {
      expect((await page(server.url, `/layar/${screen}`)).res.headers.get('permissions-policy')).toBe(
        'camera=(), microphone=(), geolocation=()',
      );
    }
    const decoder = await page(server.url, '/layar/aset/jsqr.js');
    expect(decoder.res.status).toBe(200);
    expect(decoder.res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(decoder.html).toContain('root["jsQR"]');
  });
});
