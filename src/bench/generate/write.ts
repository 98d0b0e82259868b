// Writes a generated content set to disk as the content folder the site builds from.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MODEL_FILE } from '../../migrations/content-set.ts';
import { MODEL_VERSION, modelFileText } from '../../migrations/version.ts';
import type { ContentFile } from './options.ts';

/** Write a generated content set into `<out>/content` (replacing it). Returns the folder. */
export function writeContent(out: string, files: ContentFile[]): string {
  const root = path.join(path.resolve(out), 'content');
  rmSync(root, { recursive: true, force: true });
  const dirs = new Set(files.map((f) => path.dirname(path.join(root, f.path))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(path.join(root, file.path), file.text);
  // Generated content is written for this code's model; recording it spares the check a sniff.
  writeFileSync(path.join(root, MODEL_FILE), modelFileText(MODEL_VERSION));
  return root;
}
