// The content-model version: the code's (MODEL_VERSION) and the one a content folder records
// in content/model.yaml. Bump MODEL_VERSION with every change of keystatic.config.ts's shape,
// together with a migration step (src/migrations/steps.ts) and the recorded shape
// (tests/unit/migrate-shape.test.ts says how).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { MODEL_FILE } from './content-set.ts';
import { m } from './strings.ts';

/** The model version this code reads and writes. */
export const MODEL_VERSION = 4;

export type RecordedVersion = { version: number | null; problem?: undefined } | { version: null; problem: string };

/** The version recorded in a content folder: null when the folder has no model.yaml (content from before it existed). */
export function readModelVersion(dir: string): RecordedVersion {
  const file = path.join(dir, MODEL_FILE);
  if (!existsSync(file)) return { version: null };
  let raw: unknown;
  try {
    raw = (load(readFileSync(file, 'utf8')) as { versi?: unknown } | null)?.versi;
  } catch (error) {
    return { version: null, problem: m.unreadable(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)) };
  }
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1
    ? { version: raw }
    : { version: null, problem: m.badVersion(String(raw)) };
}

/** The text of content/model.yaml for a version; the comment tells editors not to touch it. */
export function modelFileText(version: number): string {
  return [
    '# Versi model konten yang dipakai isi folder ini (bukan entri; Keystatic tidak membacanya).',
    '# Jangan diubah dengan tangan: "npm run migrate-content" memperbaruinya setelah portal diperbarui.',
    `versi: ${version}`,
    '',
  ].join('\n');
}
