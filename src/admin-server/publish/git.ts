// Reads exactly one commit of the content working copy, never its work tree or index:
// editors may be saving in Keystatic while a build runs.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { run } from './run.ts';
import { s } from './strings.ts';

/** Full hash of `ref` in `repo`, or null when it names no commit. */
export async function resolveCommit(repo: string, ref: string): Promise<string | null> {
  if (!ref || ref.startsWith('-')) return null;
  const result = await run('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: repo });
  const hash = result.output.trim();
  return result.code === 0 && /^[0-9a-f]{40,64}$/.test(hash) ? hash : null;
}

/** Write `commit`'s content/ folder into `dest`/content; returns that folder. Throws an Indonesian message. */
export async function exportContent(repo: string, commit: string, dest: string): Promise<string> {
  mkdirSync(dest, { recursive: true });
  const tar = path.join(dest, 'content.tar');
  const archive = await run('git', ['archive', '--format=tar', `--output=${tar}`, commit, '--', 'content'], { cwd: repo });
  if (archive.code !== 0) {
    throw new Error(/pathspec|did not match/i.test(archive.output) ? s.noContentFolder(commit) : s.exportFailed(archive.output.trim()));
  }
  const extract = await run('tar', ['-xf', tar, '-C', dest], { cwd: dest });
  rmSync(tar, { force: true });
  if (extract.code !== 0) throw new Error(s.exportFailed(extract.output.trim()));
  const content = path.join(dest, 'content');
  if (!existsSync(content)) throw new Error(s.noContentFolder(commit));
  return content;
}
