// Counter (loket): call the next number (priority first, decided by the server), call again,
// start, mark not present, transfer to another gerai, finish; with keyboard shortcuts, the
// waiting count and today's average service time. The counter number is chosen once per
// device and kept in its browser.
import { api, el, errorText, every, fill, minutesText, render, requireDevice, S, status } from './common.js';

const C = S.counter;
const COUNTER_KEY = 'antrean-nomor-loket';
let device = null;
let counter = Number(localStorage.getItem(COUNTER_KEY)) || null;
let desk = null;
let choosingTransfer = false;
let busy = false;

const geraiId = () => device.gerai[0];

async function load() {
  if (!counter) return;
  const result = await api('GET', `/v1/staff/gerai/${encodeURIComponent(geraiId())}/counter/${counter}`);
  if (result.status === 401) return;
  if (result.status !== 200) {
    status(errorText(result));
    return;
  }
  desk = result.body;
  draw();
}

async function act(action) {
  if (busy || !desk) return;
  const current = desk.current;
  const id = current ? encodeURIComponent(current.id) : null;
  const calls = {
    next: () => [['POST', `/v1/staff/gerai/${encodeURIComponent(geraiId())}/call-next`, { counter }]],
    recall: () => id && [['POST', `/v1/staff/tickets/${id}/recall`, { counter }]],
    start: () => id && current.status === 'called' && [['POST', `/v1/staff/tickets/${id}/start`, {}]],
    skip: () => id && [['POST', `/v1/staff/tickets/${id}/skip`, {}]],
    // "Selesai" on a called ticket starts and finishes it: the resident came and was served.
    finish: () =>
      id && [
        ...(current.status === 'called' ? [['POST', `/v1/staff/tickets/${id}/start`, {}]] : []),
        ['POST', `/v1/staff/tickets/${id}/finish`, {}],
      ],
  }[action]?.();
  if (!calls) return;
  busy = true;
  try {
    for (const [method, path, body] of calls) {
      const result = await api(method, path, body);
      if (result.status === 401) return;
      if (result.status >= 300) {
        status(result.body?.error?.code === 'queue_empty' ? C.queueEmpty : errorText(result));
        return;
      }
      if (result.body?.ticket) status(`${result.body.ticket.number}: ${C.status[result.body.ticket.status] ?? C[action]}`);
    }
  } finally {
    busy = false;
    await load();
  }
}

async function transfer(target) {
  const current = desk?.current;
  if (!current) return;
  const result = await api('POST', `/v1/staff/tickets/${encodeURIComponent(current.id)}/transfer`, { geraiId: target.id });
  choosingTransfer = false;
  status(result.status === 200 ? `${current.number} → ${target.name}: ${result.body.ticket.number}` : errorText(result));
  await load();
}

const BUTTONS = [
  ['next', 'N'],
  ['recall', 'U'],
  ['start', 'M'],
  ['skip', 'T'],
  ['transfer', 'A'],
  ['finish', 'S'],
];

function press(action) {
  if (action === 'transfer') {
    if (!desk?.current) return;
    choosingTransfer = true;
    draw();
    document.querySelector('.pilih-gerai button')?.focus();
  } else void act(action);
}

function cancelTransfer() {
  choosingTransfer = false;
  draw();
}

function chooser() {
  const count = Math.max(6, desk?.gerai?.counters ?? 0);
  return [
    el('h2', {}, C.chooseCounter),
    el(
      'div',
      { class: 'aksi' },
      Array.from({ length: count }, (_, i) =>
        el('button', { type: 'button', onclick: () => choose(i + 1) }, fill(C.counterN, { n: i + 1 })),
      ),
    ),
  ];
}

function choose(n) {
  counter = n;
  localStorage.setItem(COUNTER_KEY, String(n));
  void load();
  draw();
}

function draw() {
  if (!counter) return render(chooser());
  if (!desk) return;
  const g = desk.gerai;
  const current = desk.current;
  document.querySelector('.layar-judul').textContent = `${fill(C.counterN, { n: counter })} · ${g.name}`;
  const has = (action) => action === 'next' || Boolean(current);
  render(
    el(
      'section',
      { class: 'kartu', 'aria-labelledby': 'kini-judul' },
      el('h2', { id: 'kini-judul' }, C.current),
      current
        ? [
            el('p', { class: 'loket-kini', id: 'nomor-kini' }, current.number),
            el('p', {}, C.status[current.status] ?? '', current.priority ? ` · ${C.priority}` : ''),
          ]
        : el('p', {}, C.noneCurrent),
    ),
    el(
      'dl',
      { class: 'fakta' },
      el('div', {}, el('dt', {}, C.waiting), el('dd', { id: 'menunggu' }, String(g.waiting))),
      el('div', {}, el('dt', {}, C.priorityWaiting), el('dd', {}, String(desk.priorityWaiting))),
      el('div', {}, el('dt', {}, C.avgService), el('dd', {}, minutesText(g.avgServiceMinutes))),
    ),
    g.open ? null : el('p', { class: 'peringatan' }, g.closedReason),
    choosingTransfer && current
      ? el(
          'section',
          { class: 'kartu pilih-gerai' },
          el('h2', {}, fill(C.transferTo, { number: current.number })),
          el(
            'div',
            { class: 'aksi' },
            desk.transferTo.map((t) => el('button', { type: 'button', onclick: () => transfer(t) }, t.name)),
          ),
          el('button', { type: 'button', class: 'sekunder', onclick: cancelTransfer }, C.cancel),
        )
      : el(
          'div',
          { class: 'aksi' },
          BUTTONS.map(([action, key]) =>
            el(
              'button',
              {
                type: 'button',
                'data-aksi': action,
                'aria-keyshortcuts': key,
                'aria-disabled': has(action) ? null : 'true',
                onclick: () => press(action),
              },
              C[action],
              ' ',
              el('kbd', { 'aria-hidden': 'true' }, key),
            ),
          ),
        ),
    el('p', {}, C.shortcuts),
    el('p', {}, el('button', { type: 'button', class: 'sekunder', onclick: () => choose(0) }, C.changeCounter)),
  );
}

document.addEventListener('keydown', (event) => {
  if (!device || !counter || event.ctrlKey || event.altKey || event.metaKey) return;
  if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
  const found = BUTTONS.find(([, key]) => key === event.key.toUpperCase());
  if (found && !choosingTransfer) {
    event.preventDefault();
    press(found[0]);
  } else if (event.key === 'Escape' && choosingTransfer) {
    choosingTransfer = false;
    draw();
  }
});

device = requireDevice('counter');
if (device) {
  draw();
  void load();
  every(3_000, load);
  window.addEventListener('online', () => void load());
}
