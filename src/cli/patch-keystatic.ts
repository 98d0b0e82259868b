// `npm install` runs this (postinstall): gives the installed Keystatic admin its id-ID table
// and the editors' room fixes (src/keystatic-id/). Idempotent: each patched file keeps its
// pristine copy next to it (*.mpp-asli) and is always rebuilt from that copy. Stops with an
// error when the installed versions are not the pinned ones or a patch no longer matches.
// `--check` only verifies that the installed files are patched (exit 1 if not).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DECLARATIONS, PINNED, patchFile, patchReactAria, REACT_ARIA_FILES, SNIPPETS } from '../keystatic-id/patch.ts';
import { LITERALS, TABLES, TEMPLATES } from '../keystatic-id/strings.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PRISTINE = '.mpp-asli';
const REACT_ARIA: Parameters<typeof patchFile>[2] = [];

function packageDir(root: string, name: keyof typeof PINNED): string {
  const candidates = [path.join(root, 'node_modules', name), path.join(root, 'node_modules/@keystatic/core/node_modules', name)];
  // react-aria comes with @keystar/ui; look there too when it is not hoisted.
  candidates.push(path.join(root, 'node_modules/@keystar/ui/node_modules', name));
  const dir = candidates.find((d) => existsSync(path.join(d, 'package.json')));
  if (!dir) throw new Error(`${name} tidak terpasang; jalankan npm install`);
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (version !== PINNED[name]) {
    throw new Error(
      `${name} terpasang versi ${version}, padahal tambalan bahasa Indonesia ditulis untuk ${PINNED[name]}. ` +
        'Kembalikan versi yang dipatok di package.json, atau sesuaikan src/keystatic-id/ dengan versi baru.',
    );
  }
  return dir;
}

function jsFiles(dir: string, filter: (text: string) => boolean): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && filter(readPristine(path.join(dir, f))))
    .sort();
}

function readPristine(file: string): string {
  return readFileSync(existsSync(file + PRISTINE) ? file + PRISTINE : file, 'utf8');
}

/** What a run found: files written, files not (yet) patched, and what matched. */
export interface Outcome {
  changed: string[];
  stale: string[];
  used: Set<string>;
  unknownTables: string[];
}

function patchDir(dist: string, files: string[], rules: Parameters<typeof patchFile>[2], check: boolean, outcome: Outcome) {
  for (const rel of files) {
    const file = path.join(dist, rel);
    const pristine = readPristine(file);
    const result =
      rules === DECLARATIONS
        ? declarationPatch(rel, pristine)
        : rules === REACT_ARIA
          ? { text: patchReactAria(rel, pristine), used: new Set<string>(), unknownTables: [] }
          : patchFile(rel, pristine, rules);
    for (const u of result.used) outcome.used.add(u);
    outcome.unknownTables.push(...result.unknownTables.map((t) => `${rel}: ${t}`));
    const current = readFileSync(file, 'utf8');
    if (current === result.text) continue;
    outcome.stale.push(rel);
    if (check) continue;
    if (result.text !== pristine && !existsSync(file + PRISTINE)) writeFileSync(file + PRISTINE, pristine);
    writeFileSync(file, result.text);
    if (result.text === pristine) rmSync(file + PRISTINE, { force: true });
    outcome.changed.push(rel);
  }
}

function declarationPatch(rel: string, pristine: string) {
  let text = pristine;
  const used = new Set<string>();
  for (const rule of DECLARATIONS) {
    if (!rule.file.test(rel)) continue;
    if (!text.includes(rule.find)) throw new Error(`${rel}: "${rule.id}" tidak ditemukan`);
    text = text.replace(rule.find, rule.replace);
    used.add(rule.id);
  }
  return { text, used, unknownTables: [] as string[] };
}

/** Patch (or with check, only verify) the Keystatic installed under root; returns what changed. */
export function patchKeystatic({ root = ROOT, check = false }: { root?: string; check?: boolean } = {}): Outcome {
  const core = path.join(packageDir(root, '@keystatic/core'), 'dist');
  const ui = path.join(packageDir(root, '@keystar/ui'), 'dist');
  const outcome: Outcome = { changed: [], stale: [], used: new Set(), unknownTables: [] };
  patchDir(
    core,
    jsFiles(core, () => true),
    SNIPPETS,
    check,
    outcome,
  );
  patchDir(
    ui,
    jsFiles(ui, (t) => t.includes('"en-US": {')),
    [],
    check,
    outcome,
  );
  patchDir(core, ['declarations/src/app/l10n/locales.d.ts', 'declarations/src/config.d.ts'], DECLARATIONS, check, outcome);
  patchDir(packageDir(root, 'react-aria'), REACT_ARIA_FILES, REACT_ARIA, check, outcome);

  const expected = [...SNIPPETS, ...DECLARATIONS]
    .map((r) => r.id)
    .concat(Object.keys(LITERALS), Object.keys(TEMPLATES), Object.keys(TABLES));
  const missing = expected.filter((k) => !outcome.used.has(k));
  if (missing.length || outcome.unknownTables.length) {
    throw new Error(
      [
        'Tambalan bahasa Indonesia untuk Keystatic tidak lagi cocok dengan berkas terpasang:',
        ...missing.map((m) => `  - tidak ditemukan: ${JSON.stringify(m)}`),
        ...outcome.unknownTables.map((t) => `  - tabel teks tanpa id-ID: ${t}`),
      ].join('\n'),
    );
  }
  // Vite pre-bundles Keystatic for `astro dev`; drop that cache so it picks up the patch.
  if (outcome.changed.length) rmSync(path.join(root, 'node_modules/.vite'), { recursive: true, force: true });
  return outcome;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  try {
    const outcome = patchKeystatic({ check });
    if (check && outcome.stale.length) {
      console.error(`Keystatic belum ditambal (${outcome.stale.length} berkas). Jalankan: npm run patch-keystatic`);
      process.exit(1);
    }
    console.log(
      check
        ? 'Keystatic sudah berbahasa Indonesia.'
        : `Keystatic ${PINNED['@keystatic/core']}: tambalan bahasa Indonesia terpasang (${outcome.changed.length} berkas diperbarui).`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
