// Server-rendered HTML for the room's pages: one layout, escaped by default, no script.
import type { Account } from './accounts/accounts.ts';
import { hasRole } from './accounts/accounts.ts';
import { formatDate, formatMinutes, timeZoneAbbreviation } from '../lib/format.ts';
import { zonedNow } from '../lib/time-zone.ts';
import { type CheckIssue, issueUrl } from './checks/checks.ts';
import { t } from './strings/index.ts';

/** A piece of already-safe HTML. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML content and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

type Part = string | number | Html | null | undefined | false | Part[];
const render = (part: Part): string =>
  Array.isArray(part) ? part.map(render).join('') : part instanceof Html ? part.value : part || part === 0 ? escapeHtml(String(part)) : '';

/** Tagged template that escapes every interpolated value unless it is Html. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(strings.reduce((out, s, i) => out + s + (i < parts.length ? render(parts[i] as Part) : ''), ''));
}

/** Hidden CSRF field for a form. */
export const csrfField = (token: string) => html`<input type="hidden" name="_csrf" value="${token}">`;

/** A small form with one button that posts to `action` (with the CSRF token and extra hidden fields). */
export function postButton(action: string, label: string, token: string, fields: Record<string, string> = {}, kind = 'button'): Html {
  return html`<form method="post" action="${action}" class="inline">${csrfField(token)}${Object.entries(fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}<button type="submit" class="${kind}">${label}</button></form>`;
}

export interface LayoutOptions {
  title: string;
  account?: Account | null;
  csrf?: string;
  /** Current path, to mark the navigation. */
  path?: string;
  /** Seconds after which the page reloads itself (build progress). */
  refresh?: number;
  /** Message shown at the top (role="status"). */
  notice?: string | null;
  /** Error shown at the top (role="alert"). */
  alert?: string | null;
  /** The room's own script for this page (its route also allows it in the CSP). */
  script?: string;
  /** Errors the person's last save left (see Room.saveIssues). */
  saveIssues?: CheckIssue[];
}

function nav(account: Account, csrf: string, path: string): Html {
  const links: [string, string, boolean][] = [
    ['/', t.nav.home, true],
    ['/keystatic', t.nav.content, true],
    ['/periksa', t.nav.check, true],
    ['/riwayat', t.nav.history, true],
    ['/terbit', t.nav.publish, true],
    ['/akun', t.nav.accounts, hasRole(account.role, 'admin')],
  ];
  return html`<nav aria-label="Menu utama"><ul>${links
    .filter(([, , shown]) => shown)
    .map(
      ([href, label]) =>
        html`<li><a href="${href}"${href === path || (href !== '/' && path.startsWith(href)) ? new Html(' aria-current="page"') : ''}>${label}</a></li>`,
    )}</ul><p class="who">${account.name} (${t.roles[account.role]}) <a href="/sandi">${t.password.link}</a> <a href="/dua-langkah">${t.secondStep.link}</a></p>${postButton('/keluar', t.nav.logout, csrf, {}, 'link')}</nav>`;
}

// "Tersimpan, tetapi ada 1 masalah: …": a save is never refused for content the check
// rejects (half-done work must be savable), so the bar says what will block publishing.
function saveNote(issues: CheckIssue[] | undefined): Html | string {
  if (!issues?.length) return '';
  return html`<div class="save-note"><p>${t.saveNote.intro(issues.length)}</p><ul>${issues.map(
    (i) =>
      html`<li>${[i.entryTitle, ...i.labels].join(' › ')}: ${i.message}${i.entry ? html` <a href="${issueUrl(i)}">${t.saveNote.open}</a>` : ''}</li>`,
  )}</ul><p><a href="/periksa">${t.nav.check}</a></p></div>`;
}

/** The room's bar (brand, menu, who, Keluar): on every page, Keystatic's included. */
export function roomBar(account: Account, csrf: string, path: string, issues?: CheckIssue[]): Html {
  return html`<header class="ruang-bar"><p class="brand">${t.appName}</p>${nav(account, csrf, path)}${saveNote(issues)}</header>`;
}

/** A complete page. */
export function layout(options: LayoutOptions, body: Html): string {
  const { title, account, csrf = '', path = '', refresh, notice, alert, script, saveIssues } = options;
  return `<!DOCTYPE html>${html`<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${
    refresh ? new Html(`<meta http-equiv="refresh" content="${Number(refresh)}">`) : ''
  }<title>${title} — ${t.appName}</title><link rel="stylesheet" href="/ruang.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta name="robots" content="noindex">${
    script ? html`<script src="${script}" defer></script>` : ''
  }</head><body><a class="skip" href="#isi">${t.skip}</a>${
    account ? roomBar(account, csrf, path, saveIssues) : html`<header class="ruang-bar"><p class="brand">${t.appName}</p></header>`
  }<main id="isi" tabindex="-1"><h1>${title}</h1>${alert ? html`<div class="alert" role="alert">${alert}</div>` : ''}${
    notice ? html`<div class="notice" role="status">${notice}</div>` : ''
  }${body}</main></body></html>`}`;
}

/** "1 Desember 2026 09.05 WIB" in the MPP's time zone. */
export function formatWhen(when: string | number, timeZone: string): string {
  const moment = zonedNow(new Date(when), timeZone);
  return `${formatDate(moment.date)} ${formatMinutes(moment.minutes)} ${timeZoneAbbreviation(timeZone)}`;
}
