// Whether a content folder is written for this code's content model, for the content check
// (and so the build), the editors' room and the publisher. Content without model.yaml is
// current when no step would change it (sample and test content from before the file existed).
import { existsSync } from 'node:fs';
import { MODEL_FILE, readContentSet, UnreadableFile } from './content-set.ts';
import { migrateSet } from './runner.ts';
import { STEPS } from './steps.ts';
import { m } from './strings.ts';
import { MODEL_VERSION, readModelVersion } from './version.ts';

export type ModelStatus =
  | { state: 'current'; recorded: number | null }
  | { state: 'older'; recorded: number | null; message: string }
  | { state: 'newer'; recorded: number; message: string }
  | { state: 'unreadable'; message: string };

/**
 * The model status of a content folder. With `everyFile`, content that records the current
 * version is still read for files in an old form (an entry restored to a version from before
 * the update); the room does this, the build relies on the content check for such files.
 */
export function modelStatus(dir: string, options: { everyFile?: boolean } = {}): ModelStatus {
  if (!existsSync(dir)) return { state: 'current', recorded: null };
  const { version, problem } = readModelVersion(dir);
  if (problem) return { state: 'unreadable', message: problem };
  if (version !== null && version > MODEL_VERSION) return { state: 'newer', recorded: version, message: m.newer(version, MODEL_VERSION) };
  if (version !== null && version < MODEL_VERSION) return { state: 'older', recorded: version, message: m.older(version, MODEL_VERSION) };
  if (version === MODEL_VERSION && !options.everyFile) return { state: 'current', recorded: version };
  try {
    const result = migrateSet(readContentSet(dir), null, STEPS);
    if (!result.changedFiles.length && !result.refused.length) return { state: 'current', recorded: version };
    const files = [...new Set([...result.changedFiles, ...result.refused.map((l) => l.file)])];
    return { state: 'older', recorded: version, message: version === null ? m.oldForm(MODEL_VERSION) : m.oldFiles(files) };
  } catch (error) {
    // A file that is not YAML at all is the content check's to report, with line and column.
    if (error instanceof UnreadableFile) return { state: 'current', recorded: version };
    throw error;
  }
}

/** The message when content must be migrated before it can be built or published, or null. */
export function modelProblem(dir: string): string | null {
  const status = modelStatus(dir);
  return status.state === 'current' ? null : status.message;
}

/** The content check's issue for a folder not written for this model (first in the list), or none. */
export function modelIssues(dir: string, shownDir: string): { severity: 'error'; file: string; field: string; message: string }[] {
  const problem = modelProblem(dir);
  return problem ? [{ severity: 'error', file: `${shownDir}/${MODEL_FILE}`, field: 'versi', message: problem }] : [];
}
