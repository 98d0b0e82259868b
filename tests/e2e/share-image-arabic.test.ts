// Arabic in share images is drawn as Chromium draws it: joined letters keep their dots
// (ق, ة, ف, ث, ش). The card renderer (Satori, resvg) and Chromium set the same words in the
// same bundled font, and the pieces of ink (a letter body, each dot) are counted in both.
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import satori from 'satori';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontFiles, loadAdditionalAsset, loadFonts } from '../../src/integrations/share-image/png.ts';
import { launchBrowser, openPage } from './harness.ts';

const WIDTH = 600;
const HEIGHT = 200;
const SIZE = 96;
const WORDS = ['حقة', 'فقه', 'ثقافة', 'شجرة', 'قرية'];

/** Separate pieces of dark ink (8-connected), ignoring specks of a few anti-aliased pixels. */
function inkPieces(rgba: Uint8Array | Buffer, width: number, height: number): number {
  const dark = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) dark[i] = (rgba[i * 4] ?? 255) < 128 ? 1 : 0;
  const seen = new Uint8Array(width * height);
  let pieces = 0;
  for (let start = 0; start < dark.length; start++) {
    if (!dark[start] || seen[start]) continue;
    let size = 0;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const at = stack.pop() as number;
      size++;
      const x = at % width;
      const y = (at - x) / width;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          const next = ny * width + nx;
          if (nx >= 0 && ny >= 0 && nx < width && ny < height && dark[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    if (size > 8) pieces++;
  }
  return pieces;
}

async function cardPieces(word: string): Promise<number> {
  const svg = await satori(
    {
      type: 'div',
      props: {
        style: {
          display: 'flex',
          width: WIDTH,
          height: HEIGHT,
          padding: 40,
          background: 'white',
          color: 'black',
          fontSize: SIZE,
          fontFamily: 'Noto Sans',
        },
        children: word,
      },
    } as never,
    { width: WIDTH, height: HEIGHT, fonts: loadFonts(fontFiles()), loadAdditionalAsset },
  );
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return inkPieces(image.pixels, image.width, image.height);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function chromiumPieces(word: string): Promise<number> {
  const arabic = fontFiles().find((f) => f.lang && f.weight === 400)?.file as string;
  const font = readFileSync(arabic).toString('base64');
  const { page, close } = await openPage(browser, { viewport: { width: WIDTH, height: HEIGHT } });
  await page.setContent(
    `<style>@font-face{font-family:A;src:url(data:font/woff;base64,${font}) format("woff")}
     body{margin:0;padding:40px;background:#fff;color:#000;font:${SIZE}px A}</style><p style="margin:0">${word}</p>`,
  );
  await page.evaluate(() => document.fonts.ready);
  const shot = PNG.sync.read(await page.screenshot());
  await close();
  return inkPieces(shot.data, shot.width, shot.height);
}

describe('Arabic on share images', () => {
  it.each(WORDS)('"%s" keeps every dot of its joined letters, as Chromium draws it', async (word) => {
    const [chromium, card] = [await chromiumPieces(word), await cardPieces(word)];
    // Each word has separate dots, so Chromium shows more pieces than letter bodies.
    expect(chromium).toBeGreaterThan(2);
    expect(card).toBe(chromium);
  });
});
