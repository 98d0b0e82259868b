// Two editors who changed different fields of one entry both keep their change: a save
// based on an older version is merged field by field (top-level fields, and the body of
// an .mdoc entry) with what was saved since. Any field both changed differently makes the
// save a conflict, refused as before; nothing is ever guessed inside one field.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { isMap, parseDocument } from 'yaml';

const run = promisify(execFile);

/** The contents of a blob of the content repository, or null when git does not have it. */
export async function readBlob(repoDir: string, sha: string): Promise<string | null> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return null;
  try {
    return (await run('git', ['cat-file', 'blob', sha], { cwd: repoDir, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch {
    return null;
  }
}

interface Parts {
  head: string;
  yaml: string;
  middle: string;
  body: string | null;
}

// An entry file: YAML, or .mdoc front matter between --- lines and a body.
function split(text: string): Parts {
  const match = /^(---\r?\n)([\s\S]*?)(\r?\n---\r?\n?)([\s\S]*)$/.exec(text);
  if (match) return { head: match[1] ?? '', yaml: match[2] ?? '', middle: match[3] ?? '', body: match[4] ?? '' };
  return { head: '', yaml: text, middle: '', body: null };
}

function data(yaml: string): Record<string, unknown> | null {
  const doc = parseDocument(yaml);
  if (doc.errors.length) return null;
  if (doc.contents === null) return {};
  return isMap(doc.contents) ? (doc.toJS() as Record<string, unknown>) : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Merge `ours` (the save) and `theirs` (the working copy) over their common `base`.
 * Returns the merged text, or null when a field was changed differently by both (or a
 * version cannot be read as an entry).
 */
export function mergeEntry(base: string, ours: string, theirs: string): string | null {
  const [b, o, th] = [split(base), split(ours), split(theirs)];
  if ((b.body === null) !== (o.body === null) || (o.body === null) !== (th.body === null)) return null;
  const [bd, od, td] = [data(b.yaml), data(o.yaml), data(th.yaml)];
  if (!bd || !od || !td) return null;
  // Start from the newer version (its layout kept) and apply the fields only this save changed.
  const doc = parseDocument(th.yaml);
  for (const key of new Set([...Object.keys(bd), ...Object.keys(od), ...Object.keys(td)])) {
    if (same(od[key], bd[key]) || same(od[key], td[key])) continue;
    if (!same(td[key], bd[key])) return null;
    if (od[key] === undefined) doc.delete(key);
    else doc.set(key, od[key]);
  }
  let body = th.body;
  if (!same(o.body, b.body) && !same(o.body, th.body)) {
    if (!same(th.body, b.body)) return null;
    body = o.body;
  }
  const yaml = doc.toString();
  if (th.body === null) return yaml;
  return `${th.head}${yaml.replace(/\n$/, '')}${th.middle}${body ?? ''}`;
}
