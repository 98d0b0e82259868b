// Every Keystatic save goes through here, one at a time: reference check (refused saves
// write nothing), Keystatic's own write, then one git commit authored by the editor with
// a message in plain words, then a fresh content check.
import path from 'node:path';
import type { Account } from '../accounts/accounts.ts';
import type { Checks } from '../checks/checks.ts';
import type { ContentRepo } from '../git.ts';
import { commitMessage } from '../history/history.ts';
import { type ContentView, planSave, type Update } from './references.ts';
import { judgeSave } from './conflicts.ts';
import { badContentName, checkContentFile, readContentFile, regularFiles, UnsafeFileError } from './paths.ts';
import { recordRedirects } from './redirects.ts';
import { type EntryRef, entryFile, entryForFile } from '../schema.ts';
import { t } from '../strings/index.ts';
import { technicalRefusal } from '../technical.ts';

/** Keystatic's generic API handler (local mode) over the working copy. */
export type KeystaticHandler = (request: Request) => Promise<{ status: number; headers?: HeadersInit; body: BodyInit | null }>;

/** Runs jobs strictly one after another, so two saves never interleave their commits. */
export function createSaveQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const next = tail.then(job, job);
      tail = next.catch(() => {});
      return next;
    },
  };
}
export type SaveQueue = ReturnType<typeof createSaveQueue>;

/**
 * The working copy's files as they are now. Reads go through readContentFile: regular
 * files only, never through a link, never beyond the size cap.
 */
export function workingCopyView(repoDir: string): ContentView {
  return {
    read(file) {
      return readContentFile(repoDir, file)?.toString('utf8') ?? null;
    },
    slugs(collection) {
      const sample = entryFile(collection, 'x');
      const ext = path.extname(sample);
      return regularFiles(repoDir, path.posix.dirname(sample))
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length));
    },
  };
}

export interface SaveOutcome {
  status: number;
  headers?: HeadersInit;
  body: BodyInit | null;
  commit?: string | null;
  refused?: string;
}

function parseUpdate(raw: unknown): Update | null {
  const value = raw as { additions?: unknown; deletions?: unknown };
  if (!value || !Array.isArray(value.additions) || !Array.isArray(value.deletions)) return null;
  const additions: Update['additions'] = [];
  for (const a of value.additions as { path?: unknown; contents?: unknown }[]) {
    if (typeof a?.path !== 'string' || typeof a.contents !== 'string') return null;
    additions.push({ path: a.path, contents: Buffer.from(a.contents, 'base64url') });
  }
  const deletions: Update['deletions'] = [];
  for (const d of value.deletions as { path?: unknown }[]) {
    if (typeof d?.path !== 'string') return null;
    deletions.push({ path: d.path });
  }
  return { additions, deletions };
}

const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };
const refuse = (status: number, message: string): SaveOutcome => ({ status, headers: TEXT, body: message, refused: message });

/** Apply one Keystatic update as `account`, based on the versions in `base` (see conflicts.ts). */
export async function applySave(
  deps: {
    repo: ContentRepo;
    keystatic: KeystaticHandler;
    checks: Checks;
    emailDomain: string;
    timeZone: string;
    /** Names of the admins, for a refused change of a technical setting. */
    admins?: () => string[];
  },
  account: Account,
  body: Buffer,
  url: string,
  base: Map<string, string | null> | null,
): Promise<SaveOutcome> {
  let update: Update | null = null;
  try {
    update = parseUpdate(JSON.parse(body.toString('utf8')));
  } catch {
    update = null;
  }
  if (!update) return { status: 400, headers: TEXT, body: t.saves.badData };
  // Every name is resolved inside the content folder before anything reads it.
  const names = [...update.additions.map((a) => a.path), ...update.deletions.map((d) => d.path)];
  for (const name of names) {
    const why = badContentName(name);
    if (why) return refuse(400, t.unsafe.name(name.slice(0, 200), why));
  }
  try {
    for (const name of names) checkContentFile(deps.repo.dir, name);
    const judged = await judgeSave(deps.repo, deps.timeZone, update, base);
    if ('refused' in judged) return refuse(judged.refused.status, judged.refused.message);
    const technical = technicalRefusal(account, judged.update, workingCopyView(deps.repo.dir).read, deps.admins?.() ?? []);
    if (technical) return refuse(409, technical);
    return await write(deps, account, judged.update, url, judged.mergedWith);
  } catch (error) {
    if (error instanceof UnsafeFileError) return refuse(400, t.unsafe.file(error.message));
    throw error;
  }
}

async function write(
  deps: { repo: ContentRepo; keystatic: KeystaticHandler; checks: Checks; emailDomain: string },
  account: Account,
  update: Update,
  url: string,
  mergedWith: string[],
): Promise<SaveOutcome> {
  const view = workingCopyView(deps.repo.dir);
  const plan = planSave(update, view);
  if (plan.refused)
    return { status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: plan.refused, refused: plan.refused };

  const touched = [...plan.update.additions.map((a) => a.path), ...plan.update.deletions.map((d) => d.path)];
  const before = new Map(touched.map((file) => [file, view.read(file)]));
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'no-cors': '1' },
    body: JSON.stringify({
      additions: plan.update.additions.map((a) => ({ path: a.path, contents: a.contents.toString('base64url') })),
      deletions: plan.update.deletions,
    }),
  });
  const result = await deps.keystatic(request);
  if (result.status !== 200) return result;

  const files = [...new Set(touched)]
    .map((file) => ({ path: file, before: before.get(file) ?? null, after: view.read(file) }))
    .filter((f) => f.before !== f.after);
  const created = plan.update.additions.filter((a) => before.get(a.path) === null).map((a) => entryForFile(a.path));
  const redirected = recordRedirects(
    deps.repo.dir,
    plan.moved,
    created.filter((r): r is EntryRef => r !== null),
  );
  const extra = [
    ...(plan.rewritten.length ? [t.commit.updatedRefs(plan.rewritten.length)] : []),
    ...(redirected.changed ? [t.commit.redirect] : []),
    ...redirected.notes,
    ...(mergedWith.length ? [t.conflict.merged(mergedWith)] : []),
  ];
  const main = files.filter((f) => !plan.rewritten.includes(f.path) || plan.update.additions.length === plan.rewritten.length);
  const commit = await deps.repo.commit(
    { name: account.name, email: `${account.username}@${deps.emailDomain}` },
    commitMessage(main.length ? main : files, extra),
  );
  deps.checks.refresh();
  return { ...result, commit };
}
