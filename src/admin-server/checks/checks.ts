// "Periksa konten": the build's own content check (checkContent in src/data/check.ts, the
// one the build and the publisher run) on the working copy after every save, each issue
// named the way the CMS shows it.
import path from 'node:path';
import { checkContent as checkFolder } from '../../data/check.ts';
import type { ContentIssue } from '../../data/types.ts';
import { REDIRECTS_FILE } from '../../lib/redirects.ts';
import { entryName } from '../history/history.ts';
import { type EntryRef, entryForIssueFile, labelPath } from '../schema.ts';
import { t } from '../strings/index.ts';

/** One issue as editors see it. */
export interface CheckIssue {
  severity: 'error' | 'warning';
  entry: EntryRef | null;
  /** "Layanan: Penggantian Paspor" or "Jam layanan". */
  entryTitle: string;
  /** Field labels, e.g. ["Jadwal mingguan", "Sabtu", "rentang 2"]. */
  labels: string[];
  message: string;
  /** The build's own line (file › field: message), as the terminal prints it. */
  raw: ContentIssue;
}

export interface CheckResult {
  commit: string;
  at: number;
  issues: CheckIssue[];
}

/**
 * Where an issue opens in Keystatic: its entry, and the field as `#isian=` with the field's
 * labels (Keystatic has no field anchors; the patched admin, src/keystatic-id/runtime.ts,
 * finds the field by its labels, scrolls to it and focuses it).
 */
export function fieldUrl(entry: EntryRef, labels: string[]): string {
  return labels.length ? `${entry.editUrl}#isian=${encodeURIComponent(labels.join(' › '))}` : entry.editUrl;
}

/** The field link of an issue, when it belongs to an entry. */
export function issueUrl(issue: CheckIssue): string | null {
  return issue.entry ? fieldUrl(issue.entry, issue.labels) : null;
}

// The redirects file: "pengalihan 2 › ke" reads "pengalihan 2 › alamat tujuan".
function redirectIssue(issue: ContentIssue): CheckIssue {
  const labels = issue.field === '-' ? [] : issue.field.split(' › ').map((part) => t.check.redirectFields[part] ?? part);
  return { severity: issue.severity, entry: null, entryTitle: t.check.redirects, labels, message: issue.message, raw: issue };
}

/**
 * Validate a content folder and label its issues. `env` is the environment builds get
 * (process.env plus the room's build settings), so the deployment's URL overrides count.
 */
export async function checkContent(
  contentDir: string,
  commit: string,
  readFile: (file: string) => string | null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CheckResult> {
  const { issues } = await checkFolder(contentDir, { env, shownDir: 'content' });
  return {
    commit,
    at: Date.now(),
    issues: issues
      .map((issue) => {
        if (issue.file.endsWith(`content/${REDIRECTS_FILE}`)) return redirectIssue(issue);
        const entry = entryForIssueFile(issue.file);
        const title = entry
          ? entry.kind === 'singleton'
            ? entry.label
            : `${entry.label}: ${entryName(entry, readFile(entry.file))}`
          : issue.file;
        return {
          severity: issue.severity,
          entry,
          entryTitle: title,
          labels: entry ? labelPath(entry.key, issue.field) : [issue.field],
          message: issue.message,
          raw: issue,
        };
      })
      .sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning')),
  };
}

/** The latest check of the working copy; a new run replaces it after each save. */
export function createChecks(
  repoDir: string,
  head: () => Promise<string>,
  readFile: (file: string) => string | null,
  buildEnv: Record<string, string> = {},
) {
  let latest: Promise<CheckResult> | null = null;
  const run = () => {
    latest = head().then((commit) => checkContent(path.join(repoDir, 'content'), commit, readFile, { ...process.env, ...buildEnv }));
    latest.catch(() => {});
    return latest;
  };
  return {
    /** Start a new check (after a save). */
    refresh: run,
    /** The result for the working copy's HEAD: a page opened just after a save (or a commit made
     * outside the room) must never show the check of the commit before it. */
    current: async (): Promise<CheckResult> => {
      const commit = await head();
      const previous = latest ? await latest.catch(() => null) : null;
      return previous?.commit === commit ? previous : run();
    },
  };
}

export type Checks = ReturnType<typeof createChecks>;
