// Compares two built sites file by file, so a restructure of the code can be proven to
// change nothing residents receive: every HTML page, /data/ file, Pagefind file, asset
// and share image must be byte for byte the same. Build both with the same MPP_TODAY.
//
//   node src/cli/compare-builds.ts <dist-a> <dist-b>
//
// Prints each file that differs or exists on one side only; exits 1 if there is any.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under root, as paths relative to it with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

export interface BuildDifference {
  file: string;
  kind: 'differs' | 'only-in-a' | 'only-in-b';
}

/** The files that are not byte-identical between two build folders. */
export function compareBuilds(a: string, b: string): { compared: number; differences: BuildDifference[] } {
  const inA = new Set(listFiles(a));
  const inB = new Set(listFiles(b));
  const differences: BuildDifference[] = [];
  let compared = 0;
  for (const file of [...new Set([...inA, ...inB])].sort()) {
    if (!inB.has(file)) differences.push({ file, kind: 'only-in-a' });
    else if (!inA.has(file)) differences.push({ file, kind: 'only-in-b' });
    else {
      compared++;
      if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) differences.push({ file, kind: 'differs' });
    }
  }
  return { compared, differences };
}

if (import.meta.main) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('Pemakaian: node src/cli/compare-builds.ts <folder-build-a> <folder-build-b>');
    process.exit(2);
  }
  const { compared, differences } = compareBuilds(path.resolve(a), path.resolve(b));
  const label = { differs: 'berbeda', 'only-in-a': `hanya di ${a}`, 'only-in-b': `hanya di ${b}` };
  for (const { file, kind } of differences) console.log(`${label[kind]}: ${file}`);
  console.log(`${compared} berkas dibandingkan, ${differences.length} perbedaan.`);
  process.exit(differences.length > 0 ? 1 : 0);
}
