// The resident's booking page /pesanan/{key}: code (also as a QR code for the kiosk), gerai,
// date, window, priority and status, and once checked in a link to the live ticket page. Plain HTML with a reload link (no automatic
// refresh, which would move a screen reader's place): it works on slow phones and without JavaScript.
import type { ServerResponse } from 'node:http';
import { fill, formatDate } from '../../lib/format.ts';
import type { BookingView } from '../../lib/queue/contract.ts';
import { BASE_HEADERS } from '../http.ts';
import { SCREEN_CSP } from '../screen-routes.ts';
import { esc } from '../screens/pages.ts';
import { bookingQrSvg } from './qr.ts';
import { SCREEN_STRINGS } from '../screens/strings.ts';

const S = SCREEN_STRINGS;
const T = S.booking;

export function sendPage(res: ServerResponse, page: string): void {
  const body = Buffer.from(page);
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Security-Policy': SCREEN_CSP,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}

export function bookingPage(view: BookingView, earlyMinutes: number): string {
  const rows: [string, string][] = [
    [T.code, view.code],
    [T.gerai, view.geraiName],
    [T.day, formatDate(view.serviceDay)],
    ...(view.window ? [[T.window, `${view.window.start}–${view.window.end}`] as [string, string]] : []),
    ...(view.priority ? [[T.priority, S.kiosk[view.priority]] as [string, string]] : []),
    [T.status, view.statusText],
  ];
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(fill(T.title, { code: view.code }))} · ${esc(S.appName)}</title>
<link rel="stylesheet" href="/layar/aset/layar.css">
<link rel="icon" href="data:,">
</head>
<body class="layar layar-tiket">
<main id="isi">
<h1 class="layar-judul">${esc(T.code)} <span class="nomor" id="kode">${esc(view.code)}</span></h1>
<dl class="fakta" id="fakta">${rows.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>
${view.ticketPath ? `<p><a class="tombol" href="${esc(view.ticketPath)}">${esc(T.openTicket)}</a></p>` : ''}
${view.status === 'booked' ? `<figure class="qr">${bookingQrSvg(view.code)}</figure>` : ''}
${view.status === 'booked' ? `<p class="petunjuk">${esc(fill(T.kioskHint, { early: earlyMinutes }))}</p>` : ''}
${view.status === 'booked' ? `<p><a href="">${esc(T.reload)}</a></p>` : ''}
<p class="petunjuk">${esc(T.privacy)}</p>
</main>
</body>
</html>
`;
}
