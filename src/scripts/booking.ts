// Online booking on service and gerai pages (progressive enhancement). Reads the queue
// snapshot; only when the API advertises booking (`booking` path, contract revision 2) and
// takes online bookings for this gerai does the form appear. Booking solves the server's
// proof-of-work challenge in the browser, then opens the live ticket or booking page on the
// queue server. No NIK is asked; the browser keeps only a random id of itself. On gerai
// pages it also shows the usual quiet hours (revision 3), whether or not booking is offered.
import { formatDate } from '../lib/format.ts';
import {
  type BookingGerai,
  type BookingOffer,
  type BookingView,
  QUIET_HOURS_PATH,
  type QuietHoursResponse,
} from '../lib/queue/contract.ts';
import { type QuietHours, quietSpanText } from '../lib/queue/quiet-hours.ts';

interface Settings {
  apiUrl: string;
  geraiId: string;
  service: string;
  checklist: string[];
  directions: string;
  strings: Record<string, string>;
  quietHours?: boolean;
}

/** A snapshot larger than this is not one (the live-queue island applies the same kind of bound). */
const MAX_BYTES = 512 * 1024;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

function browserId(): string {
  const key = 'antrean-peramban';
  try {
    const saved = localStorage.getItem(key);
    if (saved && /^[A-Za-z0-9_-]{16,64}$/.test(saved)) return saved;
    const fresh = Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(key, fresh);
    return fresh;
  } catch {
    return Array.from(crypto.getRandomValues(new Uint8Array(18)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
}

/** Finds a nonce whose SHA-256 with the challenge starts with `bits` zero bits (the server's proof-of-work). */
async function solve(challenge: string, bits: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`)));
    let zero = 0;
    for (const byte of digest) {
      if (byte === 0) {
        zero += 8;
        continue;
      }
      zero += Math.clz32(byte) - 24;
      break;
    }
    if (zero >= bits) return nonce;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  input.id = id;
  return el('p', { class: 'booking-field' }, el('label', { for: id }, label), input);
}

function render(root: HTMLElement, s: Settings, g: BookingGerai, api: URL): void {
  const t = s.strings as Record<string, string>;
  const status = root.querySelector<HTMLElement>('[data-booking-status]') as HTMLElement;
  const app = root.querySelector<HTMLElement>('[data-booking-app]') as HTMLElement;
  const intro = root.querySelector<HTMLElement>('[data-booking-intro]');
  if (intro) intro.hidden = true;
  const quota = el('p', { 'data-booking-quota': '' }, fill(t.quotaToday as string, { left: g.onlineLeft, quota: g.onlineQuota }));
  const name = el('input', { name: 'name', autocomplete: 'name', maxlength: '60', required: '' });
  const phone = el('input', { name: 'phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel', maxlength: '20' });
  const when = el('select', { name: 'when' });
  const priority = el(
    'select',
    { name: 'priority' },
    el('option', { value: '' }, t.priorityNone as string),
    el('option', { value: 'lansia' }, t.priorityLansia as string),
    el('option', { value: 'disabilitas' }, t.priorityDisabilitas as string),
    el('option', { value: 'ibu-hamil' }, t.priorityIbuHamil as string),
  );
  for (const day of g.days) {
    const label = formatDate(day.day, { weekday: true });
    if (day.closed) {
      when.append(el('option', { disabled: '' }, fill(t.closedDay as string, { day: label, reason: day.closed })));
      continue;
    }
    if (day.onlineLeft === 0 || day.windows.length === 0) continue;
    const group = el('optgroup', { label });
    for (const w of day.windows) group.append(el('option', { value: `${day.day}|${w.start}` }, `${w.start}–${w.end}`));
    when.append(group);
  }
  const takeNow = el('button', { type: 'submit', name: 'mode', value: 'now' }, t.takeNow as string);
  const book = el('button', { type: 'submit', name: 'mode', value: 'window', class: 'secondary' }, t.book as string);
  if (!g.takeNow) takeNow.setAttribute('disabled', '');
  if (when.querySelectorAll('option[value]').length === 0) book.setAttribute('disabled', '');
  const form = el(
    'form',
    { class: 'booking-form', novalidate: '' },
    field(`${s.geraiId}-nama`, t.name as string, name),
    field(`${s.geraiId}-ponsel`, t.phone as string, phone),
    field(`${s.geraiId}-waktu`, t.when as string, when),
    field(`${s.geraiId}-prioritas`, t.priority as string, priority),
    el('p', { class: 'booking-actions' }, takeNow, ' ', book),
    el('p', { class: 'muted' }, t.privacy as string, ' ', el('a', { href: '/privasi/' }, t.privacyLink as string)),
  );
  const notes: HTMLElement[] = [];
  if (!g.takeNow) notes.push(el('p', {}, t.takeNowClosed as string));
  if (g.onlineLeft === 0) notes.push(el('p', {}, t.quotaGone as string));
  app.replaceChildren(quota, ...notes, form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const mode = ((event as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? 'now';
    if (name.value.trim() === '') {
      status.textContent = t.nameMissing as string;
      name.focus();
      return;
    }
    for (const b of [takeNow, book]) b.setAttribute('aria-disabled', 'true');
    status.textContent = t.working as string;
    try {
      const challenge = await (await fetch(new URL('/v1/booking/challenge', api), { method: 'POST' })).json();
      if (!challenge.challenge) throw new Error(challenge.error?.message ?? '');
      const [day, window] = mode === 'window' ? when.value.split('|') : [undefined, undefined];
      const body = {
        geraiId: g.id,
        service: s.service,
        day,
        window,
        name: name.value,
        phone: phone.value || undefined,
        priority: priority.value || undefined,
        browserId: browserId(),
        checklist: s.checklist,
        directions: s.directions,
        challenge: challenge.challenge,
        nonce: await solve(challenge.challenge, challenge.bits),
      };
      const res = await fetch(new URL('/v1/booking', api), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const answer = await res.json();
      if (res.status !== 201) throw new Error(answer.error?.message ?? String(res.status));
      const view = answer as BookingView;
      location.assign(new URL(view.ticketPath ?? view.bookingPath, api).href);
    } catch (error) {
      status.textContent = fill(t.failed as string, { message: (error as Error).message || (t.offline as string) });
      for (const b of [takeNow, book]) b.removeAttribute('aria-disabled');
    }
  });
}

/** "Biasanya sepi: Selasa–Kamis 13.00–15.00" when the API knows this gerai's quiet hours; nothing otherwise. */
async function showQuiet(root: HTMLElement, s: Settings): Promise<void> {
  const res = await fetch(new URL(QUIET_HOURS_PATH, s.apiUrl), { redirect: 'error' });
  if (!res.ok || Number(res.headers.get('content-length') ?? 0) > MAX_BYTES) return;
  const body = (await res.json()) as QuietHoursResponse;
  const q = body.gerai?.find((g) => g.id === s.geraiId)?.quiet;
  const target = root.querySelector<HTMLElement>('[data-booking-quiet]');
  if (!q || !target || !Array.isArray(q.days) || q.days.length === 0) return;
  target.textContent = fill(s.strings.quietHours as string, { span: quietSpanText(q as QuietHours) });
  target.hidden = false;
}

async function start(root: HTMLElement): Promise<void> {
  const s = JSON.parse(root.dataset.booking ?? '{}') as Settings;
  try {
    // One plain GET (no preflight), never following redirects, and no oversized body read.
    const res = await fetch(s.apiUrl, { cache: 'no-store', redirect: 'error' });
    if (!res.ok || Number(res.headers.get('content-length') ?? 0) > MAX_BYTES) return;
    const snapshot = await res.json();
    if (s.quietHours && Number(snapshot.revision) >= 3) showQuiet(root, s).catch(() => {});
    if (typeof snapshot.booking !== 'string') return; // this API does not take online bookings
    const api = new URL(snapshot.booking, s.apiUrl);
    const offer = (await (await fetch(api, { cache: 'no-store', redirect: 'error' })).json()) as BookingOffer;
    const g = offer.gerai?.find((x) => x.id === s.geraiId);
    if (g) render(root, s, g, api);
  } catch {
    // Keep the sentence on getting a number at the MPP.
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-booking]')) void start(root);
