// Applies the migration steps from a content set's model version to the code's, in order,
// on a copy of the parsed entries. Steps are pure (no files): each turns old forms into
// new ones, leaves content already in the new form as it is (so running twice changes
// nothing), and reports every change, every point to check, and what it refuses to guess.
import { type ContentSet, type Data, serializeDoc } from './content-set.ts';
import { MODEL_VERSION } from './version.ts';

/** One line of the report, naming the file and the field. */
export interface ReportLine {
  kind: 'diubah' | 'periksa' | 'ditolak';
  file: string;
  field: string;
  message: string;
  /** The step (its target version). */
  version: number;
}

/** What a step may say about one file. */
export interface StepLog {
  /** A value was changed; the old text is kept where residents read it. */
  changed(file: string, field: string, message: string): void;
  /** Nothing was changed, but an editor should look (a guess the step did not make). */
  note(file: string, field: string, message: string): void;
  /** The step cannot move this value without losing text: the whole migration stops. */
  refuse(file: string, field: string, message: string): void;
}

export interface MigrationStep {
  /** The version this step produces; it applies to content of version `to - 1`. */
  to: number;
  /** What changed in the model, for the report and CHANGELOG.md (Indonesian). */
  title: string;
  migrate(set: ContentSet, log: StepLog): void;
}

export interface MigrationResult {
  /** The migrated entries (a new set; the input is not modified). */
  set: ContentSet;
  /** Files whose text differs from the input. */
  changedFiles: string[];
  lines: ReportLine[];
  refused: ReportLine[];
  /** Steps that ran, in order. */
  steps: MigrationStep[];
}

const clone = (set: ContentSet): ContentSet =>
  new Map([...set].map(([file, doc]) => [file, { ...doc, data: structuredClone(doc.data) as Data }]));

/** Run every step after version `from` (null: content that recorded no version, checked from the first) up to `to`. */
export function migrateSet(
  input: ContentSet,
  from: number | null,
  steps: readonly MigrationStep[],
  to: number = MODEL_VERSION,
): MigrationResult {
  const set = clone(input);
  const lines: ReportLine[] = [];
  const applicable = steps.filter((s) => s.to > (from ?? 1) && s.to <= to).sort((a, b) => a.to - b.to);
  for (const step of applicable) {
    const add = (kind: ReportLine['kind']) => (file: string, field: string, message: string) =>
      lines.push({ kind, file, field, message, version: step.to });
    step.migrate(set, { changed: add('diubah'), note: add('periksa'), refuse: add('ditolak') });
  }
  const changedFiles = [...set]
    .filter(([file, doc]) => {
      const before = input.get(file);
      return !before || serializeDoc(before) !== serializeDoc(doc);
    })
    .map(([file]) => file);
  return { set, changedFiles, lines, refused: lines.filter((l) => l.kind === 'ditolak'), steps: applicable };
}

/** A plain object field of an entry ({} when missing or not an object). */
export function objectAt(data: Data, key: string): Data | null {
  const value = data[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : null;
}

/** A copy of `data` with `key` set, placed right after `after` when it is new (the order Keystatic writes). */
export function withFieldAfter(data: Data, after: string, key: string, value: unknown): Data {
  if (key in data || !(after in data)) return { ...data, [key]: value };
  const out: Data = {};
  for (const [k, v] of Object.entries(data)) {
    out[k] = v;
    if (k === after) out[key] = value;
  }
  return out;
}
