// Shared by every screen script: the page's texts and settings, the device's own credential
// (kept in this browser's storage after pairing), API calls that never throw, and small DOM
// utilities. Plain JavaScript modules with no build step, so an MPP can read what runs on its
// kiosks, and cheap TV boxes and tablets run it as it is.

const data = JSON.parse(document.getElementById('layar-data')?.textContent || '{}');
/** The screen texts (src/queue-server/screens/strings.ts). */
export const S = data.strings;
/** Settings the server put in the page (screen, timeZone…). */
export const settings = data;

const KEY = 'antrean-perangkat';

/** The stored credential {token, device} or null. */
export function credential() {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) || 'null');
    return value && typeof value.token === 'string' ? value : null;
  } catch {
    return null;
  }
}
export function saveCredential(value) {
  localStorage.setItem(KEY, JSON.stringify(value));
}
export function forgetCredential() {
  localStorage.removeItem(KEY);
}

/** Fills "{name}" placeholders. */
export function fill(text, values) {
  return String(text).replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

/** An element with attributes (on* are listeners) and children (strings or nodes). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces the app container's content. */
export function render(...nodes) {
  const app = document.getElementById('app');
  app.replaceChildren(...nodes.flat().filter(Boolean));
}

/** Sets the polite status line (only when it changes, so screen readers hear it once). */
export function status(text) {
  const node = document.getElementById('status');
  if (node && node.textContent !== text) node.textContent = text;
}

/**
 * Calls the queue API with the device's token. Resolves {status, body}; status 0 for a network
 * failure. A 401 forgets the credential and shows the revoked notice: a revoked device stops here.
 */
export async function api(method, path, body) {
  const cred = credential();
  const headers = { Accept: 'application/json' };
  if (cred) headers.Authorization = `Bearer ${cred.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (res.status === 401) {
      forgetCredential();
      showRevoked();
    }
    return { status: res.status, body: json };
  } catch {
    return { status: 0, body: null };
  }
}

/** The server's error message, or a generic one. */
export const errorText = (result) => result.body?.error?.message || S.common.offline;

/** Replaces the screen with the "not paired / revoked" notice and a link to pairing. */
export function showRevoked() {
  stopAll();
  render(
    el('p', { class: 'peringatan besar', role: 'alert' }, S.common.revoked),
    el('a', { class: 'tombol', href: '/layar/pasang' }, S.common.pairLink),
  );
}

const timers = new Set();
/** setInterval that showRevoked() stops. */
export function every(ms, fn) {
  const id = setInterval(fn, ms);
  timers.add(id);
  return id;
}
export function stopAll() {
  for (const id of timers) clearInterval(id);
  timers.clear();
}

/**
 * The paired device if it holds `role`, else shows why not and returns null. The server has
 * the last word on every request; this only avoids showing a screen that cannot work.
 */
export function requireDevice(role) {
  const cred = credential();
  if (!cred) {
    render(
      el('p', { class: 'peringatan besar' }, S.common.notPaired),
      el('a', { class: 'tombol', href: '/layar/pasang' }, S.common.pairLink),
    );
    return null;
  }
  if (!cred.device.roles.includes(role)) {
    render(
      el('p', { class: 'peringatan besar' }, S.common.wrongRole),
      el('a', { class: 'tombol', href: '/layar/pasang' }, S.common.pairLink),
    );
    return null;
  }
  return cred.device;
}

/** "HH.MM" and a long date in the MPP's time zone. */
export function formatDateTime(iso, timeZone) {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('id-ID', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat('id-ID', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return { day, time: time.replace(':', '.') };
}

/** Minutes in words, or a dash. */
export const minutesText = (n) =>
  n === null || n === undefined ? S.common.none : fill(S.common.minutes, { n: String(n).replace('.', ',') });
