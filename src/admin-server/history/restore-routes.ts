// Undo one change ("Urungkan perubahan ini": the entry as it was before that change) or
// restore an entry to a version ("Kembalikan ke versi ini": as it was after it). Both ask
// first on a confirmation page that names what will change, and both write a new commit,
// so they can be undone in turn.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Ctx, Route } from '../context.ts';
import { pageRoute, sendPage } from '../context.ts';
import type { CommitInfo } from '../git.ts';
import { changeWords, entryName } from './history.ts';
import { csrfField, formatWhen, html } from '../html.ts';
import { HttpError, redirect } from '../http.ts';
import { currentSha, fileTitle, lastChange } from '../saves/conflicts.ts';
import { badContentName, checkContentFile, resolveInside } from '../saves/paths.ts';
import { recordRedirects } from '../saves/redirects.ts';
import { missingTargets, planSave } from '../saves/references.ts';
import { workingCopyView } from '../saves/saves.ts';
import { type EntryRef, entryForFile } from '../schema.ts';
import { noteIssues } from '../keystatic.ts';
import { t } from '../strings/index.ts';
import { technicalRefusal } from '../technical.ts';

type Direction = 'urungkan' | 'versi';

// The version a confirmation is based on: the entry's blob SHA as the page showed it
// ("" absent); a restore over a newer version is refused (see conflicts.ts).
function baseOf(repoDir: string, file: string): string {
  try {
    return currentSha(repoDir, file) ?? '';
  } catch {
    return 'tidak-terbaca';
  }
}

const titleOf = (ref: EntryRef, text: string | null) =>
  ref.kind === 'singleton' ? ref.label.toLowerCase() : `${ref.label.toLowerCase()}: ${entryName(ref, text)}`;

interface Target {
  ref: EntryRef;
  file: string;
  info: CommitInfo;
  direction: Direction;
  /** The entry's contents to write (null: the entry did not exist then). */
  contents: Buffer | null;
  /** Title in words, from whichever version names the entry. */
  title: string;
  when: string;
}

/** What a request asks for: the commit, the entry, and which side of the change. */
async function target(ctx: Ctx, fields: URLSearchParams): Promise<Target> {
  const { repo, config } = ctx.room;
  const commit = fields.get('versi') ?? fields.get('commit') ?? '';
  const file = fields.get('file') ?? '';
  const direction: Direction = fields.get('arah') === 'urungkan' ? 'urungkan' : 'versi';
  const ref = entryForFile(file);
  if (!ref || badContentName(file) || !(await repo.isCommit(commit))) throw new HttpError(400, t.errors.notFound);
  const [info] = await repo.log({ rev: commit, limit: 1 });
  if (!info) throw new HttpError(400, t.errors.notFound);
  const parent = await repo.parent(info.hash);
  const after = await repo.show(info.hash, file);
  const before = parent ? await repo.show(parent, file) : null;
  const contents = direction === 'urungkan' ? before : after;
  if (direction === 'versi' && !contents) throw new HttpError(400, t.errors.notFound);
  const named = (after ?? before)?.toString('utf8') ?? null;
  return { ref, file, info, direction, contents, title: titleOf(ref, named), when: formatWhen(info.date, config.timeZone) };
}

const backLink = (file: string) => `/riwayat?entri=${encodeURIComponent(file)}`;

async function confirmPage(ctx: Ctx): Promise<void> {
  const goal = await target(ctx, ctx.url.searchParams);
  const now = workingCopyView(ctx.room.repo.dir).read(goal.file);
  const next = goal.contents?.toString('utf8') ?? null;
  const undo = goal.direction === 'urungkan';
  const title = undo ? t.history.undoTitle : t.history.restoreTitle;
  if (now === next) {
    return sendPage(
      ctx,
      200,
      { title, notice: undo ? t.history.nothingToUndo : t.history.nothingToRestore },
      html`<p><a href="${backLink(goal.file)}">${t.history.cancel}</a></p>`,
    );
  }
  const what = goal.title.charAt(0).toUpperCase() + goal.title.slice(1);
  const lines = next === null ? [t.history.willDelete] : now === null ? [t.history.willCreate] : changeWords(goal.ref, now, next);
  sendPage(
    ctx,
    200,
    { title },
    html`<p>${undo ? t.history.undoIntro(what, goal.info.authorName, goal.when) : t.history.restoreIntro(what, goal.when)}</p>
<p>${t.history.willChange}</p><ul class="changes">${lines.map((line) => html`<li>${line}</li>`)}</ul><p class="meta">${t.history.recorded}</p>
<form method="post" action="/riwayat/kembalikan" class="actions">${csrfField(ctx.session?.csrf ?? '')}<input type="hidden" name="commit" value="${goal.info.hash}"><input type="hidden" name="file" value="${goal.file}"><input type="hidden" name="arah" value="${goal.direction}"><input type="hidden" name="base" value="${baseOf(ctx.room.repo.dir, goal.file)}"><button type="submit">${
      undo ? t.history.confirmUndo : t.history.confirmRestore
    }</button> <a href="${backLink(goal.file)}">${t.history.cancel}</a></form>`,
  );
}

