// Draws one card to PNG bytes with Satori (layout to SVG) and resvg (SVG to PNG).
// Build-time Node code, shared by the worker threads and the in-process renderer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, FONT_FAMILY, type ShareCard } from './card.ts';

/** A font file the cards use, with the weight it is registered under. */
export interface FontFile {
  file: string;
  weight: 400 | 700;
}

/** The Noto Sans latin .woff files from @fontsource/noto-sans, resolved from the project root. */
export function fontFiles(root = process.cwd()): FontFile[] {
  const require = createRequire(path.join(root, 'package.json'));
  const dir = path.join(path.dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  return [
    { file: path.join(dir, 'noto-sans-latin-400-normal.woff'), weight: 400 },
    { file: path.join(dir, 'noto-sans-latin-700-normal.woff'), weight: 700 },
  ];
}

/** Font files read once, in the form Satori takes. */
export function loadFonts(files: FontFile[]): Font[] {
  return files.map(({ file, weight }) => ({ name: FONT_FAMILY, data: readFileSync(file), weight, style: 'normal' as const }));
}

/** One card as PNG bytes (1200x630). */
export async function renderPng(card: ShareCard, fonts: Font[]): Promise<Uint8Array> {
  // Satori accepts React-element-shaped objects; ours are plain data with the same shape.
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
