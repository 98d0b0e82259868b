// `npm install` runs this (postinstall) after the Keystatic patch: Satori 0.63 draws a glyph's
// vertical offset from HarfBuzz downwards instead of upwards, so marks placed above a letter
// (the dots of Arabic ق and ة in their joined forms) land inside the letter and vanish from
// share images. One sign in each bundle is flipped. Idempotent; stops with an error when the
// installed Satori is not the pinned version or the code no longer matches.
// `--check` only verifies that the installed files are patched (exit 1 if not).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PINNED = '0.63.2';
// In getSVG: `<y>=<top>+<glyph>.dy*<scale>` (the minifier's names differ per bundle).
const BUGGY = /([\w$]{1,3})=([\w$]{1,3})\+([\w$]{1,3})\.dy\*([\w$]{1,3})/g;
const FIXED = /([\w$]{1,3})=([\w$]{1,3})-([\w$]{1,3})\.dy\*([\w$]{1,3})/g;

/** What a run found per bundle: already fixed, fixed now, or not matching. */
export function patchSatori(root = ROOT, check = false): { patched: string[]; unpatched: string[] } {
  const dir = path.join(root, 'node_modules/satori');
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  if (version !== PINNED) {
    throw new Error(
      `satori terpasang versi ${version}, padahal tambalan posisi tanda diakritik ditulis untuk ${PINNED}; periksa src/cli/patch-satori.ts`,
    );
  }
  const patched: string[] = [];
  const unpatched: string[] = [];
  for (const name of readdirSync(path.join(dir, 'dist')).filter((f) => /\.(c?js)$/.test(f))) {
    const file = path.join(dir, 'dist', name);
    const text = readFileSync(file, 'utf8');
    const buggy = text.match(BUGGY)?.length ?? 0;
    const fixed = text.match(FIXED)?.length ?? 0;
    if (buggy === 0 && fixed === 1) patched.push(name);
    else if (buggy === 1 && fixed === 0) {
      if (check) unpatched.push(name);
      else {
        writeFileSync(file, text.replace(BUGGY, '$1=$2-$3.dy*$4'));
        patched.push(name);
      }
    } else throw new Error(`kode satori/dist/${name} tidak lagi sesuai tambalan (posisi dy); periksa src/cli/patch-satori.ts`);
  }
  return { patched, unpatched };
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const { patched, unpatched } = patchSatori(ROOT, check);
  if (unpatched.length) {
    console.error(`satori belum ditambal: ${unpatched.join(', ')}; jalankan npm install`);
    process.exit(1);
  }
  console.log(`satori: posisi tanda diakritik benar di ${patched.length} berkas`);
}
