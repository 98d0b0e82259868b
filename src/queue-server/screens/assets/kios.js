// Kiosk: a resident picks a gerai and the kind of queue (two touches), the ticket prints on
// the thermal printer through the browser, and the screen returns to the start by itself.
// Closed gerai and used-up quotas say so on their button. Network loss shows a notice and
// the screen keeps retrying; after a power cut the browser simply reloads this page.
// A booking checks in by its code: typed, typed by a USB barcode scanner from the booking's QR
// code (text plus Enter, wherever the focus is), or read by the kiosk's camera.
import { api, el, errorText, every, fill, formatDateTime, render, requireDevice, S, settings, status } from './common.js';
import { scan } from './kios-kamera.js';

const K = S.kiosk;
const PRIORITIES = ['disabilitas', 'lansia', 'ibu-hamil'];
const BACK_TO_START_MS = 30_000;
const TICKET_SHOWN_MS = 12_000;
let gerai = [];
let view = { name: 'start' };
let idleTimer = null;
let stopCamera = null;
/** The booking QR code's text, as src/queue-server/booking/qr.ts writes it. */
const BOOKING_QR = /^MPP-PESANAN:[A-Z0-9]{6}$/i;
/** Typing longer than a code is a scanner's (or a camera's) text. */
const TYPED_MAX = 8;

function restartIdle(ms = BACK_TO_START_MS) {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => show({ name: 'start' }), ms);
}

function show(next) {
  stopCamera?.();
  stopCamera = null;
  view = next;
  if (next.name !== 'start') restartIdle(next.name === 'ticket' ? TICKET_SHOWN_MS : BACK_TO_START_MS);
  draw();
  document.getElementById('app').querySelector('input, button, a')?.focus();
}

function geraiButton(g) {
  const closed = !g.open || g.quotaLeft === 0;
  const note = !g.open
    ? `${K.closed}: ${g.closedReason}`
    : g.quotaLeft === 0
      ? `${K.quotaGone}: ${g.closedReason}`
      : fill(K.waiting, { n: g.waiting });
  return el(
    'button',
    {
      type: 'button',
      'aria-disabled': closed ? 'true' : null,
      'data-gerai': g.id,
      onclick: () => (closed ? status(g.closedReason) : show({ name: 'kind', gerai: g })),
    },
    el('span', {}, g.name),
    el('small', {}, note),
  );
}

function slip(result, g) {
  const { day, time } = formatDateTime(result.ticket.issuedAt, settings.timeZone);
  const ahead = result.waitingAhead === 0 ? K.aheadNone : fill(K.ahead, { n: result.waitingAhead });
  return el(
    'div',
    { class: 'slip', 'aria-hidden': 'true' },
    el('p', { class: 'slip-mpp' }, S.appName),
    el('p', { class: 'slip-kecil' }, K.yourNumber),
    el('p', { class: 'slip-nomor' }, result.ticket.number),
    el('p', { class: 'slip-gerai' }, g.name),
    result.ticket.priority ? el('p', { class: 'slip-prioritas' }, K[result.ticket.priority]) : null,
    el('p', {}, ahead),
    el('p', { class: 'slip-kecil' }, `${day}, ${time}`),
    el('img', { src: `${result.ticketPath}/qr.svg`, alt: '' }),
    el('p', { class: 'slip-kecil' }, K.scan),
  );
}

/** A booking from the portal: the resident types its code and gets a number in the same line. */
async function checkIn(code) {
  status(K.checkingIn);
  const result = await api('POST', '/v1/staff/booking/check-in', { code });
  if (result.status === 401) return;
  if (result.status !== 201) {
    status(errorText(result));
    // The next scan (or typing) replaces the refused text instead of adding to it.
    const field = document.getElementById('kode-pesanan');
    field?.focus();
    field?.select();
    return;
  }
  const g = gerai.find((x) => x.id === result.body.ticket.geraiId) ?? { name: result.body.booking.geraiName };
  status(K.printing);
  show({ name: 'ticket', result: result.body, gerai: g });
  window.print();
  void refresh();
}

function codeForm() {
  const input = el('input', {
    id: 'kode-pesanan',
    name: 'kode',
    autocomplete: 'off',
    autocapitalize: 'characters',
    maxlength: '40',
    required: 'required',
    class: 'kode',
  });
  return el(
    'form',
    {
      class: 'kartu',
      onsubmit: (event) => {
        event.preventDefault();
        restartIdle();
        void checkIn(input.value);
      },
    },
    el('label', { for: 'kode-pesanan' }, K.codeLabel),
    input,
    el('p', {}, el('button', { type: 'submit' }, K.codeSubmit)),
    el('p', { class: 'petunjuk' }, K.scannerHint),
    el(
      'p',
      {},
      el('button', { type: 'button', class: 'sekunder', 'data-kamera': 'pindai', onclick: () => show({ name: 'camera' }) }, K.scanQr),
    ),
    el('p', {}, el('button', { type: 'button', class: 'sekunder', onclick: () => show({ name: 'start' }) }, K.back)),
  );
}

