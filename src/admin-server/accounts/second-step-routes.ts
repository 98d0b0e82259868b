// "Verifikasi dua langkah": after the password, a six-digit code from an authenticator app
// on the person's phone (ASVS 4.3.1: administrative interfaces use a second factor). Each
// account sets it up on /dua-langkah; the configuration decides whose accounts must (by
// default admins: they manage accounts), and until they have, the room shows them only
// the set-up page.
import { hasRole } from './accounts.ts';
import { loginTokenCookieName, pendingCookieName, sessionCookieName } from './cookie-names.ts';
import type { AdminConfig } from '../config.ts';
import type { Ctx, Route } from '../context.ts';
import { pageRoute, sendPage } from '../context.ts';
import { csrfField, html } from '../html.ts';
import { cookie, readCookies, redirect, sendJson } from '../http.ts';
import { verifyPassword } from './password.ts';
import { MAX_CODE_FAILURES, PENDING_MS } from './second-step.ts';
import { t } from '../strings/index.ts';
import { otpauthUri } from './totp.ts';

/** Paths an account that must set up the second step may still open. */
const SETUP_PATHS = new Set(['/dua-langkah', '/keluar', '/sandi']);

/** Whether the configuration requires the second step of an account with `role`. */
export function secondStepRequired(config: Pick<AdminConfig, 'secondStep'>, role: Parameters<typeof hasRole>[0]): boolean {
  return config.secondStep === 'semua' || (config.secondStep === 'admin' && hasRole(role, 'admin'));
}

/** The gate the server runs after the role check: true when the request was answered here. */
export function secondStepGate(ctx: Ctx, route: Route): boolean {
  const account = ctx.account;
  if (!account || route.access === 'public' || SETUP_PATHS.has(route.path)) return false;
  if (!secondStepRequired(ctx.room.config, account.role) || ctx.room.secondSteps.enrolled(account.username)) return false;
  if (route.kind === 'api') sendJson(ctx.res, 403, { error: t.secondStep.mustSetUp });
  else redirect(ctx.res, '/dua-langkah?wajib=1');
  return true;
}

/** After a right password: ask for the code instead of starting the session. */
export function askForCode(ctx: Ctx, username: string, next: string, extraCookies: string[]): void {
  const id = ctx.room.secondSteps.startLogin(username, next);
  const { secure } = ctx.room.config;
  redirect(ctx.res, '/masuk/kode', {
    'Set-Cookie': [cookie(pendingCookieName(secure), id, secure, Math.floor(PENDING_MS / 1000)), ...extraCookies],
  });
}

function codePage(ctx: Ctx, status: number, alert: string | null): void {
  const token = readCookies(ctx.req)[loginTokenCookieName(ctx.room.config.secure)] ?? '';
  sendPage(
    ctx,
    status,
    { title: t.secondStep.codeTitle, alert },
    html`<p>${t.secondStep.codeIntro}</p>
<form method="post" action="/masuk/kode" class="stack">${csrfField(token)}
<label for="kode">${t.secondStep.code}</label><input id="kode" name="kode" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" maxlength="7" required autofocus${
      alert ? html` aria-invalid="true"` : ''
    }>
<button type="submit">${t.secondStep.submit}</button></form>
<p><a href="/masuk">${t.secondStep.restart}</a></p>`,
  );
}

async function checkCode(ctx: Ctx): Promise<void> {
  const { secondSteps, sessions, accounts, config } = ctx.room;
  const id = readCookies(ctx.req)[pendingCookieName(config.secure)];
  const pending = secondSteps.pendingLogin(id);
  const account = pending ? accounts.find(pending.username) : undefined;
  if (!id || !pending || !account || account.disabled) return redirect(ctx.res, '/masuk?kode=habis');
  if (!secondSteps.verify(account.username, ctx.form.get('kode') ?? '')) {
    const failures = secondSteps.failLogin(id);
    if (failures >= MAX_CODE_FAILURES) {
      secondSteps.endLogin(id);
      return redirect(ctx.res, '/masuk?kode=habis');
    }
    return codePage(ctx, 401, t.secondStep.wrong(MAX_CODE_FAILURES - failures));
  }
  secondSteps.endLogin(id);
  sessions.destroy(ctx.sessionId);
  const session = sessions.create(account.username);
  redirect(ctx.res, pending.next, {
    'Set-Cookie': [
      cookie(sessionCookieName(config.secure), session, config.secure),
      cookie(pendingCookieName(config.secure), '', config.secure, 0),
      cookie(loginTokenCookieName(config.secure), '', config.secure, 0),
    ],
  });
}

