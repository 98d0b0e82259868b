// Reads the Keystatic content folder into raw entries, naming the file of every entry
// so validation messages can point editors at it. Schema errors from Keystatic's
// reader are caught per entry and translated, so one bad file never hides the others.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createReader } from '@keystatic/core/reader';
import { parse as parseYaml } from 'yaml';
import keystaticConfig, { CONTENT_ROOT } from '../../keystatic.config.ts';
import { mapConcurrent } from '../lib/concurrency.ts';
import { REDIRECTS_FILE } from '../lib/redirects.ts';
import { type PreparedRichText, prepareRichText } from '../lib/rich-text.ts';
import { timeRangeMessage } from '../lib/validate-fields.ts';
import { unknownFieldMessage } from '../migrations/leftovers.ts';
import { fieldPath, translateSchemaMessage, UNKNOWN_KEY, yamlErrorMessage } from './messages.ts';
import type { ContentIssue, RawContent, RawEntry, RichText } from './types.ts';

/** The content folder: MPP_CONTENT_DIR if set, else ./content. */
export function contentDir(): string {
  return path.resolve(process.env.MPP_CONTENT_DIR || CONTENT_ROOT);
}

// The schema's paths start with "content/"; the reader gets the folder's parent so a
// content set anywhere on disk (another MPP, a generated benchmark set) reads the same.
function readerFor(dir: string) {
  if (path.basename(dir) === CONTENT_ROOT) return createReader(path.dirname(dir), keystaticConfig);
  const rebased = structuredClone({ collections: {}, singletons: {} }) as typeof keystaticConfig;
  const strip = (p: string | undefined) => p?.replace(`${CONTENT_ROOT}/`, '');
  for (const [key, c] of Object.entries(keystaticConfig.collections)) {
    (rebased.collections as Record<string, unknown>)[key] = { ...c, path: strip(c.path) };
  }
  for (const [key, s] of Object.entries(keystaticConfig.singletons)) {
    (rebased.singletons as Record<string, unknown>)[key] = { ...s, path: strip(s.path) };
  }
  return createReader(dir, { ...keystaticConfig, ...rebased });
}

/** Turn a Keystatic reader error ("Invalid data for ...:\nfield: message") or a YAML syntax error into issues. */
export function readerIssues(file: string, error: unknown): ContentIssue[] {
  // A .mdoc file's YAML starts on line 2, after the opening "---".
  const syntax = yamlErrorMessage(error, file.endsWith('.mdoc') ? 2 : 1);
  if (syntax) return [{ severity: 'error', file, field: '-', message: `kesalahan penulisan YAML di ${syntax}` }];
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .slice(1)
    .filter((l) => /^[\w.-]*: /.test(l));
  if (lines.length === 0) return [{ severity: 'error', file, field: '-', message: 'berkas tidak dapat dibaca' }];
  return lines.map((line) => {
    const at = line.indexOf(': ');
    const path = line.slice(0, at).trim();
    const reason = line.slice(at + 2);
    // A field of an older model: name what replaced it and how to move it (src/migrations).
    const unknown = reason.match(UNKNOWN_KEY);
    // A well-formed but impossible hour (25.00) is not a format mistake: say which hours exist.
    const range = /format JJ\.MM/.test(reason) ? timeRangeMessage(valueAt(file, path)) : null;
    return {
      severity: 'error',
      file,
      field: path && path !== 'Unexpected error' ? fieldPath(path) : '-',
      message: unknown
        ? unknownFieldMessage(file, path, unknown[1] ?? '')
        : (range ?? `${translateSchemaMessage(reason)} (isi kolom tidak sesuai skema)`),
    };
  });
}

