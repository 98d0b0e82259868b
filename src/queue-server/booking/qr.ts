// The booking's QR code: what it holds ("MPP-PESANAN:ABC123", short and all in the QR
// alphanumeric set, so it fits a version 1 code that a cheap phone screen and a cheap scanner
// read), how the booking page draws it (inline SVG, no script, so the page's CSP still holds),
// and how the kiosk's check-in reads what a scanner or the camera gives back.
import { encode } from 'uqr';
import { fill } from '../../lib/format.ts';
import { badRequest } from '../errors.ts';
import { esc } from '../screens/pages.ts';
import { SCREEN_STRINGS } from '../screens/strings.ts';

/** Prefix of the payload; the kiosk script recognises the same one. */
export const BOOKING_QR_PREFIX = 'MPP-PESANAN:';
const PAYLOAD = /^MPP-PESANAN:([A-Z0-9]{6})$/;
/** Longest typed code the old form took ("ABC-123" and the like); anything longer came from a scanner. */
const TYPED_MAX = 8;

/** The text the booking's QR code holds. */
export const bookingQrPayload = (code: string) => `${BOOKING_QR_PREFIX}${code}`;

/**
 * What the kiosk sent, as the value the check-in reads: the code inside a booking payload, or a
 * typed code left as it is (the check-in cleans and checks it). A scanned text that is not a
 * booking (a ticket's link, a shop's QR) is refused here with words the resident understands.
 */
export function codeFromScan(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const text = input.trim().toUpperCase();
  const payload = PAYLOAD.exec(text);
  if (payload) return payload[1];
  if (text.length > TYPED_MAX || text.includes(':') || text.includes('/')) {
    throw badRequest(SCREEN_STRINGS.booking.notBookingQr);
  }
  return input;
}

/**
 * The QR code as inline SVG: one path of dark runs per row on a white square with the standard
 * four-module quiet zone, and an Indonesian text alternative for screen readers.
 */
export function bookingQrSvg(code: string): string {
  const qr = encode(bookingQrPayload(code), { ecc: 'M', border: 4 });
  let d = '';
  qr.data.forEach((row, y) => {
    for (let x = 0; x < qr.size; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  const label = esc(fill(SCREEN_STRINGS.booking.qrAlt, { code }));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr-pesanan" id="qr-pesanan" role="img" aria-labelledby="qr-pesanan-judul" ` +
    `viewBox="0 0 ${qr.size} ${qr.size}" width="${qr.size * 8}" height="${qr.size * 8}" shape-rendering="crispEdges">` +
    `<title id="qr-pesanan-judul">${label}</title>` +
    `<rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
