// The content working copy as a git repository: every save is a commit, history is the
// log, and "Kembalikan" reads old versions; a build reads exactly one commit, never the
// work tree or index (editors may be saving while it runs). Plain git, never a shell.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { run as runTool } from './publish/run.ts';
import { s } from './strings/index.ts';

const run = promisify(execFile);

export interface Author {
  name: string;
  email: string;
}

/** One changed file of a commit (A added, M modified, D deleted). */
export interface FileChange {
  status: 'A' | 'M' | 'D';
  path: string;
}

export interface CommitInfo {
  hash: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601. */
  date: string;
  subject: string;
  files: FileChange[];
}

const ROOM_COMMITTER: Author = { name: 'Ruang editor', email: 'ruang-editor@localhost' };

/** Git operations on one content repository. */
export function createContentRepo(dir: string) {
  const git = async (args: string[], env: Record<string, string> = {}) =>
    (
      await run('git', args, {
        cwd: dir,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env },
      })
    ).stdout;
  const authorEnv = (author: Author) => ({
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: ROOM_COMMITTER.name,
    GIT_COMMITTER_EMAIL: ROOM_COMMITTER.email,
  });

  return {
    dir,
    /** Create the repository when missing, seeded from a content folder, with a first commit. */
    async ensure(seedContent?: string): Promise<void> {
      if (existsSync(path.join(dir, '.git'))) return;
      mkdirSync(dir, { recursive: true });
      if (seedContent && !existsSync(path.join(dir, 'content'))) cpSync(seedContent, path.join(dir, 'content'), { recursive: true });
      await git(['init', '--quiet', '--initial-branch=main']);
      await git(['add', '-A', '--', 'content']);
      await git(['commit', '--quiet', '--allow-empty', '-m', 'Konten awal'], authorEnv(ROOM_COMMITTER));
    },
    async head(): Promise<string> {
      return (await git(['rev-parse', 'HEAD'])).trim();
    },
    /** Files under content/ that differ from HEAD (staged, unstaged or untracked). */
    async pending(): Promise<FileChange[]> {
      await git(['add', '-A', '--', 'content']);
      return parseNameStatus(await git(['diff', '--cached', '--name-status', '--no-renames', 'HEAD', '--', 'content']));
    },
    /** Commit everything under content/ as `author`; returns the hash, or null when nothing changed. */
    async commit(author: Author, message: string): Promise<string | null> {
      await git(['add', '-A', '--', 'content']);
      const staged = await git(['diff', '--cached', '--name-only', '--', 'content']);
      if (!staged.trim()) return null;
      await git(['commit', '--quiet', '--no-verify', '-m', message], authorEnv(author));
      return this.head();
    },
    /** Newest first; only commits touching `file` when given; `skip` pages on; `rev` starts there; `since` excludes it and older. */
    async log(options: { file?: string; limit?: number; skip?: number; rev?: string; since?: string } = {}): Promise<CommitInfo[]> {
      const args = [
        'log',
        `--max-count=${options.limit ?? 100}`,
        `--skip=${Math.max(0, Math.floor(options.skip ?? 0))}`,
        '--no-renames',
        '--name-status',
        '--format=%x1e%H%x1f%an%x1f%ae%x1f%aI%x1f%s',
      ];
      if (options.rev && /^[0-9a-f]{7,40}$/.test(options.rev)) args.push(options.rev);
      if (options.since && /^[0-9a-f]{7,40}$/.test(options.since)) args.push(`${options.since}..HEAD`);
      if (options.file) args.push('--', options.file);
      const out = await git(args);
      return out
        .split('\x1e')
        .filter((chunk) => chunk.trim())
        .map((chunk) => {
          const [header = '', ...rest] = chunk.split('\n');
          const [hash = '', authorName = '', authorEmail = '', date = '', subject = ''] = header.split('\x1f');
          return { hash, authorName, authorEmail, date, subject, files: parseNameStatus(rest.join('\n')) };
        });
    },
    /** The file as it was at `rev`, or null when it did not exist there. */
    async show(rev: string, file: string): Promise<Buffer | null> {
      try {
        return (await run('git', ['show', `${rev}:${file}`], { cwd: dir, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })).stdout;
      } catch {
        return null;
      }
    },
    /** The parent of a commit, or null for the first one. */
    async parent(rev: string): Promise<string | null> {
      try {
        return (await git(['rev-parse', '--verify', '--quiet', `${rev}^`])).trim() || null;
      } catch {
        return null;
      }
    },
    /** Whether `rev` names a commit of this repository. */
    async isCommit(rev: string): Promise<boolean> {
      if (!/^[0-9a-f]{7,40}$/.test(rev)) return false;
      try {
        await git(['cat-file', '-e', `${rev}^{commit}`]);
        return true;
      } catch {
        return false;
      }
    },
  };
}

function parseNameStatus(text: string): FileChange[] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((parts): parts is [string, string] => parts.length >= 2 && /^[AMD]$/.test(parts[0] ?? ''))
    .map(([status, file]) => ({ status: status as FileChange['status'], path: file }));
}

export type ContentRepo = ReturnType<typeof createContentRepo>;

/** Full hash of `ref` in `repo`, or null when it names no commit. */
export async function resolveCommit(repo: string, ref: string): Promise<string | null> {
  if (!ref || ref.startsWith('-')) return null;
  const result = await runTool('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: repo });
  const hash = result.output.trim();
  return result.code === 0 && /^[0-9a-f]{40,64}$/.test(hash) ? hash : null;
}

/** Write `commit`'s content/ folder into `dest`/content; returns that folder. Throws an Indonesian message. */
export async function exportContent(repo: string, commit: string, dest: string): Promise<string> {
  mkdirSync(dest, { recursive: true });
  const tar = path.join(dest, 'content.tar');
  const archive = await runTool('git', ['archive', '--format=tar', `--output=${tar}`, commit, '--', 'content'], { cwd: repo });
  if (archive.code !== 0) {
    throw new Error(/pathspec|did not match/i.test(archive.output) ? s.noContentFolder(commit) : s.exportFailed(archive.output.trim()));
  }
  const extract = await runTool('tar', ['-xf', tar, '-C', dest], { cwd: dest });
  rmSync(tar, { force: true });
  if (extract.code !== 0) throw new Error(s.exportFailed(extract.output.trim()));
  const content = path.join(dest, 'content');
  if (!existsSync(content)) throw new Error(s.noContentFolder(commit));
  return content;
}
