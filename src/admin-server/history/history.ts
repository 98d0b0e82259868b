// History in plain words: a commit message for every save ("Ubah layanan: Penggantian
// Paspor") and which fields changed between two versions of an entry, named by the
// labels editors see in the CMS.
import { parse } from 'yaml';
import { type AnyField, type EntryRef, entryForFile, itemWord, schemaOf, slugFieldOf } from '../schema.ts';
import { t } from '../strings/index.ts';

/** One file of a save, with its contents before and after (null: absent). */
export interface ChangedFile {
  path: string;
  before: string | null;
  after: string | null;
}

/** Split a Keystatic .mdoc file into its YAML front matter and body. */
export function splitEntry(text: string): { data: unknown; body: string | null } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (match) return { data: safeParse(match[1] ?? ''), body: match[2] ?? '' };
  return { data: safeParse(text), body: null };
}

function safeParse(text: string): unknown {
  try {
    return parse(text) ?? {};
  } catch {
    return {};
  }
}

/** The name editors know an entry by (its slug field), falling back to the slug or label. */
export function entryName(ref: EntryRef, text: string | null): string {
  if (ref.kind === 'singleton') return ref.label;
  const field = slugFieldOf(ref.key);
  const data = text ? (splitEntry(text).data as Record<string, unknown>) : {};
  const value = field ? data?.[field] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : (ref.slug ?? ref.label);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The words for one entry's change, e.g. "Tambah pengumuman: Libur Natal". */
function describe(verb: string, ref: EntryRef, name: string): string {
  return ref.kind === 'singleton' ? `${verb} ${lowerFirst(ref.label)}` : `${verb} ${lowerFirst(ref.label)}: ${name}`;
}

/**
 * A commit message for a save. A deleted and an added entry of the same collection in one
 * save are the CMS renaming the entry's slug.
 */
export function commitMessage(files: ChangedFile[], extra: string[] = []): string {
  const parts: string[] = [];
  const entries = files.map((f) => ({ ...f, ref: entryForFile(f.path) }));
  const deleted = entries.filter((e) => e.ref && e.after === null);
  const added = entries.filter((e) => e.ref && e.before === null && e.after !== null);
  const renamed = new Set<string>();
  for (const gone of deleted) {
    const twin = added.find((a) => a.ref?.key === gone.ref?.key && !renamed.has(a.path));
    if (!twin || !gone.ref || !twin.ref) continue;
    renamed.add(twin.path).add(gone.path);
    parts.push(`${describe(t.commit.rename, gone.ref, entryName(gone.ref, gone.before))} → ${entryName(twin.ref, twin.after)}`);
  }
  for (const e of entries) {
    if (!e.ref || renamed.has(e.path)) continue;
    const verb = e.after === null ? t.commit.remove : e.before === null ? t.commit.add : t.commit.edit;
    parts.push(describe(verb, e.ref, entryName(e.ref, e.after ?? e.before)));
  }
  if (parts.length === 0) {
    const removedOnly = files.every((f) => f.after === null);
    parts.push(removedOnly ? t.commit.removeMedia : t.commit.media);
  }
  const shown = parts.length > 3 ? [...parts.slice(0, 2), t.commit.more(parts.length - 2)] : parts;
  return [shown.join('; '), ...extra].join(' — ');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** One changed field: its label path and both values (note: an item count, for lists). */
interface Change {
  path: string[];
  before: unknown;
  after: unknown;
  note?: string;
}

// `ranges`: a list of time ranges reads as one value ("08.00–15.00, 16.00–17.00"), as on the form.
function diffValue(field: AnyField | undefined, a: unknown, b: unknown, path: string[], out: Change[], ranges = false): void {
  if (same(a, b)) return;
  const here = (label?: string) => (label ? [...path, label] : path);
  if (field?.kind === 'object' && field.fields) {
    const x = (a ?? {}) as Record<string, unknown>;
    const y = (b ?? {}) as Record<string, unknown>;
    for (const key of new Set([...Object.keys(field.fields), ...Object.keys(x), ...Object.keys(y)])) {
      const sub = field.fields[key];
      const label = sub?.kind === 'conditional' ? (sub.discriminant?.label ?? key) : (sub?.label ?? key);
      diffValue(sub, x[key], y[key], here(label), out, ranges);
    }
    return;
  }
  if (field?.kind === 'array' && Array.isArray(a) && Array.isArray(b) && !(ranges && itemWord(field.element) === 'rentang')) {
    if (a.length !== b.length) {
      const n = b.length - a.length;
      out.push({ path, before: a, after: b, note: n > 0 ? t.diff.added(n) : t.diff.removed(-n) });
      return;
    }
    a.forEach((item, i) => {
      diffValue(field.element, item, b[i], here(`${itemWord(field.element)} ${i + 1}`), out, ranges);
    });
    return;
  }
  if (field?.kind === 'conditional') {
    const x = (a ?? {}) as { discriminant?: unknown; value?: unknown };
    const y = (b ?? {}) as { discriminant?: unknown; value?: unknown };
    if (!same(x.discriminant, y.discriminant)) out.push({ path, before: x.discriminant, after: y.discriminant });
    else {
      const branch = field.values?.[String(y.discriminant)];
      diffValue(branch, x.value, y.value, branch?.label ? here(branch.label) : path, out, ranges);
    }
    return;
  }
  out.push({ path, before: a, after: b });
}

function changes(ref: EntryRef, before: string | null, after: string | null, ranges: boolean): { out: Change[]; body: string | null } {
  const schema = schemaOf(ref.key);
  const old = splitEntry(before ?? '');
  const now = splitEntry(after ?? '');
  const out: Change[] = [];
  diffValue(schema ? { kind: 'object', fields: schema } : undefined, old.data, now.data, [], out, ranges);
  if ((old.body ?? '') === (now.body ?? '')) return { out, body: null };
  const content = Object.entries(schema ?? {}).find(([, f]) => f.kind === 'form' && f.formKind === 'content');
  return { out, body: content?.[1].label ?? t.diff.content };
}

/** Label paths of the fields that differ between two versions of an entry file. */
export function changedFields(ref: EntryRef, before: string | null, after: string | null): string[] {
  const { out, body } = changes(ref, before, after, false);
  const lines = out.map((c) => (c.note ? `${c.path.join(' › ')} (${c.note})` : c.path.join(' › ')));
  return [...lines, ...(body ? [body] : [])].filter((line) => line.length > 0);
}

const MAX_WORDS = 120;

/** A value as the form shows it: "08.00–15.00", "ya", "(kosong)"; long text cut short. */
export function valueWords(value: unknown): string {
  let text: string;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t.diff.empty;
  if (typeof value === 'boolean') text = value ? t.diff.yes : t.diff.no;
  else if (Array.isArray(value)) text = value.map(valueWords).join(', ');
  else if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    text =
      'mulai' in o && 'selesai' in o
        ? `${valueWords(o.mulai)}–${valueWords(o.selesai)}`
        : Object.values(o)
            .filter((v) => v !== null && v !== undefined && v !== '')
            .map(valueWords)
            .join(' · ');
  } else text = String(value).replace(/\s+/g, ' ').trim();
  return text.length > MAX_WORDS ? `${text.slice(0, MAX_WORDS - 1)}…` : text;
}

/** Each changed field with its values: "Jadwal mingguan › Sabtu: 08.00–15.00 → 08.00–12.00". */
export function changeWords(ref: EntryRef, before: string | null, after: string | null): string[] {
  const { out, body } = changes(ref, before, after, true);
  const lines = out.map((c) => `${c.path.join(' › ')}: ${valueWords(c.before)} → ${valueWords(c.after)}`);
  return [...lines, ...(body ? [`${body} (${t.diff.changed})`] : [])];
}
