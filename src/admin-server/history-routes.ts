// "Riwayat": who changed which entry when, which fields changed (in the CMS's labels), and
// "Kembalikan", which restores an entry to an earlier version as a new commit.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Ctx, Route } from './context.ts';
import { sendPage } from './context.ts';
import type { CommitInfo } from './git.ts';
import { changedFields, entryName } from './history.ts';
import { formatWhen, html, postButton } from './html.ts';
import { HttpError, redirect } from './http.ts';
import { currentSha, fileTitle, lastChange } from './conflicts.ts';
import { badContentName, checkContentFile, resolveInside } from './paths.ts';
import { recordRedirects, repairRedirects } from './redirects.ts';
import { missingTargets } from './references.ts';
import { workingCopyView } from './saves.ts';
import { entryForFile } from './schema.ts';
import { t } from './strings.ts';

const MAX_LISTED = 10;
const text = (b: Buffer | null) => (b ? b.toString('utf8') : null);

async function commitRow(ctx: Ctx, commit: CommitInfo, focus: string | null) {
  const { repo, config } = ctx.room;
  const parent = await repo.parent(commit.hash);
  const all = commit.files.filter((f) => (focus ? f.path === focus : true) && entryForFile(f.path));
  // A commit touching many entries (the first import) lists a few; the rest are counted.
  const files = all.slice(0, MAX_LISTED);
  const head = await repo.head();
  const items = await Promise.all(
    files.map(async (f) => {
      const ref = entryForFile(f.path);
      if (!ref) return '';
      const before = parent ? text(await repo.show(parent, f.path)) : null;
      const after = text(await repo.show(commit.hash, f.path));
      const fields = before === null ? [t.history.newEntry] : after === null ? [t.history.deletedEntry] : changedFields(ref, before, after);
      const title = ref.kind === 'singleton' ? ref.label : `${ref.label}: ${entryName(ref, after ?? before)}`;
      return html`<li><a href="/riwayat?entri=${encodeURIComponent(f.path)}">${title}</a> — ${t.history.fields}: ${fields.join('; ') || '–'}${
        after !== null && commit.hash !== head
          ? html` ${postButton('/riwayat/kembalikan', t.history.restore, ctx.session?.csrf ?? '', { commit: commit.hash, file: f.path, base: baseOf(repo.dir, f.path) }, 'secondary')}`
          : ''
      }</li>`;
    }),
  );
  const more = all.length > files.length ? html`<li>${t.commit.more(all.length - files.length)}</li>` : '';
  return html`<tr><td>${formatWhen(commit.date, config.timeZone)}</td><td>${commit.authorName}<br><span class="meta">${commit.authorEmail}</span></td><td>${commit.subject}<ul>${items}${more}</ul></td></tr>`;
}

// The version a restore button is based on: the entry's blob SHA as the page shows it
// ("" absent); a restore over a newer version is refused (see conflicts.ts).
function baseOf(repoDir: string, file: string): string {
  try {
    return currentSha(repoDir, file) ?? '';
  } catch {
    return 'tidak-terbaca';
  }
}

/** The notice after Kembalikan (?ok=dikembalikan&versi=… or ?ok=sama), for the entry on screen. */
async function restoreNotice(ctx: Ctx, file: string | null): Promise<string | null> {
  const key = ctx.url.searchParams.get('ok');
  if (key === 'sama') return t.history.nothingToRestore;
  const commit = ctx.url.searchParams.get('versi') ?? '';
  const ref = file ? entryForFile(file) : null;
  if (key !== 'dikembalikan' || !file || !ref || !/^[0-9a-f]{7,40}$/.test(commit) || !(await ctx.room.repo.isCommit(commit))) return null;
  const [info] = (await ctx.room.repo.log({ file, limit: 1000 })).filter((c) => c.hash.startsWith(commit));
  const old = await ctx.room.repo.show(commit, file);
  if (!info || !old) return null;
  const title = ref.kind === 'singleton' ? ref.label.toLowerCase() : `${ref.label.toLowerCase()}: ${entryName(ref, old.toString('utf8'))}`;
  return t.history.restored(title, formatWhen(info.date, ctx.room.config.timeZone));
}

