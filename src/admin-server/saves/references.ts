// Reference safety for saves: an entry that others use cannot be deleted, and renaming
// its slug rewrites every reference in the same save. Relationship fields come from the
// schema (schema.ts), so a new relationship is covered without code here.
import { parseDocument } from 'yaml';
import { entryName, splitEntry } from '../history/history.ts';
import { type EntryRef, entryFile, entryForFile, labelPath, relationFields, sectionLabel } from '../schema.ts';
import { t } from '../strings/index.ts';

/** A save as Keystatic's update API sends it (contents decoded). */
export interface Update {
  additions: { path: string; contents: Buffer }[];
  deletions: { path: string }[];
}

/** Read access to the working copy as it is before the save. */
export interface ContentView {
  read(file: string): string | null;
  /** Slugs of a collection's entries. */
  slugs(collection: string): string[];
}

export interface SavePlan {
  /** Indonesian reason the save is refused, or null. */
  refused: string | null;
  /** The save to apply (the original plus rewritten references). */
  update: Update;
  /** Entries whose slug went away in this save, and their new slug when renamed. */
  moved: { ref: EntryRef; to: string | null }[];
  /** Files rewritten because they referenced a renamed entry. */
  rewritten: string[];
}

interface User {
  ref: EntryRef;
  field: string;
  multiple: boolean;
  branch?: string;
  text: string;
}

// A relationship's value in an entry: the field itself, or a conditional's value when its branch is chosen.
function relationValue(data: Record<string, unknown>, f: { field: string; branch?: string }): unknown {
  const value = data[f.field];
  if (!f.branch) return value;
  const conditional = value as { discriminant?: unknown; value?: unknown } | null;
  return conditional?.discriminant === f.branch ? conditional.value : undefined;
}

/** Entries (outside `ignore`) whose relationship fields name `target/slug`. */
function usersOf(target: string, slug: string, view: ContentView, pending: Map<string, string>, ignore: Set<string>): User[] {
  const users: User[] = [];
  for (const [collection, fields] of relationFields()) {
    const pointing = fields.filter((f) => f.target === target);
    if (pointing.length === 0) continue;
    for (const other of view.slugs(collection)) {
      const file = entryFile(collection, other);
      if (ignore.has(file)) continue;
      const text = pending.get(file) ?? view.read(file);
      if (!text) continue;
      const data = (splitEntry(text).data ?? {}) as Record<string, unknown>;
      for (const f of pointing) {
        const value = relationValue(data, f);
        const hit = f.multiple ? Array.isArray(value) && value.includes(slug) : value === slug;
        const ref = entryForFile(file);
        if (hit && ref) users.push({ ref, field: f.field, multiple: f.multiple, branch: f.branch, text });
      }
    }
  }
  return users;
}

const titleOf = (ref: EntryRef, text: string | null) => `${ref.label}: ${entryName(ref, text)}`;

// Rewrite one relationship value in a YAML (or .mdoc front matter) entry, keeping the rest as written.
function rewrite(text: string, field: string, multiple: boolean, from: string, to: string, branch?: string): string {
  const match = /^(---\r?\n)([\s\S]*?)(\r?\n---\r?\n?[\s\S]*)$/.exec(text);
  const yamlText = match ? (match[2] ?? '') : text;
  const doc = parseDocument(yamlText);
  const value = doc.get(field);
  if (branch) {
    if (String(doc.getIn([field, 'value'])) === from) doc.setIn([field, 'value'], to);
  } else if (multiple) {
    const list = (doc.toJS() as Record<string, unknown>)[field] as string[];
    doc.set(
      field,
      list.map((s) => (s === from ? to : s)),
    );
  } else if (String(value) === from) doc.set(field, to);
  const out = doc.toString();
  return match ? `${match[1]}${out.replace(/\n$/, '')}${match[3]}` : out;
}

/** Check a save against the entries that reference what it deletes or renames. */
export function planSave(update: Update, view: ContentView): SavePlan {
  const added = new Map(update.additions.map((a) => [a.path, a.contents.toString('utf8')]));
  const deleted = update.deletions.map((d) => d.path).filter((p) => !added.has(p));
  const goneFiles = new Set(deleted);
  const newEntries = [...added.keys()].filter((p) => view.read(p) === null).map((p) => entryForFile(p));
  const moved: SavePlan['moved'] = [];
  const refusals: string[] = [];
  const rewrites = new Map<string, string>();

  for (const file of deleted) {
    const ref = entryForFile(file);
    if (ref?.kind !== 'collection' || !ref.slug) continue;
    const twinIndex = newEntries.findIndex((n) => n?.key === ref.key);
    const twin = twinIndex >= 0 ? newEntries.splice(twinIndex, 1)[0] : undefined;
    moved.push({ ref, to: twin?.slug ?? null });
    const users = usersOf(ref.key, ref.slug, view, added, goneFiles);
    if (users.length === 0) continue;
    const before = view.read(file);
    if (!twin?.slug) {
      refusals.push(t.saves.refusedDelete(`${titleOf(ref, before)}`, [...new Set(users.map((u) => titleOf(u.ref, u.text)))]));
      continue;
    }
    for (const user of users) {
      const current = rewrites.get(user.ref.file) ?? user.text;
      try {
        rewrites.set(user.ref.file, rewrite(current, user.field, user.multiple, ref.slug, twin.slug, user.branch));
      } catch {
        refusals.push(t.saves.refusedRename(titleOf(ref, before), [titleOf(user.ref, user.text)]));
      }
    }
  }

  const additions = update.additions.map((a) =>
    rewrites.has(a.path) ? { path: a.path, contents: Buffer.from(rewrites.get(a.path) as string) } : a,
  );
  for (const [file, text] of rewrites) if (!added.has(file)) additions.push({ path: file, contents: Buffer.from(text) });
  return {
    refused: refusals.length ? refusals.join(' ') : null,
    update: { additions, deletions: update.deletions },
    moved,
    rewritten: [...rewrites.keys()],
  };
}

/**
 * Relationship values of an entry version that name no existing entry, as editors read
 * them ("Gerai: Gerai (gerai-lama)"). A restore of such a version is refused, as a delete
 * that would leave them dangling is.
 */
export function missingTargets(file: string, text: string, view: ContentView): string[] {
  const ref = entryForFile(file);
  if (ref?.kind !== 'collection') return [];
  const data = (splitEntry(text).data ?? {}) as Record<string, unknown>;
  const missing: string[] = [];
  for (const f of relationFields().get(ref.key) ?? []) {
    const value = relationValue(data, f);
    const named = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
    const existing = new Set(view.slugs(f.target));
    for (const slug of named)
      if (!existing.has(slug)) missing.push(`${labelPath(ref.key, f.field).join(' › ')}: ${sectionLabel(f.target)} (${slug})`);
  }
  return missing;
}