async function restore(ctx: Ctx): Promise<void> {
  const { repo, saves, checks, config } = ctx.room;
  const goal = await target(ctx, ctx.form);
  const base = ctx.form.get('base');
  const account = ctx.account;
  if (!account) throw new HttpError(401, t.errors.unauthenticated);
  const refuse = (message: string) => {
    ctx.room.refusals.set(account.username, message);
    sendPage(ctx, 409, { title: t.history.title, alert: message }, html`<p><a href="${backLink(goal.file)}">${t.history.cancel}</a></p>`);
  };
  if (base === null) return refuse(t.conflict.noBase);
  const { file, ref, contents } = goal;
  const text = contents?.toString('utf8') ?? null;
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
      return { refused: t.conflict.restoreStale(fileTitle(file, text ?? ''), last.who, last.when) };
    }
    const view = workingCopyView(repo.dir);
    const admins = ctx.room.accounts
      .list()
      .filter((a) => a.role === 'admin' && !a.disabled)
      .map((a) => a.name);
    const update =
      text === null
        ? { additions: [], deletions: [{ path: file }] }
        : { additions: [{ path: file, contents: Buffer.from(text) }], deletions: [] };
    const technical = technicalRefusal(account, update, view.read, admins);
    if (technical) return { refused: technical };
    const message =
      goal.direction === 'urungkan'
        ? t.history.undoMessage(goal.title, goal.info.authorName, goal.when)
        : t.history.restoreMessage(goal.title, goal.when);
    const target = resolveInside(repo.dir, file);
    if (text === null) {
      // Undoing the change that created the entry deletes it: refused while others use it.
      const plan = planSave({ additions: [], deletions: [{ path: file }] }, view);
      if (plan.refused) return { refused: plan.refused };
      rmSync(target, { force: true });
    } else {
      const missing = missingTargets(file, text, view);
      if (missing.length) return { refused: t.restoreRefs.missing(fileTitle(file, text), goal.when, missing) };
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      // An entry back at its old address takes it over from a recorded redirect.
      if (now === '') recordRedirects(repo.dir, [], [ref]);
    }
    return { made: await repo.commit({ name: account.name, email: `${account.username}@${config.emailDomain}` }, message) };
  });
  if ('refused' in outcome) return refuse(outcome.refused);
  if (outcome.made) {
    checks.refresh();
    await noteIssues(ctx, account.username, outcome.made);
  }
  // The notice is named by key and rebuilt from the repository, never text from the address.
  const key = goal.direction === 'urungkan' ? 'diurungkan' : 'dikembalikan';
  const notice = outcome.made ? `${key}&versi=${goal.info.hash}` : 'sama';
  redirect(ctx.res, `${backLink(file)}&ok=${notice}`);
}

/** The notice after Urungkan/Kembalikan (?ok=diurungkan|dikembalikan&versi=… or ?ok=sama). */
export async function restoreNotice(ctx: Ctx, file: string | null): Promise<string | null> {
  const key = ctx.url.searchParams.get('ok');
  if (key === 'sama') return t.history.nothingToRestore;
  if ((key !== 'dikembalikan' && key !== 'diurungkan') || !file) return null;
  let goal: Target;
  try {
    goal = await target(ctx, new URLSearchParams({ versi: ctx.url.searchParams.get('versi') ?? '', file, arah: 'urungkan' }));
  } catch {
    return null;
  }
  if (!(await ctx.room.repo.log({ file, limit: 1000 })).some((c) => c.hash === goal.info.hash)) return null;
  return key === 'diurungkan' ? t.history.undone(goal.title, goal.info.authorName, goal.when) : t.history.restored(goal.title, goal.when);
}

/** The confirmation page and the restore itself. */
export const restoreRoutes: Route[] = pageRoute('/riwayat/kembalikan', 'editor', confirmPage, restore);
