// "Ubah kata sandi": every account changes its own password, giving the current one first
// (ASVS 2.1.5, 2.1.6); the account's other sessions end. Also serves the small script that
// adds "Tampilkan kata sandi" and a strength meter to password fields.
import { readFileSync } from 'node:fs';
import { AccountError } from './accounts.ts';
import type { Ctx, Route } from '../context.ts';
import { pageRoute, sendPage } from '../context.ts';
import { csrfField, html } from '../html.ts';
import { PAGE_CSP, redirect, send } from '../http.ts';
import { t } from '../strings/index.ts';

const SCRIPT = readFileSync(new URL('../ruang-sandi.js', import.meta.url));
/** Path of the password fields' script. */
export const PASSWORD_SCRIPT = '/ruang-sandi.js';

/** Allow the room's own password script on this response (and nothing inline). */
export function allowPasswordScript(ctx: Ctx): void {
  ctx.res.setHeader('Content-Security-Policy', `${PAGE_CSP}; script-src 'self'`);
}

function passwordPage(ctx: Ctx, status: number, alert: string | null, notice: string | null = null): void {
  allowPasswordScript(ctx);
  const invalid = alert ? html` aria-invalid="true"` : '';
  sendPage(
    ctx,
    status,
    { title: t.password.title, alert, notice, script: PASSWORD_SCRIPT },
    html`<p>${t.password.intro}</p>
<form method="post" action="/sandi" class="stack">${csrfField(ctx.session?.csrf ?? '')}
<label for="sandi-sekarang">${t.password.current}</label><input id="sandi-sekarang" name="current" type="password" autocomplete="current-password" required${invalid}>
<label for="sandi-baru">${t.password.next}</label><input id="sandi-baru" name="next" type="password" autocomplete="new-password" minlength="12" maxlength="128" required aria-describedby="bantuan-sandi-baru"${invalid}>
<p id="bantuan-sandi-baru" class="help">${t.password.help}</p>
<label for="sandi-ulang">${t.password.repeat}</label><input id="sandi-ulang" name="repeat" type="password" autocomplete="new-password" required${invalid}>
<button type="submit">${t.password.submit}</button></form>`,
  );
}

async function changePassword(ctx: Ctx): Promise<void> {
  const account = ctx.account;
  if (!account) return;
  const next = ctx.form.get('next') ?? '';
  if (next !== (ctx.form.get('repeat') ?? '')) return passwordPage(ctx, 400, t.password.mismatch);
  try {
    await ctx.room.accounts.changeOwnPassword(account.username, ctx.form.get('current') ?? '', next);
  } catch (error) {
    if (error instanceof AccountError) return passwordPage(ctx, 400, error.message);
    throw error;
  }
  ctx.room.sessions.endOthers(account.username, ctx.sessionId);
  redirect(ctx.res, '/sandi?selesai=1');
}

/** The password page and script. */
export const passwordRoutes: Route[] = [
  ...pageRoute(
    '/sandi',
    'editor',
    (ctx) => passwordPage(ctx, 200, null, ctx.url.searchParams.has('selesai') ? t.password.changed : null),
    changePassword,
  ),
  {
    method: 'GET',
    path: PASSWORD_SCRIPT,
    access: 'public',
    kind: 'page',
    handle: (ctx) => send(ctx.res, 200, SCRIPT, 'text/javascript; charset=utf-8'),
  },
];
