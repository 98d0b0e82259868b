// Server-rendered HTML shells of the screens. Each page carries its texts and settings as a
// JSON data block (not executed, so the strict CSP allows it) and one module script; all
// behaviour lives in ./assets. The resident's ticket page is rendered in full here, so it
// works before (and without) its refresh script.
import type { Ticket } from '../../lib/queue/contract.ts';
import { SCREEN_STRINGS as S } from './strings.ts';

/** Escapes text for HTML element content and attribute values. */
export const esc = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** JSON safe inside a <script type="application/json"> block. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The screens and their scripts. */
export const SCREENS = {
  pasang: { script: 'pasang.js', title: S.pair.title },
  kios: { script: 'kios.js', title: S.kiosk.title },
  loket: { script: 'loket.js', title: S.counter.title },
  papan: { script: 'papan.js', title: S.board.title },
  supervisor: { script: 'supervisor.js', title: S.supervisor.title },
  laporan: { script: 'laporan.js', title: S.report.title },
} as const;
export type ScreenName = keyof typeof SCREENS;

function shell(name: string, title: string, body: string, data: unknown, script?: string, manifest?: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${esc(title)} · ${esc(S.appName)}</title>
<link rel="stylesheet" href="/layar/aset/layar.css">
<link rel="icon" href="data:,">
${manifest ? `<link rel="manifest" href="${esc(manifest)}">\n<meta name="theme-color" content="#0b4f8a">` : ''}
</head>
<body class="layar layar-${name}">
${body}
<script type="application/json" id="layar-data">${jsonBlock(data)}</script>
${script ? `<script type="module" src="/layar/aset/${script}"></script>` : ''}
</body>
</html>
`;
}

/** A screen's page: a heading, a status line and an empty app container the script fills. */
export function screenPage(name: ScreenName, settings: { timeZone: string }): string {
  const { title, script } = SCREENS[name];
  const body = `<main id="isi" tabindex="-1">
<h1 class="layar-judul">${esc(title)}</h1>
<p class="layar-status" id="status" role="status" aria-live="polite"></p>
<div id="app"></div>
</main>`;
  return shell(name, title, body, { strings: S, screen: name, ...settings }, script);
}

/** The list of screens at /layar. */
export function indexPage(): string {
  const links = (Object.keys(SCREENS) as ScreenName[])
    .filter((n) => n !== 'laporan')
    .map((n) => {
      const label = {
        pasang: S.index.pair,
        kios: S.index.kiosk,
        loket: S.index.counter,
        papan: S.index.board,
        supervisor: S.index.supervisor,
      }[n as Exclude<ScreenName, 'laporan'>];
      return `<li><a class="tombol" href="/layar/${n}">${esc(label)}</a></li>`;
    })
    .join('\n');
  return shell(
    'indeks',
    S.index.title,
    `<main id="isi"><h1 class="layar-judul">${esc(S.index.title)}</h1><p>${esc(S.index.intro)}</p><ul class="daftar-layar">${links}</ul></main>`,
    { strings: S },
  );
}

/** What the live ticket page shows. */
export interface TicketView {
  key: string;
  ticket: Ticket;
  geraiName: string;
  ahead: number | null;
  nowServing: string | null;
  closedReason: string | null;
  transferredTo: { number: string; geraiName: string } | null;
  /** From the booking the ticket came from (the portal's service page); empty for walk-ins. */
  checklist: string[];
  directions: string | null;
}

/** The status of a ticket in words for the resident. */
export function ticketStatusText(view: Pick<TicketView, 'ticket' | 'transferredTo'>): string {
  const t = view.ticket;
  if (t.status === 'canceled' && t.cancelReason === 'transferred') {
    return view.transferredTo
      ? `${S.ticket.statuses.transferred}: ${view.transferredTo.geraiName}, nomor ${view.transferredTo.number}`
      : S.ticket.statuses.transferred;
  }
  if (t.status === 'canceled' && t.cancelReason === 'skipped') return S.ticket.statuses.skipped;
  return S.ticket.statuses[t.status].replace('{counter}', String(t.counter ?? ''));
}

/** The resident's live ticket page (the ticket's QR code leads here). */
export function ticketPage(view: TicketView): string {
  const t = view.ticket;
  const rows = [
    [S.ticket.gerai, view.geraiName],
    ...(t.priority ? [[S.ticket.priority, S.kiosk[t.priority]]] : []),
    [S.ticket.status, ticketStatusText(view)],
    ...(t.status === 'waiting' && view.ahead !== null ? [[S.ticket.ahead, S.ticket.aheadN.replace('{n}', String(view.ahead))]] : []),
    [S.ticket.nowServing, view.nowServing ?? S.common.none],
  ];
  const body = `<main id="isi">
<h1 class="layar-judul">${esc(S.ticket.number)} <span class="nomor" id="nomor">${esc(t.number)}</span></h1>
${t.status === 'waiting' && view.ahead !== null ? `<p class="besar" id="depan">${esc(S.ticket.aheadLine.replace('{n}', String(view.ahead)))}</p>` : ''}
${view.closedReason && t.status === 'waiting' ? `<p class="peringatan" id="tutup">${esc(S.ticket.closed.replace('{reason}', view.closedReason))}</p>` : ''}
<dl class="fakta" id="fakta">${rows.map(([k, v]) => `<div><dt>${esc(k as string)}</dt><dd>${esc(v as string)}</dd></div>`).join('')}</dl>
${view.checklist.length > 0 ? `<h2>${esc(S.ticket.checklist)}</h2><ul id="dokumen">${view.checklist.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}
${view.directions ? `<h2>${esc(S.ticket.directions)}</h2><p id="arah">${esc(view.directions)}</p>` : ''}
<p><button type="button" class="sekunder" id="izin" hidden>${esc(S.ticket.alertOn)}</button>
<button type="button" class="sekunder" id="bagikan" hidden>${esc(S.ticket.share)}</button></p>
<p class="petunjuk">${esc(S.ticket.refreshed)} <noscript><a href="">${esc(S.ticket.reload)}</a></noscript></p>
<p class="layar-status" id="status" role="status" aria-live="polite"></p>
</main>`;
  return shell(
    'tiket',
    S.ticket.title.replace('{number}', t.number),
    body,
    { strings: S, key: view.key, status: ticketStatusText(view), number: t.number, gerai: view.geraiName },
    'tiket.js',
    `/tiket/${view.key}/manifest.webmanifest`,
  );
}

/**
 * The live ticket page as an app of its own: installed from the page, it opens this ticket
 * (start_url and scope are the ticket's address), so a resident can leave the browser and
 * come back to the same number with one tap.
 */
export function ticketManifest(view: TicketView) {
  const start = `/tiket/${view.key}`;
  const name = S.ticket.installName.replace('{number}', view.ticket.number);
  return {
    name: `${name} · ${view.geraiName}`,
    short_name: name,
    lang: 'id',
    start_url: start,
    scope: start,
    id: start,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: [192, 512].map((size) => ({ src: `/layar/aset/ikon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
}