async function issue(g, priority) {
  status(K.issuing);
  const result = await api('POST', '/v1/staff/tickets', priority ? { geraiId: g.id, priority } : { geraiId: g.id });
  if (result.status === 401) return;
  if (result.status !== 201) {
    const message = errorText(result);
    status(message);
    void refresh();
    show({ name: 'start' });
    // The refusal stays long enough to read, then the next resident gets a clean screen.
    setTimeout(() => document.getElementById('status').textContent === message && status(''), 10_000);
    return;
  }
  status(K.printing);
  show({ name: 'ticket', result: result.body, gerai: g });
  const img = document.querySelector('.slip img');
  try {
    await img?.decode();
  } catch {
    // Print without the QR code rather than not at all.
  }
  window.print();
  void refresh();
}

function draw() {
  if (view.name === 'kind') {
    const g = view.gerai;
    render(
      el('h2', {}, fill(K.chooseKind, { gerai: g.name })),
      el(
        'div',
        { class: 'pilihan' },
        el(
          'button',
          { type: 'button', 'data-jenis': 'umum', onclick: () => issue(g, null) },
          el('span', {}, K.normal),
          el('small', {}, K.normalHint),
        ),
      ),
      el('h3', { class: 'pilihan-prioritas' }, K.priorityTitle),
      el(
        'div',
        { class: 'pilihan' },
        PRIORITIES.map((p) => el('button', { type: 'button', 'data-jenis': p, onclick: () => issue(g, p) }, el('span', {}, K[p]))),
      ),
      el('p', {}, el('button', { type: 'button', class: 'sekunder', onclick: () => show({ name: 'start' }) }, K.back)),
    );
  } else if (view.name === 'ticket') {
    const { result, gerai: g } = view;
    const ahead = result.waitingAhead === 0 ? K.aheadNone : fill(K.ahead, { n: result.waitingAhead });
    render(
      el(
        'div',
        { class: 'tiket-layar kartu' },
        el('p', {}, K.yourNumber),
        el('p', { class: 'nomor', id: 'nomor-tiket' }, result.ticket.number),
        el('p', { class: 'besar' }, g.name),
        el('p', {}, ahead),
        el('button', { type: 'button', onclick: () => show({ name: 'start' }) }, K.done),
      ),
      slip(result, g),
    );
  } else if (view.name === 'camera') {
    const video = el('video', { id: 'kamera', class: 'kamera', muted: true, playsinline: true, 'aria-label': K.cameraVideo });
    render(
      el('h2', {}, K.scanTitle),
      el('p', {}, K.scanHint),
      video,
      el('p', {}, el('button', { type: 'button', class: 'sekunder', onclick: () => show({ name: 'code' }) }, K.back)),
    );
    status(K.cameraStarting);
    stopCamera = scan(video, {
      onReady: () => status(K.scanHint),
      onProblem: (key) => status(K[key]),
      onText: (text) => {
        restartIdle();
        if (!BOOKING_QR.test(text.trim())) {
          status(K.notBooking);
          return;
        }
        show({ name: 'code' });
        void checkIn(text);
      },
    });
  } else if (view.name === 'code') {
    render(el('h2', {}, K.haveCode), codeForm());
    document.getElementById('kode-pesanan')?.focus();
  } else {
    const code = el(
      'button',
      { type: 'button', class: 'sekunder', 'data-kode': 'pesanan', onclick: () => show({ name: 'code' }) },
      el('span', {}, K.haveCode),
      el('small', {}, K.haveCodeHint),
    );
    render(el('h2', {}, K.chooseGerai), el('div', { class: 'pilihan' }, gerai.map(geraiButton)), el('p', {}, code));
  }
}

async function refresh() {
  const result = await api('GET', '/v1/staff/gerai');
  if (result.status === 401) return;
  if (result.status !== 200) {
    status(S.common.offline);
    return;
  }
  if (document.getElementById('status').textContent === S.common.offline) status('');
  gerai = result.body.gerai;
  if (view.name === 'start') draw();
}

/**
 * A USB barcode scanner types the QR code's text and Enter into whatever has the focus. On the
 * code screen every key goes to the code field and Enter checks in; on the start screen a
 * booking's text followed by Enter checks in at once.
 */
let typed = '';
let typedAt = 0;
function scannerKey(event) {
  if ((view.name !== 'start' && view.name !== 'code') || event.ctrlKey || event.altKey || event.metaKey) return;
  const input = document.getElementById('kode-pesanan');
  if (input && event.target === input) return;
  if (input) {
    if (event.key.length === 1) {
      event.preventDefault();
      input.value += event.key;
      input.focus();
    } else if (event.key === 'Enter' && input.value) {
      event.preventDefault();
      input.form.requestSubmit();
    }
    return;
  }
  // A scanner types a whole text within a moment; older keys are someone else's.
  if (event.timeStamp - typedAt > 1000) typed = '';
  typedAt = event.timeStamp;
  if (event.key.length === 1) typed += event.key;
  else if (event.key === 'Enter' && typed.length > TYPED_MAX) {
    // Enter would press the focused gerai button: the text decides instead.
    event.preventDefault();
    const text = typed;
    typed = '';
    if (BOOKING_QR.test(text)) void checkIn(text);
    else {
      status(K.notBooking);
      // Read, then gone: the next resident gets a clean screen.
      setTimeout(() => document.getElementById('status').textContent === K.notBooking && status(''), 10_000);
    }
  }
}

if (requireDevice('kiosk')) {
  document.addEventListener('keydown', scannerKey);
  draw();
  void refresh();
  every(10_000, refresh);
  window.addEventListener('online', () => void refresh());
}
