// The Keystatic UI is an Astro build of its own (astro.admin.config.mjs); it is rebuilt
// only when it is missing or older than the schema, its sources or the installed packages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(files: string[]): number {
  let newest = 0;
  for (const file of files) {
    if (!existsSync(file)) continue;
    const stat = statSync(file);
    if (stat.isDirectory()) newest = Math.max(newest, newestMtime(readdirSync(file).map((f) => path.join(file, f))));
    else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Whether the UI build in `uiDir` is missing or older than what it is built from. */
export function uiBuildOutdated(projectRoot: string, uiDir: string): boolean {
  const built = path.join(uiDir, 'keystatic', 'index.html');
  if (!existsSync(built)) return true;
  // The room's page also uses the site's shared head component.
  const sources = [
    'keystatic.config.ts',
    'astro.admin.config.mjs',
    'src/admin-server/ui',
    'src/components/DocumentHead.astro',
    'package-lock.json',
  ].map((f) => path.join(projectRoot, f));
  return newestMtime(sources) > statSync(built).mtimeMs;
}

// A test runner's variables (NODE_ENV=test, VITEST*) would give a React build whose
// list views measure zero width; the UI is always built as for production.
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
}

/** Build the UI when needed; throws when the build fails. */
export function ensureUiBuilt(projectRoot: string, uiDir: string): void {
  if (!uiBuildOutdated(projectRoot, uiDir)) return;
  console.log('Membangun antarmuka Keystatic untuk ruang editor…');
  const result = spawnSync('npx', ['astro', 'build', '--config', 'astro.admin.config.mjs'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...cleanEnv(), MPP_ADMIN_UI_DIR: uiDir },
  });
  if (result.status !== 0) throw new Error('Build antarmuka Keystatic gagal (astro build --config astro.admin.config.mjs).');
}