async function historyPage(ctx: Ctx, refusal?: string): Promise<void> {
  const focus = ctx.url.searchParams.get('entri') ?? (refusal ? ctx.form.get('file') : null);
  const ref = focus ? entryForFile(focus) : null;
  if (focus && !ref) throw new HttpError(404, t.errors.notFound);
  const commits = await ctx.room.repo.log({ file: focus ?? undefined, limit: 50 });
  const rows = [];
  for (const c of commits) rows.push(await commitRow(ctx, c, focus));
  const title = ref ? t.history.entryTitle(ref.kind === 'singleton' ? ref.label : `${ref.label} ${ref.slug}`) : t.history.title;
  sendPage(
    ctx,
    refusal ? 409 : 200,
    { title, notice: refusal ? null : await restoreNotice(ctx, focus), alert: refusal ?? null },
    html`${ref ? html`<p><a href="/riwayat">${t.history.allEntries}</a> · <a href="${ref.editUrl}">${t.check.open}</a></p>` : ''}${
      commits.length
        ? html`<table><thead><tr><th scope="col">${t.history.when}</th><th scope="col">${t.history.who}</th><th scope="col">${t.history.what}</th></tr></thead><tbody>${rows}</tbody></table>`
        : html`<p>${t.history.empty}</p>`
    }`,
  );
}

async function restore(ctx: Ctx): Promise<void> {
  const { repo, saves, checks, config } = ctx.room;
  const commit = ctx.form.get('commit') ?? '';
  const file = ctx.form.get('file') ?? '';
  const base = ctx.form.get('base');
  const ref = entryForFile(file);
  if (!ref || badContentName(file) || !(await repo.isCommit(commit))) throw new HttpError(400, t.errors.notFound);
  const account = ctx.account;
  if (!account) throw new HttpError(401, t.errors.unauthenticated);
  if (base === null) return historyPage(ctx, t.conflict.noBase);
  const old = await repo.show(commit, file);
  if (!old) throw new HttpError(400, t.errors.notFound);
  const [info] = await repo.log({ file, limit: 1000 }).then((all) => all.filter((c) => c.hash === commit));
  const when = formatWhen(info?.date ?? Date.now(), config.timeZone);
  const title = ref.kind === 'singleton' ? ref.label.toLowerCase() : `${ref.label.toLowerCase()}: ${entryName(ref, old.toString('utf8'))}`;
  const outcome = await saves.run(async (): Promise<{ refused: string } | { made: string | null }> => {
    // Checked inside the queue, so no save slips in between the check and the write.
    try {
      checkContentFile(repo.dir, file);
    } catch {
      return { refused: t.unsafe.file(file) };
    }
    const now = baseOf(repo.dir, file);
    if (now !== base) {
      const last = await lastChange(repo, file, config.timeZone);
      return { refused: t.conflict.restoreStale(fileTitle(file, old.toString('utf8')), last.who, last.when) };
    }
    const missing = missingTargets(file, old.toString('utf8'), workingCopyView(repo.dir));
    if (missing.length) return { refused: t.restoreRefs.missing(fileTitle(file, old.toString('utf8')), when, missing) };
    const target = resolveInside(repo.dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, old);
    // An entry back at its old address takes it over from a recorded redirect.
    if (now === '') recordRedirects(repo.dir, [], [ref]);
    return {
      made: await repo.commit(
        { name: account.name, email: `${account.username}@${config.emailDomain}` },
        t.history.restoreMessage(title, when),
      ),
    };
  });
  if ('refused' in outcome) {
    ctx.room.refusals.set(account.username, outcome.refused);
    return historyPage(ctx, outcome.refused);
  }
  if (outcome.made) checks.refresh();
  // The notice is named by key and rebuilt from the repository, never text from the address.
  const notice = outcome.made ? `dikembalikan&versi=${commit}` : 'sama';
  redirect(ctx.res, `/riwayat?entri=${encodeURIComponent(file)}&ok=${notice}`);
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

/** History, restore, and the redirect file's repair. */
export const historyRoutes: Route[] = [
  { method: 'GET', path: '/riwayat', access: 'editor', kind: 'page', handle: historyPage },
  { method: 'POST', path: '/riwayat/kembalikan', access: 'editor', kind: 'page', handle: restore },
  { method: 'POST', path: '/periksa/pengalihan', access: 'editor', kind: 'page', handle: repairRedirectFile },
];
