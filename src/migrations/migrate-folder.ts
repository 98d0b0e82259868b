// Migrates a content folder on disk: the steps run on a copy made beside the folder (same
// filesystem, so the final swap is a rename and never a copy across devices), the copy gets
// the content check, and only then replaces the folder. Anything refused or failing leaves
// the folder byte for byte as it was.
import { cpSync, existsSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { replaceFolder, TargetNotMovable } from '../disk/replace-folder.ts';
import { loadSite } from '../data/index.ts';
import { MODEL_FILE, readContentSet, serializeDoc, UnreadableFile, writeFileAtomic } from './content-set.ts';
import { type MigrationResult, migrateSet } from './runner.ts';
import { STEPS } from './steps.ts';
import { MODEL_VERSION, modelFileText, readModelVersion } from './version.ts';

export type FolderOutcome = 'current' | 'would-change' | 'migrated' | 'refused' | 'check-failed' | 'newer' | 'unreadable';

export interface FolderMigration {
  outcome: FolderOutcome;
  /** The recorded version before (null: no model.yaml). */
  from: number | null;
  to: number;
  result: MigrationResult | null;
  /** Files written (entries and model.yaml), relative to the folder; with `check`, the files that would be. */
  written: string[];
  /** Messages of the content check of the migrated copy, or why the folder could not be read. */
  messages: string[];
}

/** The content check the build runs; returns its Indonesian messages when the content has errors. */
export async function buildCheck(dir: string): Promise<string[]> {
  try {
    await loadSite(dir);
    return [];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
}

function writeInto(dir: string, result: MigrationResult, files: string[]) {
  for (const file of files) {
    const doc = result.set.get(file);
    writeFileAtomic(path.join(dir, file), doc ? serializeDoc(doc) : modelFileText(MODEL_VERSION));
  }
}

/** Put the verified copy in the folder's place; a folder that cannot be renamed (a mount point) gets the files written into it instead. */
async function replace(dir: string, staged: string, stage: string, result: MigrationResult, files: string[]) {
  try {
    await replaceFolder(staged, dir, { aside: path.join(stage, 'sebelum') });
  } catch (error) {
    if (!(error instanceof TargetNotMovable)) throw error;
    writeInto(dir, result, files);
  }
}

/**
 * Migrate the content folder `dir` to MODEL_VERSION (or only report, with `check`). `from`
 * runs the steps after that version whatever model.yaml records (a file restored from an old
 * backup into current content); steps leave content already in the new form alone.
 */
export async function migrateFolder(
  dir: string,
  options: { check?: boolean; from?: number; verify?: (dir: string) => Promise<string[]> } = {},
): Promise<FolderMigration> {
  const real = realpathSync(dir);
  const recorded = readModelVersion(real);
  const base = { from: recorded.version, to: MODEL_VERSION, result: null, written: [] as string[] };
  if (recorded.problem) return { ...base, outcome: 'unreadable', messages: [`${MODEL_FILE}: ${recorded.problem}`] };
  if (recorded.version !== null && recorded.version > MODEL_VERSION) return { ...base, outcome: 'newer', messages: [] };
  let result: MigrationResult;
  try {
    result = migrateSet(readContentSet(real), options.from ?? recorded.version, STEPS);
  } catch (error) {
    if (error instanceof UnreadableFile) return { ...base, outcome: 'unreadable', messages: [`${error.file}: ${error.message}`] };
    throw error;
  }
  const files = [...result.changedFiles, ...(recorded.version === MODEL_VERSION ? [] : [MODEL_FILE])];
  const done = { ...base, result, written: files, messages: [] };
  if (result.refused.length) return { ...done, outcome: 'refused', written: [] };
  if (files.length === 0) return { ...done, outcome: 'current' };
  if (options.check) return { ...done, outcome: 'would-change' };

  const stage = path.join(path.dirname(real), `.migrasi-konten-${process.pid}-${Date.now()}`);
  const staged = path.join(stage, 'content');
  try {
    cpSync(real, staged, { recursive: true, preserveTimestamps: true });
    writeInto(staged, result, files);
    const problems = await (options.verify ?? buildCheck)(staged);
    if (problems.length) {
      const messages = problems.map((p) => p.split(`${staged}${path.sep}`).join('').split(path.relative(process.cwd(), staged)).join(dir));
      return { ...done, outcome: 'check-failed', written: [], messages };
    }
    await replace(real, staged, stage, result, files);
    return { ...done, outcome: 'migrated' };
  } finally {
    if (existsSync(stage)) rmSync(stage, { recursive: true, force: true });
  }
}
