// `npm run build`: check the content, render the site into a fresh sibling folder
// (dist.next-<pid>) and swap it in by rename only when the whole build succeeded. Astro
// empties its output folder before rendering, so building in place would leave a partial
// site behind any render that fails; this way a failed build leaves dist/ byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildInFreshFolder } from '../disk/replace-folder.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const out = path.resolve(values.outDir ?? 'dist');

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

if (!run(process.execPath, [path.resolve('src/cli/check-content.ts')])) process.exit(1);
const built = await buildInFreshFolder(
  out,
  (next) => run('npx', ['astro', 'build', '--outDir', next]) && existsSync(path.join(next, 'index.html')),
);
if (!built) {
  const shown = path.relative(process.cwd(), out);
  console.error(`Build gagal; ${shown && !shown.startsWith('..') ? shown : out}/ tidak diubah.`);
  process.exit(1);
}
