// "Akun": admins add accounts, change roles, disable/enable and set new passwords.
import { AccountError, ROLES, type Role, isRole } from './accounts.ts';
import type { Ctx, Route } from '../context.ts';
import { sendPage } from '../context.ts';
import { csrfField, formatWhen, html, postButton } from '../html.ts';
import { redirect } from '../http.ts';
import { t } from '../strings/index.ts';

function roleSelect(id: string, selected: Role) {
  return html`<select id="${id}" name="role">${ROLES.map(
    (r) => html`<option value="${r}"${r === selected ? html` selected` : ''}>${t.roles[r]}</option>`,
  )}</select>`;
}

function accountsPage(ctx: Ctx, status = 200, alert: string | null = null, notice: string | null = null, failedField = ''): void {
  const csrf = ctx.session?.csrf ?? '';
  const list = ctx.room.accounts.list();
  // A field with an error points at the message (and keeps its help text).
  const described = (field: string, help = '') => {
    const ids = [help, failedField === field ? 'galat-akun' : ''].filter(Boolean).join(' ');
    return html`${failedField === field ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}`;
  };
  sendPage(
    ctx,
    status,
    { title: t.accounts.title, notice },
    html`${alert ? html`<div class="alert" role="alert" id="galat-akun">${alert}</div>` : ''}
<table><caption class="meta">${list.length} akun</caption><thead><tr><th scope="col">${t.accounts.username}</th><th scope="col">${t.accounts.name}</th><th scope="col">${t.accounts.role}</th><th scope="col">${t.accounts.status}</th><th scope="col">Tindakan</th></tr></thead><tbody>${list.map(
      (
        a,
      ) => html`<tr><td>${a.username}</td><td>${a.name}<br><span class="meta">${formatWhen(a.createdAt, ctx.room.config.timeZone)}</span></td>
<td><form method="post" action="/akun/peran" class="inline">${csrfField(csrf)}<input type="hidden" name="username" value="${a.username}"><label for="peran-${a.username}" class="meta">${t.accounts.role}</label> ${roleSelect(`peran-${a.username}`, a.role)} <button type="submit" class="secondary">${t.accounts.changeRole}</button></form></td>
<td>${a.disabled ? t.accounts.disabled : t.accounts.active}</td>
<td class="actions">${postButton(a.disabled ? '/akun/aktif' : '/akun/nonaktif', a.disabled ? t.accounts.enable : t.accounts.disable, csrf, { username: a.username }, 'secondary')}
<form method="post" action="/akun/reset">${csrfField(csrf)}<input type="hidden" name="username" value="${a.username}"><label for="sandi-${a.username}">${t.accounts.newPassword}</label> <input id="sandi-${a.username}" name="password" type="password" autocomplete="new-password" minlength="12" required> <button type="submit" class="secondary">${t.accounts.reset}</button></form></td></tr>`,
    )}</tbody></table>
<h2>${t.accounts.add}</h2>
<form method="post" action="/akun/tambah" class="stack">${csrfField(csrf)}
<label for="username">${t.accounts.username}</label><input type="text" id="username" name="username" required autocomplete="off"${described('username')}>
<label for="name">${t.accounts.name}</label><input type="text" id="name" name="name" required${described('name')}>
<label for="role">${t.accounts.role}</label>${roleSelect('role', 'editor')}
<label for="password">${t.accounts.password}</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="12" required${described('password', 'bantuan-sandi')}>
<p id="bantuan-sandi" class="help">${t.accounts.passwordHelp}</p>
<button type="submit">${t.accounts.add}</button></form>`,
  );
}

/** Back to the list with a notice named by key (strings.ts `notices`), never by text. */
const done = (ctx: Ctx, key: 'akun-ditambah' | 'akun-diperbarui', username: string) =>
  redirect(ctx.res, `/akun?ok=${key}&akun=${encodeURIComponent(username)}`);

/** The notice a redirect asked for: a known key about an existing account, else none. */
function notice(ctx: Ctx): string | null {
  const key = ctx.url.searchParams.get('ok') ?? '';
  const text = Object.hasOwn(t.notices, key) ? t.notices[key] : undefined;
  const account = ctx.room.accounts.find(ctx.url.searchParams.get('akun') ?? '');
  return text && account ? text(account.username) : null;
}

async function act(ctx: Ctx, work: (username: string) => void | Promise<void>): Promise<void> {
  const username = ctx.form.get('username') ?? '';
  try {
    await work(username);
  } catch (error) {
    if (error instanceof AccountError) return accountsPage(ctx, 400, error.message, null, 'password');
    throw error;
  }
  done(ctx, 'akun-diperbarui', username);
}

const notSelf = (ctx: Ctx, username: string) => {
  if (username === ctx.account?.username) throw new AccountError(t.accounts.self);
};

// One admin action on the account named in the form.
const action = (path: string, work: (ctx: Ctx, username: string) => void | Promise<void>): Route => ({
  method: 'POST',
  path,
  access: 'admin',
  kind: 'page',
  handle: (ctx) => act(ctx, (u) => work(ctx, u)),
});

/** Account management (admin only). */
export const accountRoutes: Route[] = [
  {
    method: 'GET',
    path: '/akun',
    access: 'admin',
    kind: 'page',
    handle: (ctx) => accountsPage(ctx, 200, null, notice(ctx)),
  },
  {
    method: 'POST',
    path: '/akun/tambah',
    access: 'admin',
    kind: 'page',
    handle: async (ctx) => {
      const role = ctx.form.get('role');
      try {
        await ctx.room.accounts.add(
          (ctx.form.get('username') ?? '').trim().toLowerCase(),
          ctx.form.get('name') ?? '',
          (isRole(role) ? role : 'x') as Role,
          ctx.form.get('password') ?? '',
        );
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        const field = /sandi/i.test(error.message) ? 'password' : /Nama lengkap/.test(error.message) ? 'name' : 'username';
        return accountsPage(ctx, 400, error.message, null, field);
      }
      done(ctx, 'akun-ditambah', (ctx.form.get('username') ?? '').trim().toLowerCase());
    },
  },
  action('/akun/nonaktif', (ctx, u) => {
    notSelf(ctx, u);
    ctx.room.accounts.setDisabled(u, true);
  }),
  action('/akun/aktif', (ctx, u) => ctx.room.accounts.setDisabled(u, false)),
  action('/akun/reset', (ctx, u) => ctx.room.accounts.resetPassword(u, ctx.form.get('password') ?? '')),
  action('/akun/peran', (ctx, u) => {
    const role = ctx.form.get('role');
    if (!isRole(role)) throw new AccountError('Peran tidak dikenal.');
    if (role !== 'admin') notSelf(ctx, u);
    ctx.room.accounts.setRole(u, role);
  }),
];
