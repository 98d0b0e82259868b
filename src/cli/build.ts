// `npm run build`: check the content, render the site into a fresh sibling folder
// (dist.next-<pid>) and swap it in by rename only when the whole build succeeded. Astro
// empties its output folder before rendering, so building in place would leave a partial
// site behind any render that fails; this way a failed build leaves dist/ byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const out = path.resolve(values.outDir ?? 'dist');
const next = `${out}.next-${process.pid}`;
const old = `${out}.old-${process.pid}`;

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

if (!run(process.execPath, [path.resolve('src/cli/check-content.ts')])) process.exit(1);
rmSync(next, { recursive: true, force: true });
if (!run('npx', ['astro', 'build', '--outDir', next]) || !existsSync(path.join(next, 'index.html'))) {
  rmSync(next, { recursive: true, force: true });
  const shown = path.relative(process.cwd(), out);
  console.error(`Build gagal; ${shown && !shown.startsWith('..') ? shown : out}/ tidak diubah.`);
  process.exit(1);
}
// The old output is removed only after the new one is in place.
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
