// A content folder as plain objects for the migration steps: every YAML entry and the
// frontmatter of every Markdoc entry, parsed and written with js-yaml, the library
// Keystatic itself uses, so a migrated file reads (and later saves) exactly as Keystatic's own.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { m } from './strings.ts';

export type Data = Record<string, unknown>;

/** One entry file: its fields, and for Markdoc the body below the frontmatter (never touched). */
export interface Doc {
  kind: 'yaml' | 'mdoc';
  data: Data;
  body: string;
}

/** Entries by path inside the content folder ("layanan/ktp-el.yaml"). */
export type ContentSet = Map<string, Doc>;

/** The file that records the model version; outside every Keystatic collection and singleton. */
export const MODEL_FILE = 'model.yaml';
// As Keystatic splits a Markdoc file (and src/data/read.ts counts its lines): the closing --- on a line of its own.
const FRONTMATTER = /^---(?:\r?\n([\s\S]*?))?\r?\n---\r?\n?/;

export class UnreadableFile extends Error {
  readonly file: string;
  constructor(file: string, reason: string) {
    super(m.unreadable(reason));
    this.file = file;
  }
}

/** Parse one entry file's text. */
export function parseDoc(file: string, text: string): Doc {
  try {
    if (file.endsWith('.mdoc')) {
      const match = text.match(FRONTMATTER);
      const data = (match ? load(match[1] ?? '') : {}) ?? {};
      return { kind: 'mdoc', data: data as Data, body: match ? text.slice(match[0].length) : text };
    }
    return { kind: 'yaml', data: (load(text) ?? {}) as Data, body: '' };
  } catch (error) {
    throw new UnreadableFile(file, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
}

/** The text Keystatic would write for a document. */
export function serializeDoc(doc: Doc): string {
  const yaml = dump(doc.data);
  return doc.kind === 'mdoc' ? `---\n${yaml}---\n${doc.body}` : yaml;
}

/** Entry files of a content folder (uploaded media and the model file are not entries). */
export function entryFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|mdoc)$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => rel !== MODEL_FILE && !rel.startsWith('media/'))
    .sort();
}

/** Read every entry of a content folder. */
export function readContentSet(dir: string): ContentSet {
  const set: ContentSet = new Map();
  for (const rel of entryFiles(dir)) set.set(rel, parseDoc(rel, readFileSync(path.join(dir, rel), 'utf8')));
  return set;
}

/** Entries of one collection folder ("layanan"), by slug. */
export function collection(set: ContentSet, folder: string): { file: string; slug: string; doc: Doc }[] {
  const out: { file: string; slug: string; doc: Doc }[] = [];
  for (const [file, doc] of set) {
    const match = file.match(/^([^/]+)\/([^/]+)\.(ya?ml|mdoc)$/);
    if (match?.[1] === folder) out.push({ file, slug: match[2] ?? '', doc });
  }
  return out;
}

/** Write one file by rename from a sibling temporary file, so a reader never sees half of it. */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  writeFileSync(temp, text);
  renameSync(temp, file);
}
