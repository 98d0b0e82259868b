// Login and logout. Written here rather than with an auth library: better-auth brings its
// own HTTP API, client script and database adapters (its node:sqlite support goes through
// Kysely), and Astro sessions need an SSR adapter plus a storage driver and still no login.
// The room needs a few server-rendered forms, so it follows OWASP ASVS level 1 directly:
// scrypt hashes, server-side sessions, rotation at login, lockout, generic errors.
import type { Ctx, Route } from './context.ts';
import { sendPage } from './context.ts';
import { html } from './html.ts';
import { clientAddress, cookie, readCookies, redirect } from './http.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { allowPasswordScript, PASSWORD_SCRIPT } from './password-routes.ts';
import { randomToken } from './sessions.ts';
import { t } from './strings.ts';

/** Cookie of the login form's own CSRF token (there is no session yet). */
export const LOGIN_TOKEN_COOKIE = 'ruang-masuk';

/** Session cookie name; the __Host- prefix (Secure, Path=/, no Domain) whenever cookies are Secure. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-ruang-sesi' : 'ruang-sesi');

// Only local paths: never an open redirect to another site.
const safeNext = (value: string | null) => (value && /^\/(?!\/)/.test(value) && !value.includes('\\') ? value : '/');

function loginPage(ctx: Ctx, status: number, alert: string | null, username = '', notice: string | null = null): void {
  // Reuse the browser's token: a second tab or a redirected favicon request must not
  // invalidate the form already on screen.
  const existing = readCookies(ctx.req)[LOGIN_TOKEN_COOKIE];
  const token = existing && /^[\w-]{43}$/.test(existing) ? existing : randomToken();
  ctx.res.setHeader('Set-Cookie', cookie(LOGIN_TOKEN_COOKIE, token, ctx.room.config.secure, 3600));
  const next = safeNext(ctx.url.searchParams.get('lanjut') ?? ctx.form.get('lanjut'));
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
  const { accounts, sessions, accountThrottle, addressThrottle, config } = ctx.room;
  const username = (ctx.form.get('username') ?? '').trim().toLowerCase();
  const password = ctx.form.get('password') ?? '';
  const accountKey = `akun:${username}`;
  const addressKey = `ip:${clientAddress(ctx.req, config.trustProxy)}`;
  const locked = accountThrottle.locked([accountKey]) || addressThrottle.locked([addressKey]);
  const account = accounts.forLogin(username);
  // Always one scrypt verification, so timing tells nothing about the account.
  const valid = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
  if (locked || !account || account.disabled || !valid) {
    if (!locked) {
      accountThrottle.fail([accountKey]);
      addressThrottle.fail([addressKey]);
    }
    return loginPage(ctx, 401, t.login.failed, username);
  }
  accountThrottle.clear(accountKey);
  // Rotation: whatever session the browser had ends; the login gets a new id.
  sessions.destroy(ctx.sessionId);
  const id = sessions.create(account.username);
  redirect(ctx.res, safeNext(ctx.form.get('lanjut')), {
    'Set-Cookie': [cookie(sessionCookieName(config.secure), id, config.secure), cookie(LOGIN_TOKEN_COOKIE, '', config.secure, 0)],
  });
}

function logout(ctx: Ctx): void {
  ctx.room.sessions.destroy(ctx.sessionId);
  redirect(ctx.res, '/masuk?keluar=1', { 'Set-Cookie': cookie(sessionCookieName(ctx.room.config.secure), '', ctx.room.config.secure, 0) });
}

/** Login, logout. */
export const authRoutes: Route[] = [
  {
    method: 'GET',
    path: '/masuk',
    access: 'public',
    kind: 'page',
    handle: (ctx) => {
      if (ctx.account) return redirect(ctx.res, safeNext(ctx.url.searchParams.get('lanjut')));
      const notice = ctx.url.searchParams.has('keluar') ? t.login.loggedOut : ctx.url.searchParams.has('lanjut') ? t.login.expired : null;
      loginPage(ctx, 200, null, '', notice);
    },
  },
  { method: 'POST', path: '/masuk', access: 'public', kind: 'page', handle: login },
  { method: 'POST', path: '/keluar', access: 'editor', kind: 'page', handle: logout },
];