/** The raw value at a reader's dotted path ("jadwal.senin.0.selesai") in a YAML or Markdoc file; undefined when unreadable. */
function valueAt(file: string, dotted: string): unknown {
  try {
    const text = readFileSync(path.resolve(file), 'utf8');
    const front = file.endsWith('.mdoc') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
    let value: unknown = parseYaml(front);
    for (const key of dotted.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return value;
  } catch {
    return undefined;
  }
}

type AnyReader = {
  list(): Promise<string[]>;
  readOrThrow(slug: string): Promise<Record<string, unknown>>;
};

// Files read at once: plenty for speed, far below the usual open-file limits.
const OPEN_FILES = 64;

async function readCollection<T>(
  reader: AnyReader,
  folderPath: string,
  extension: string,
  issues: ContentIssue[],
  relativeDir: string,
  unreadable: Set<string>,
): Promise<RawEntry<T>[]> {
  const slugs = await reader.list();
  const entries = await mapConcurrent(slugs, OPEN_FILES, async (slug) => {
    const file = `${relativeDir}/${folderPath}/${slug}.${extension}`;
    try {
      return { slug, file, entry: (await reader.readOrThrow(slug)) as T };
    } catch (error) {
      issues.push(...readerIssues(file, error));
      unreadable.add(`${folderPath}/${slug}`);
      return null;
    }
  });
  return entries.filter((e): e is RawEntry<T> => e !== null).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Lines above a Markdoc body (its frontmatter block), as Keystatic splits the file. */
async function frontmatterLines(file: string): Promise<number> {
  const text = await readFile(path.resolve(file), 'utf8');
  const match = text.match(/^---(?:\r?\n([\s\S]*?))?\r?\n---\r?\n?/);
  return match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) : 0;
}

async function withRichText<T extends { isi: () => Promise<{ node: Parameters<typeof prepareRichText>[0] }> }>(
  entries: RawEntry<T>[],
  issues: ContentIssue[],
): Promise<RawEntry<Omit<T, 'isi'> & { isi: RichText }>[]> {
  return mapConcurrent(entries, OPEN_FILES, async ({ slug, file, entry }) => {
    const { node } = await entry.isi();
    const prepared: PreparedRichText = prepareRichText(node, await frontmatterLines(file));
    for (const p of prepared.problems) issues.push({ severity: 'error', file, field: 'isi', message: p.message });
    return { slug, file, entry: { ...entry, isi: { tree: prepared.tree, text: prepared.text } } };
  });
}

// Editors see paths as they know them (content/layanan/x.yaml); folders outside the
// project are shown in full.
export function displayPath(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
}

/** Read every entry of the content folder; entries that fail the schema become issues. */
export async function readContent(dir = contentDir()): Promise<{ content: RawContent; issues: ContentIssue[] }> {
  const reader = readerFor(dir);
  const issues: ContentIssue[] = [];
  // Entries that exist but fail the schema: their own errors are reported, so nothing else
  // reports them as missing.
  const unreadable = new Set<string>();
  const rel = displayPath(dir);
  const single = async <T>(name: 'profil' | 'jamLayanan', fileName: string): Promise<RawEntry<T> | null> => {
    const file = `${rel}/${fileName}.yaml`;
    if (!existsSync(path.join(dir, `${fileName}.yaml`))) return null;
    try {
      const entry = await reader.singletons[name].read();
      return entry ? { slug: name, file, entry: entry as T } : null;
    } catch (error) {
      issues.push(...readerIssues(file, error));
      unreadable.add(name);
      return null;
    }
  };
  const c = reader.collections as unknown as Record<string, AnyReader>;
  const col = <T>(key: string, folder: string, ext = 'yaml') =>
    readCollection<T>(c[key] as AnyReader, folder, ext, issues, rel, unreadable);

  const [profil, jamLayanan, libur, instansi, gerai, layanan, kerjaSama, pengumumanRaw, halamanRaw, panduan] = await Promise.all([
    single<RawContent['profil'] extends RawEntry<infer T> | null ? T : never>('profil', 'profil'),
    single<RawContent['jamLayanan'] extends RawEntry<infer T> | null ? T : never>('jamLayanan', 'jam-layanan'),
    col<RawContent['libur'][number]['entry']>('libur', 'libur'),
    col<RawContent['instansi'][number]['entry']>('instansi', 'instansi'),
    col<RawContent['gerai'][number]['entry']>('gerai', 'gerai'),
    col<RawContent['layanan'][number]['entry']>('layanan', 'layanan'),
    col<RawContent['kerjaSama'][number]['entry']>('kerjaSama', 'kerja-sama'),
    col<Parameters<typeof withRichText>[0][number]['entry']>('pengumuman', 'pengumuman', 'mdoc'),
    col<Parameters<typeof withRichText>[0][number]['entry']>('halaman', 'halaman', 'mdoc'),
    col<RawContent['panduan'][number]['entry']>('panduan', 'panduan'),
  ]);
  const [pengumuman, halaman] = await Promise.all([withRichText(pengumumanRaw, issues), withRichText(halamanRaw, issues)]);
  const redirectsFile = path.join(dir, REDIRECTS_FILE);
  const pengalihan = existsSync(redirectsFile) ? { file: `${rel}/${REDIRECTS_FILE}`, text: await readFile(redirectsFile, 'utf8') } : null;
  return {
    content: {
      profil,
      jamLayanan,
      libur,
      instansi,
      gerai,
      layanan,
      kerjaSama,
      pengumuman: pengumuman as RawContent['pengumuman'],
      halaman: halaman as RawContent['halaman'],
      unreadable,
      panduan,
      pengalihan,
    },
    issues,
  };
}

/** Whether a public media path (/media/...) exists inside the content folder. */
export function mediaExistsIn(dir: string) {
  return (publicPath: string) => existsSync(path.join(dir, decodeURI(publicPath).replace(/^\//, '')));
}
