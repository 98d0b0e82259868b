// File-system path checks shared by the servers that map request paths onto folders.
import path from 'node:path';

/** Whether `target` lies inside `root` (not merely shares its prefix, like dist-secret beside dist). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
