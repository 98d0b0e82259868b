// Bringing the room's content up to the code's content model after IT staff install a new
// release: Beranda tells admins "Konten perlu diperbarui ke versi baru", one click runs the
// migration (src/migrations) on the working copy as one commit in Riwayat, and another click
// undoes that commit as a new one. Publishing waits until the content is current (the
// publisher refuses otherwise, src/admin-server/publish/index.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { migrateFolder } from '../migrations/migrate-folder.ts';
import { type ModelStatus, modelStatus } from '../migrations/status.ts';
import { m } from '../migrations/strings.ts';
import { hasRole } from './accounts/accounts.ts';
import type { Ctx, Route } from './context.ts';
import { sendPage } from './context.ts';
import type { CommitInfo } from './git.ts';
import { formatWhen, type Html, html, postButton } from './html.ts';
import { HttpError, redirect } from './http.ts';
import { t } from './strings/index.ts';

const run = promisify(execFile);
const git = (cwd: string, args: string[]) => run('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } });
const isMigration = (c: CommitInfo) => c.subject.startsWith(m.commitPrefix);
const contentOf = (ctx: Ctx) => path.join(ctx.room.repo.dir, 'content');
const authorOf = (ctx: Ctx) => {
  const account = ctx.account;
  if (!account) throw new HttpError(401, t.errors.unauthenticated);
  return { name: account.name, email: `${account.username}@${ctx.room.config.emailDomain}` };
};

/** The newest migration commit that has not been undone yet, if any. */
async function lastMigration(ctx: Ctx): Promise<CommitInfo | null> {
  const undone = new Set<string>();
  for (const c of await ctx.room.repo.log({ limit: 50 })) {
    if (isMigration(c) && !undone.has(c.subject)) return c;
    if (c.subject.startsWith(t.migrate.undoMessage(''))) undone.add(c.subject.slice(t.migrate.undoMessage('').length));
  }
  return null;
}

// Reading every file takes a few hundred milliseconds; the content only changes by commits.
let cached: { key: string; status: ModelStatus } | null = null;
async function roomStatus(ctx: Ctx): Promise<ModelStatus> {
  const key = `${ctx.room.repo.dir}\n${await ctx.room.repo.head()}`;
  if (cached?.key !== key) cached = { key, status: modelStatus(contentOf(ctx), { everyFile: true }) };
  return cached.status;
}

/** Beranda's part: the update notice while content is older than the code; the undo after an update (admins). */
export async function migrationBlock(ctx: Ctx): Promise<Html | ''> {
  const status = await roomStatus(ctx);
  const admin = ctx.account ? hasRole(ctx.account.role, 'admin') : false;
  const csrf = ctx.session?.csrf ?? '';
  if (status.state !== 'current') {
    // Content newer than the code (or an unreadable model.yaml) is IT staff's to fix: no button.
    const older = status.state === 'older';
    return html`<section class="alert" aria-labelledby="judul-perbarui"><h2 id="judul-perbarui">${older ? t.migrate.heading : t.migrate.codeHeading}</h2><p>${status.message}</p>${
      !older
        ? ''
        : admin
          ? html`<p>${t.migrate.intro}</p><div class="actions">${postButton('/konten/perbarui', t.migrate.button, csrf)}</div>`
          : html`<p>${t.migrate.intro}</p><p>${t.migrate.askAdmin}</p>`
    }</section>`;
  }
  const last = admin ? await lastMigration(ctx) : null;
  if (!last) return '';
  return html`<section aria-labelledby="judul-batal-perbarui"><h2 id="judul-batal-perbarui">${t.migrate.undoButton}</h2><p>${t.migrate.undoIntro(
    formatWhen(last.date, ctx.room.config.timeZone),
  )}</p><div class="actions">${postButton('/konten/perbarui/batal', t.migrate.undoButton, csrf, { commit: last.hash }, 'secondary')}</div></section>`;
}

async function update(ctx: Ctx): Promise<void> {
  const { repo, saves, checks } = ctx.room;
  const author = authorOf(ctx);
  // In the save queue: no editor's save lands between the migration and its commit.
  const run = await saves.run(async () => {
    // From the first step: entries restored to a version from before an update are caught too.
    const outcome = await migrateFolder(contentOf(ctx), { from: 1 });
    if (outcome.outcome === 'migrated') await repo.commit(author, m.commitMessage(outcome.from, outcome.to, outcome.written.length));
    return outcome;
  });
  if (run.outcome === 'migrated' || run.outcome === 'current') {
    if (run.outcome === 'migrated') checks.refresh();
    return redirect(
      ctx.res,
      `/?ok=${encodeURIComponent(run.outcome === 'migrated' ? t.migrate.done(run.written.length) : t.migrate.nothing)}`,
    );
  }
  const problems = [
    ...(run.result?.refused ?? []).map((l) => `content/${l.file} › ${l.field}: ${l.message}`),
    ...run.messages.flatMap((message) => message.split('\n').map((line) => line.trim().replace(/^- /, ''))),
  ].filter(Boolean);
  const status = modelStatus(contentOf(ctx), { everyFile: true });
  sendPage(
    ctx,
    409,
    { title: t.migrate.failedTitle, alert: t.migrate.failed },
    html`<ul class="issues">${(problems.length ? problems : [status.state === 'current' ? t.migrate.nothing : status.message]).map(
      (p) => html`<li>${p}</li>`,
    )}</ul><p><a href="/">${t.nav.home}</a></p>`,
  );
}

async function undo(ctx: Ctx): Promise<void> {
  const { repo, saves, checks } = ctx.room;
  const author = authorOf(ctx);
  const hash = ctx.form.get('commit') ?? '';
  if (!(await repo.isCommit(hash))) throw new HttpError(400, t.errors.notFound);
  const [commit] = (await repo.log({ limit: 200 })).filter((c) => c.hash.startsWith(hash));
  if (!commit || !isMigration(commit)) throw new HttpError(400, t.migrate.notMigration);
  // git's own revert: lines editors changed after the update stay; a line changed by both
  // cannot be undone automatically, and nothing is changed then.
  const undone = await saves.run(async () => {
    try {
      await git(repo.dir, ['revert', '--no-commit', commit.hash]);
    } catch {
      await git(repo.dir, ['revert', '--abort']).catch(() => git(repo.dir, ['reset', '--hard', 'HEAD']));
      return false;
    }
    await repo.commit(author, t.migrate.undoMessage(commit.subject));
    return true;
  });
  if (!undone)
    return sendPage(ctx, 409, { title: t.migrate.failedTitle, alert: t.migrate.undoConflict }, html`<p><a href="/">${t.nav.home}</a></p>`);
  checks.refresh();
  redirect(ctx.res, `/?ok=${encodeURIComponent(t.migrate.undone)}`);
}

/** The update and its undo: admins only, forms with the CSRF token like every room POST. */
export const migrateRoutes: Route[] = [
  { method: 'POST', path: '/konten/perbarui', access: 'admin', kind: 'page', handle: update },
  { method: 'POST', path: '/konten/perbarui/batal', access: 'admin', kind: 'page', handle: undo },
];
