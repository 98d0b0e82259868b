// Pairing: the device claims the one-time code a supervisor shows (typed on the on-screen
// keypad, or carried in the address after # when the QR code was scanned) and keeps the token
// it receives. No token is ever typed or shown.
import { credential, el, fill, forgetCredential, render, S, saveCredential, status } from './common.js';

const HOME = { kiosk: '/layar/kios', counter: '/layar/loket', display: '/layar/papan', supervisor: '/layar/supervisor' };
const home = (device) => HOME[device.roles[0]] || '/layar';
let code = '';

async function claim(value) {
  status(S.pair.working);
  let result;
  try {
    const res = await fetch('/v1/devices/claim', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: value }),
    });
    result = { status: res.status, body: await res.json().catch(() => null) };
  } catch {
    result = { status: 0, body: null };
  }
  if (result.status !== 200) {
    status(result.body?.error?.message || S.common.offline);
    return;
  }
  saveCredential(result.body);
  status(fill(S.pair.done, { name: result.body.device.name }));
  // The code is spent; drop it from the address before moving on.
  history.replaceState(null, '', '/layar/pasang');
  setTimeout(() => location.assign(home(result.body.device)), 800);
}

function erase() {
  code = code.slice(0, -1);
  draw();
}

function keypad() {
  const shown = el(
    'output',
    { id: 'kode', class: 'kode', 'aria-live': 'off', for: 'kode-label' },
    code.replace(/(\d{4})(?=\d)/, '$1 ') || ' ',
  );
  const press = (digit) => {
    if (code.length < 8) code += digit;
    draw();
    if (code.length === 8) void claim(code);
  };
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) =>
    el('button', { type: 'button', class: 'kunci', onclick: () => press(d) }, d),
  );
  keys.push(
    el('button', { type: 'button', class: 'kunci', 'aria-label': S.pair.erase, onclick: erase }, '⌫'),
    el('button', { type: 'button', class: 'kunci', onclick: () => press('0') }, '0'),
    el('button', { type: 'button', class: 'kunci utama', onclick: () => code.length === 8 && claim(code) }, S.pair.submit),
  );
  return [
    el('p', { id: 'kode-label' }, S.pair.intro),
    el('p', {}, el('span', { class: 'label' }, S.pair.codeLabel), ' ', shown),
    el('div', { class: 'papan-kunci' }, keys),
  ];
}

function forget() {
  forgetCredential();
  draw();
}

function draw() {
  const cred = credential();
  const paired = cred
    ? el(
        'div',
        { class: 'kartu' },
        el('p', {}, fill(S.pair.current, { name: cred.device.name })),
        el('a', { class: 'tombol', href: home(cred.device) }, S.pair.open),
        ' ',
        el('button', { type: 'button', class: 'tombol sekunder', onclick: forget }, S.pair.forget),
      )
    : null;
  render(paired, keypad());
}

document.addEventListener('keydown', (event) => {
  if (/^\d$/.test(event.key) && code.length < 8) {
    code += event.key;
    draw();
    if (code.length === 8) void claim(code);
  } else if (event.key === 'Backspace') {
    code = code.slice(0, -1);
    draw();
  }
});

const fromQr = /kode=(\d{8})/.exec(location.hash)?.[1];
draw();
if (fromQr) void claim(fromQr);
