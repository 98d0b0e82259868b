// Draws one card to PNG bytes with Satori (layout to SVG) and resvg (SVG to PNG).
// Build-time Node code, shared by the worker threads and the in-process renderer.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { BAND_HEIGHT, CARD_HEIGHT, CARD_WIDTH, type CardNode, cardParts, FONT_FAMILY, type ShareCard } from '../../lib/share-image/card.ts';

/** A font file the cards use, with the weight it is registered under (and the script it covers, for fallbacks). */
export interface FontFile {
  file: string;
  weight: 400 | 700;
  /** Satori language code of a fallback font, e.g. "ar-AR"; none for the main font. */
  lang?: 'ar-AR';
}

const ARABIC_FAMILY = 'Noto Sans Arabic';

/** Noto Sans (latin) and the Noto Sans Arabic fallback, .woff files from @fontsource, resolved from the project root. */
export function fontFiles(root = process.cwd()): FontFile[] {
  const require = createRequire(path.join(root, 'package.json'));
  const files = (pkg: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files');
  const latin = files('@fontsource/noto-sans');
  const arabic = files('@fontsource/noto-sans-arabic');
  return [
    { file: path.join(latin, 'noto-sans-latin-400-normal.woff'), weight: 400 },
    { file: path.join(latin, 'noto-sans-latin-700-normal.woff'), weight: 700 },
    { file: path.join(arabic, 'noto-sans-arabic-arabic-400-normal.woff'), weight: 400, lang: 'ar-AR' },
    { file: path.join(arabic, 'noto-sans-arabic-arabic-700-normal.woff'), weight: 700, lang: 'ar-AR' },
  ];
}

/** Font files read once, in the form Satori takes. */
export function loadFonts(files: FontFile[]): Font[] {
  return files.map(({ file, weight, lang }) => ({
    name: lang ? ARABIC_FAMILY : FONT_FAMILY,
    data: readFileSync(file),
    weight,
    style: 'normal' as const,
    ...(lang ? { lang } : {}),
  }));
}

/** Twemoji file name of an emoji ("🕋" → "1f54b"): code points in hex, FE0F dropped unless the emoji joins others. */
export function emojiFileName(emoji: string): string {
  const text = emoji.includes('\u200d') ? emoji : emoji.replace(/\ufe0f/g, '');
  return [...text].map((c) => (c.codePointAt(0) ?? 0).toString(16)).join('-');
}

const emojiImages = new Map<string, string>();
let emojiDir: string | undefined;

/** Satori's asset loader: emoji as Twemoji SVGs bundled from npm (@twemoji/svg); no network. */
export async function loadAdditionalAsset(code: string, segment: string): Promise<string | Font[]> {
  if (code !== 'emoji') return [];
  emojiDir ??= path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('@twemoji/svg/package.json'));
  let image = emojiImages.get(segment);
  if (image === undefined) {
    const file = path.join(emojiDir, `${emojiFileName(segment)}.svg`);
    image = existsSync(file) ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : '';
    emojiImages.set(segment, image);
  }
  return image || [];
}

type SatoriTree = Parameters<typeof satori>[0];

/** A horizontal strip of RGBA pixels, full card width. */
export interface PixelRows {
  pixels: Uint8Array;
  height: number;
}

async function draw(tree: CardNode, height: number, fonts: Font[]): Promise<PixelRows> {
  // Satori accepts React-element-shaped objects; ours are plain data with the same shape.
  const svg = await satori(tree as unknown as SatoriTree, { width: CARD_WIDTH, height, fonts, loadAdditionalAsset });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, height: image.height };
}

// The band is the same on every card of a site: each thread draws it once per site and
// name, which saves about a fifth of the work per card.
const bands = new Map<string, Promise<PixelRows>>();

/** One card as PNG bytes (1200x630). */
export async function renderPng(card: ShareCard, fonts: Font[]): Promise<Uint8Array> {
  const parts = cardParts(card);
  const key = JSON.stringify([card.site, card.host]);
  let band = bands.get(key);
  if (!band) {
    if (bands.size > 16) bands.clear();
    band = draw(parts.band, BAND_HEIGHT, fonts);
    bands.set(key, band);
  }
  const body = await draw(parts.body, CARD_HEIGHT - BAND_HEIGHT, fonts);
  return encodeOpaquePng([await band, body], CARD_WIDTH);
}
const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// Reused between cards: a fresh 2 MB buffer per card cost the build noticeable time in page faults.
let scratch = Buffer.alloc(0);

/** PNG bytes (8-bit RGB) of strips of opaque RGBA pixels stacked top to bottom; alpha is dropped. */
export function encodeOpaquePng(strips: PixelRows[], width: number): Buffer {
  // resvg's own encoder spent ~15 ms per card on maximum compression. Cards are flat
  // colour and text on an opaque background: RGB, no row filter and zlib level 3 take
  // ~6 ms and give a smaller file.
  const height = strips.reduce((sum, strip) => sum + strip.height, 0);
  const stride = width * 3;
  const size = (stride + 1) * height;
  if (scratch.length < size) scratch = Buffer.alloc(size);
  const raw = scratch.subarray(0, size);
  let o = 0;
  for (const { pixels, height: rows } of strips) {
    const rgba = new Uint32Array(pixels.buffer, pixels.byteOffset, width * rows);
    for (let y = 0; y < rows; y++) {
      raw[o++] = 0;
      for (let i = y * width, end = i + width; i < end; i++) {
        const v = rgba[i] as number;
        raw[o++] = v & 255;
        raw[o++] = (v >>> 8) & 255;
        raw[o++] = (v >>> 16) & 255;
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter set, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 3 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