function setupPage(ctx: Ctx, status: number, alert: string | null = null, notice: string | null = null): void {
  const account = ctx.account;
  if (!account) return;
  const { secondSteps, config } = ctx.room;
  const csrf = ctx.session?.csrf ?? '';
  const required = secondStepRequired(config, account.role);
  if (secondSteps.enrolled(account.username)) {
    sendPage(
      ctx,
      status,
      { title: t.secondStep.title, alert, notice },
      html`<p class="summary good">${t.secondStep.active}</p>${
        required
          ? html`<p>${t.secondStep.requiredKeep}</p>`
          : html`<h2>${t.secondStep.turnOff}</h2><form method="post" action="/dua-langkah" class="stack">${csrfField(csrf)}
<input type="hidden" name="aksi" value="matikan">
<label for="sandi">${t.password.current}</label><input id="sandi" name="password" type="password" autocomplete="current-password" required>
<label for="kode">${t.secondStep.code}</label><input id="kode" name="kode" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required>
<button type="submit" class="secondary">${t.secondStep.turnOff}</button></form>`
      }`,
    );
    return;
  }
  const key = secondSteps.pendingKey(account.username);
  const uri = otpauthUri(key, account.username, t.appName);
  sendPage(
    ctx,
    status,
    { title: t.secondStep.title, alert, notice: notice ?? (ctx.url.searchParams.has('wajib') ? t.secondStep.mustSetUp : null) },
    html`<p>${t.secondStep.intro}</p><ol class="steps">
<li>${t.secondStep.stepApp}</li>
<li>${t.secondStep.stepKey} <code class="key">${key.match(/.{1,4}/g)?.join(' ')}</code> ${t.secondStep.stepKeyAfter} <a href="${uri}">${t.secondStep.openApp}</a></li>
<li>${t.secondStep.stepCode}</li></ol>
<form method="post" action="/dua-langkah" class="stack">${csrfField(csrf)}<input type="hidden" name="aksi" value="aktifkan">
<label for="kode">${t.secondStep.code}</label><input id="kode" name="kode" inputmode="numeric" autocomplete="one-time-code" maxlength="7" required${
      alert ? html` aria-invalid="true"` : ''
    }>
<button type="submit">${t.secondStep.turnOn}</button></form>`,
  );
}

async function changeSetup(ctx: Ctx): Promise<void> {
  const account = ctx.account;
  if (!account) return;
  const { secondSteps, accounts, config } = ctx.room;
  const code = ctx.form.get('kode') ?? '';
  if (ctx.form.get('aksi') === 'matikan') {
    if (secondStepRequired(config, account.role)) return setupPage(ctx, 403, t.secondStep.requiredKeep);
    const stored = accounts.forLogin(account.username);
    const passwordOk = Boolean(stored && (await verifyPassword(ctx.form.get('password') ?? '', stored.passwordHash)));
    if (!passwordOk || !secondSteps.verify(account.username, code)) return setupPage(ctx, 400, t.secondStep.offRefused);
    secondSteps.remove(account.username);
    return redirect(ctx.res, '/dua-langkah?mati=1');
  }
  if (!secondSteps.confirm(account.username, code)) return setupPage(ctx, 400, t.secondStep.setupWrong);
  redirect(ctx.res, '/dua-langkah?aktif=1');
}

/** The code step of the login, and each account's set-up page. */
export const secondStepRoutes: Route[] = [
  ...pageRoute(
    '/masuk/kode',
    'public',
    (ctx) => {
      const pending = ctx.room.secondSteps.pendingLogin(readCookies(ctx.req)[pendingCookieName(ctx.room.config.secure)]);
      if (!pending) return redirect(ctx.res, '/masuk?kode=habis');
      codePage(ctx, 200, null);
    },
    checkCode,
  ),
  ...pageRoute(
    '/dua-langkah',
    'editor',
    (ctx) =>
      setupPage(
        ctx,
        200,
        null,
        ctx.url.searchParams.has('aktif') ? t.secondStep.turnedOn : ctx.url.searchParams.has('mati') ? t.secondStep.turnedOff : null,
      ),
    changeSetup,
  ),
];
