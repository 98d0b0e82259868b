// "Riwayat": who changed which entry when, each change in words with its values
// ("Sabtu: 08.00–15.00 → 08.00–12.00"), paged through the whole history, with
// "Urungkan perubahan ini" and "Kembalikan ke versi ini" leading to a confirmation page
// (restore-routes.ts).
import type { Ctx, Route } from '../context.ts';
import { sendPage } from '../context.ts';
import type { CommitInfo } from '../git.ts';
import { changeWords, entryName } from './history.ts';
import { formatWhen, html } from '../html.ts';
import { HttpError } from '../http.ts';
import { repairRedirects } from '../saves/redirects.ts';
import { restoreNotice, restoreRoutes } from './restore-routes.ts';
import { workingCopyView } from '../saves/saves.ts';
import { entryForFile } from '../schema.ts';
import { t } from '../strings/index.ts';

const MAX_LISTED = 10;
const PER_PAGE = 30;
const text = (b: Buffer | null) => (b ? b.toString('utf8') : null);

const actionLink = (file: string, commit: string, arah: 'urungkan' | 'versi', label: string) =>
  html`<a class="button secondary" href="/riwayat/kembalikan?${new URLSearchParams({ file, versi: commit, arah }).toString()}">${label}</a>`;

async function commitRow(ctx: Ctx, commit: CommitInfo, focus: string | null, all: boolean) {
  const { repo, config } = ctx.room;
  const parent = await repo.parent(commit.hash);
  const view = workingCopyView(repo.dir);
  const entries = commit.files.filter((f) => (focus ? f.path === focus : true) && entryForFile(f.path));
  // A commit touching many entries (the first import) lists a few; the rest are one link away.
  const files = all ? entries : entries.slice(0, MAX_LISTED);
  const items = await Promise.all(
    files.map(async (f) => {
      const ref = entryForFile(f.path);
      if (!ref) return '';
      const before = parent ? text(await repo.show(parent, f.path)) : null;
      const after = text(await repo.show(commit.hash, f.path));
      const now = view.read(f.path);
      const lines = before === null ? [t.history.newEntry] : after === null ? [t.history.deletedEntry] : changeWords(ref, before, after);
      const title = ref.kind === 'singleton' ? ref.label : `${ref.label}: ${entryName(ref, after ?? before)}`;
      const actions = [
        now !== before ? actionLink(f.path, commit.hash, 'urungkan', t.history.undo) : '',
        after !== null && now !== after ? actionLink(f.path, commit.hash, 'versi', t.history.restore) : '',
      ];
      return html`<li><a href="/riwayat?entri=${encodeURIComponent(f.path)}">${title}</a><ul class="changes">${lines.map(
        (line) => html`<li>${line}</li>`,
      )}</ul>${actions.some(Boolean) ? html`<div class="actions">${actions}</div>` : ''}</li>`;
    }),
  );
  const more =
    entries.length > files.length
      ? html`<li><a href="/riwayat?versi=${commit.hash}">${t.history.more(entries.length - files.length)}</a></li>`
      : '';
  // Names only: the address in a commit is the room's own bookkeeping, not something editors know.
  return html`<tr><td>${formatWhen(commit.date, config.timeZone)}</td><td>${commit.authorName}</td><td>${commit.subject}<ul>${items}${more}</ul></td></tr>`;
}

function pageNumber(ctx: Ctx): number {
  const n = Number(ctx.url.searchParams.get('halaman') ?? '1');
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** The history page; `refusal` re-shows it with a refused restore's message (409). */
export async function historyPage(ctx: Ctx, refusal?: string): Promise<void> {
  const focus = ctx.url.searchParams.get('entri') ?? (refusal ? ctx.form.get('file') : null);
  const ref = focus ? entryForFile(focus) : null;
  if (focus && !ref) throw new HttpError(404, t.errors.notFound);
  const single = ctx.url.searchParams.get('versi');
  if (single !== null && !(await ctx.room.repo.isCommit(single))) throw new HttpError(404, t.errors.notFound);
  const page = pageNumber(ctx);
  const found = single
    ? await ctx.room.repo.log({ rev: single, limit: 1 })
    : await ctx.room.repo.log({ file: focus ?? undefined, limit: PER_PAGE + 1, skip: (page - 1) * PER_PAGE });
  const commits = found.slice(0, PER_PAGE);
  const rows = [];
  for (const c of commits) rows.push(await commitRow(ctx, c, focus, Boolean(single)));
  const link = (n: number) => `/riwayat?${new URLSearchParams({ ...(focus ? { entri: focus } : {}), halaman: String(n) }).toString()}`;
  const pager =
    single || (page === 1 && found.length <= PER_PAGE)
      ? ''
      : html`<nav class="pager" aria-label="${t.history.page(page)}">${page > 1 ? html`<a href="${link(page - 1)}">${t.history.newer}</a>` : ''}${
          found.length > PER_PAGE ? html`<a href="${link(page + 1)}">${t.history.older}</a>` : ''
        }</nav>`;
  const title = ref
    ? t.history.entryTitle(ref.kind === 'singleton' ? ref.label : `${ref.label} ${ref.slug}`)
    : single
      ? t.history.oneCommit
      : t.history.title;
  sendPage(
    ctx,
    refusal ? 409 : 200,
    { title, notice: refusal ? null : await restoreNotice(ctx, focus), alert: refusal ?? null },
    html`${ref || single ? html`<p><a href="/riwayat">${t.history.allEntries}</a>${ref ? html` · <a href="${ref.editUrl}">${t.check.open}</a>` : ''}</p>` : ''}${
      commits.length
        ? html`<table><thead><tr><th scope="col">${t.history.when}</th><th scope="col">${t.history.who}</th><th scope="col">${t.history.what}</th></tr></thead><tbody>${rows}</tbody></table>${pager}`
        : html`<p>${t.history.empty}</p>`
    }`,
  );
}

// content/pengalihan.yaml has no form in the CMS: its invalid lines are dropped here, as a commit.
async function repairRedirectFile(ctx: Ctx): Promise<void> {
  const { repo, saves, checks, config } = ctx.room;
  const account = ctx.account;
  if (!account) throw new HttpError(401, t.errors.unauthenticated);
  const dropped = await saves.run(async () => {
    const n = repairRedirects(repo.dir);
    if (n) await repo.commit({ name: account.name, email: `${account.username}@${config.emailDomain}` }, t.redirectSkip.repaired(n));
    return n;
  });
  if (dropped) checks.refresh();
  sendPage(
    ctx,
    200,
    { title: t.check.title, notice: dropped ? t.redirectSkip.repaired(dropped) : t.redirectSkip.nothing },
    html`<p><a href="/periksa">${t.nav.check}</a></p>`,
  );
}

/** History, undo and restore, and the redirect file's repair. */
export const historyRoutes: Route[] = [
  { method: 'GET', path: '/riwayat', access: 'editor', kind: 'page', handle: historyPage },
  ...restoreRoutes,
  { method: 'POST', path: '/periksa/pengalihan', access: 'editor', kind: 'page', handle: repairRedirectFile },
];
