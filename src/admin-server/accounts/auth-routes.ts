// Login and logout. Written here rather than with an auth library: better-auth brings its
// own HTTP API, client script and database adapters (its node:sqlite support goes through
// Kysely), and Astro sessions need an SSR adapter plus a storage driver and still no login.
// The room needs a few server-rendered forms, so it follows OWASP ASVS level 1 directly:
// scrypt hashes, server-side sessions, rotation at login, throttling that cannot lock the
// owner out (throttle.ts), generic errors.
import type { Ctx, Route } from '../context.ts';
import { pageRoute, sendPage } from '../context.ts';
import { html } from '../html.ts';
import { clientAddress, cookie, readCookies, redirect } from '../http.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { allowPasswordScript, PASSWORD_SCRIPT } from './password-routes.ts';
import { askForCode } from './second-step-routes.ts';
import { randomToken } from './sessions.ts';
import { t } from '../strings/index.ts';
import { deviceCookieName, loginTokenCookieName, sessionCookieName } from './cookie-names.ts';

export { deviceCookieName, loginTokenCookieName, sessionCookieName };
import type { Attempt } from './throttle.ts';

/**
 * Where to go after login: only a path on the room's own origin. The value is resolved
 * by the WHATWG URL parser, as a browser would (it drops tabs and newlines and reads "\"
 * as "/"), must keep the room's origin, and only its path and query are sent back.
 */
export function safeNext(value: string | null | undefined, origin: string): string {
  if (!value) return '/';
  try {
    const base = new URL(origin);
    const url = new URL(value, base);
    // "/.//evil" resolves to the path "//evil", which a browser reads as another host.
    if (url.origin !== base.origin || url.pathname.startsWith('//')) return '/';
    return url.pathname + url.search;
  } catch {
    return '/';
  }
}

function loginPage(ctx: Ctx, status: number, alert: string | null, username = '', notice: string | null = null): void {
  const { secure } = ctx.room.config;
  // Reuse the browser's token: a second tab or a redirected favicon request must not
  // invalidate the form already on screen.
  const existing = readCookies(ctx.req)[loginTokenCookieName(secure)];
  const token = existing && /^[\w-]{43}$/.test(existing) ? existing : randomToken();
  ctx.res.setHeader('Set-Cookie', cookie(loginTokenCookieName(secure), token, secure, 3600));
  const next = safeNext(ctx.url.searchParams.get('lanjut') ?? ctx.form.get('lanjut'), ctx.origin);
  const invalid = alert ? html` aria-invalid="true" aria-describedby="galat-masuk"` : '';
  allowPasswordScript(ctx);
  sendPage(
    ctx,
    status,
    { title: t.login.title, notice, script: PASSWORD_SCRIPT },
    html`${alert ? html`<div class="alert" role="alert" id="galat-masuk">${alert}</div>` : ''}<p>${t.login.intro}</p>
<form method="post" action="/masuk" class="stack">
<input type="hidden" name="_csrf" value="${token}"><input type="hidden" name="lanjut" value="${next}">
<label for="username">${t.login.username}</label><input type="text" id="username" name="username" autocomplete="username" required value="${username}"${invalid}${alert ? '' : html` autofocus`}>
<label for="password">${t.login.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required${invalid}${alert ? html` autofocus` : ''}>
<button type="submit" class="button">${t.login.submit}</button>
</form>`,
  );
}

async function login(ctx: Ctx): Promise<void> {
  const { accounts, sessions, loginThrottle, config } = ctx.room;
  const username = (ctx.form.get('username') ?? '').trim().toLowerCase();
  const password = ctx.form.get('password') ?? '';
  const attempt: Attempt = {
    username,
    address: clientAddress(ctx.req, config.trustProxy),
    device: readCookies(ctx.req)[deviceCookieName(config.secure)],
  };
  const verdict = loginThrottle.check(attempt);
  if (!verdict.allowed) {
    // Refused before any password check: the answer depends only on the typed name and
    // the address, so it tells nothing about the account.
    const minutes = Math.ceil(verdict.waitMs / 60_000);
    ctx.res.setHeader('Retry-After', String(Math.ceil(verdict.waitMs / 1000)));
    const wait = t.auth.minutes(minutes);
    return loginPage(ctx, 429, verdict.reason === 'account' ? t.auth.accountBusy(wait) : t.auth.tooMany(wait), username);
  }
  const account = accounts.forLogin(username);
  // Always one scrypt verification, so timing tells nothing about the account.
  const valid = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
  if (!account || account.disabled || !valid) {
    loginThrottle.failed(attempt, verdict);
    return loginPage(ctx, 401, t.login.failed, username);
  }
  const device = loginThrottle.succeeded(attempt, verdict);
  const deviceCookie = cookie(
    deviceCookieName(config.secure),
    device,
    config.secure,
    Math.floor(config.loginThrottle.deviceMaxAgeMs / 1000),
  );
  if (ctx.room.secondSteps.enrolled(account.username)) {
    return askForCode(ctx, account.username, safeNext(ctx.form.get('lanjut'), ctx.origin), [deviceCookie]);
  }
  // Rotation: whatever session the browser had ends; the login gets a new id.
  sessions.destroy(ctx.sessionId);
  const id = sessions.create(account.username);
  redirect(ctx.res, safeNext(ctx.form.get('lanjut'), ctx.origin), {
    'Set-Cookie': [
      cookie(sessionCookieName(config.secure), id, config.secure),
      cookie(loginTokenCookieName(config.secure), '', config.secure, 0),
      deviceCookie,
    ],
  });
}

function logout(ctx: Ctx): void {
  ctx.room.sessions.destroy(ctx.sessionId);
  redirect(ctx.res, '/masuk?keluar=1', { 'Set-Cookie': cookie(sessionCookieName(ctx.room.config.secure), '', ctx.room.config.secure, 0) });
}

/** Login, logout. */
export const authRoutes: Route[] = [
  ...pageRoute(
    '/masuk',
    'public',
    (ctx) => {
      const next = ctx.url.searchParams.get('lanjut');
      if (ctx.account) return redirect(ctx.res, safeNext(next, ctx.origin));
      const idle = t.auth.minutes(Math.round(ctx.room.config.session.idleMs / 60_000));
      const notice = ctx.url.searchParams.has('keluar')
        ? t.login.loggedOut
        : ctx.url.searchParams.has('kode')
          ? t.secondStep.expired
          : next !== null
            ? t.login.expired(idle)
            : null;
      loginPage(ctx, 200, null, '', notice);
    },
    login,
  ),
  { method: 'POST', path: '/keluar', access: 'editor', kind: 'page', handle: logout },
];
