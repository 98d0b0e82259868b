// Text measuring and line breaking for share images. Satori would wrap text itself, but
// we need to know the line count to pick a font size and to cut long titles with an
// ellipsis, so lines are decided here and drawn one per box without further wrapping.
// Widths are the advance widths of Noto Sans (latin subset, 1/1000 em) read from the
// @fontsource .woff files; bump LAYOUT_VERSION in card.ts if the fonts ever change.

/** Font weights used on the cards. */
export type Weight = 400 | 700;

// Advance widths for U+0020–U+007E.
const ASCII: Record<Weight, number[]> = {
  400: [
    260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572, 572, 572, 572, 268,
    268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907, 760, 781, 605, 781, 622, 549, 556, 731,
    600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615,
    615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380, 551, 380, 572,
  ],
  700: [
    260, 282, 479, 646, 572, 902, 750, 266, 339, 339, 542, 572, 285, 320, 281, 415, 572, 572, 572, 572, 572, 572, 572, 572, 572, 572, 281,
    285, 572, 572, 572, 477, 898, 692, 665, 642, 732, 560, 549, 724, 765, 389, 331, 664, 559, 943, 813, 791, 621, 791, 656, 551, 577, 756,
    650, 967, 670, 626, 579, 331, 415, 331, 572, 411, 365, 599, 632, 516, 632, 597, 387, 632, 650, 299, 298, 620, 298, 975, 650, 625, 632,
    632, 447, 502, 434, 650, 571, 856, 578, 571, 493, 394, 551, 394, 572,
  ],
};

// Punctuation common in Indonesian titles: – — ‘ ’ “ ” • … (same order in both rows).
const EXTRA_CHARS = '\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026';
const EXTRA: Record<Weight, number[]> = {
  400: [500, 1000, 175, 175, 359, 359, 376, 791],
  700: [500, 1000, 217, 217, 445, 445, 376, 855],
};

// Accented letters (U+00C0–U+00FF) are within a few units of their base letter; anything
// else unknown is counted generously so a line never overflows.
const WIDE_FALLBACK = 700;
const ELLIPSIS = '\u2026';

function charWidth(char: string, weight: Weight): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII[weight][code - 0x20] ?? WIDE_FALLBACK;
  if (code === 0xa0) return ASCII[weight][0] ?? WIDE_FALLBACK;
  const extra = EXTRA_CHARS.indexOf(char);
  if (extra >= 0) return EXTRA[weight][extra] ?? WIDE_FALLBACK;
  if (code >= 0xc0 && code <= 0xff) {
    const base = char.normalize('NFD').charAt(0);
    if (base !== char) return charWidth(base, weight);
  }
  return WIDE_FALLBACK;
}

/** Width of `text` in pixels when set in Noto Sans at `fontSize`. */
export function textWidth(text: string, fontSize: number, weight: Weight = 400): number {
  let units = 0;
  for (const char of text) units += charWidth(char, weight);
  return (units * fontSize) / 1000;
}

/** Options for {@link wrapText}. */
export interface WrapOptions {
  fontSize: number;
  weight?: Weight;
  /** Available line width in pixels. */
  maxWidth: number;
  maxLines: number;
}

/** Result of {@link wrapText}: the lines to draw and whether text was cut. */
export interface Wrapped {
  lines: string[];
  truncated: boolean;
}

/** Breaks text into at most `maxLines` lines at spaces (or inside over-long words), ending with "…" when cut. */
export function wrapText(text: string, options: WrapOptions): Wrapped {
  const { fontSize, maxWidth, maxLines } = options;
  const weight = options.weight ?? 400;
  const fits = (line: string) => textWidth(line, fontSize, weight) <= maxWidth;
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let index = 0;
  while (index < words.length) {
    const word = words[index] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      index++;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
    } else {
      // A single word wider than the line (a long code or URL): split it by characters.
      const [head, tail] = splitToFit(word, fits);
      lines.push(head);
      words[index] = tail;
    }
    if (lines.length === maxLines) break;
  }
  if (current && lines.length < maxLines) {
    lines.push(current);
    current = '';
  }
  const truncated = index < words.length || current !== '';
  if (truncated && lines.length > 0) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1] as string, fits);
  return { lines, truncated };
}

function splitToFit(word: string, fits: (line: string) => boolean): [string, string] {
  const chars = [...word];
  let cut = 1;
  while (cut < chars.length && fits(chars.slice(0, cut + 1).join(''))) cut++;
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}

// Drop whole words first so the cut reads naturally, then characters if one word remains.
function withEllipsis(line: string, fits: (line: string) => boolean): string {
  let text = line.replace(/[\s,.;:–—-]+$/, '');
  while (!fits(text + ELLIPSIS)) {
    const space = text.lastIndexOf(' ');
    text = space > 0 ? text.slice(0, space) : [...text].slice(0, -1).join('');
    text = text.replace(/[\s,.;:–—-]+$/, '');
    if (!text) break;
  }
  return text + ELLIPSIS;
}

/** Largest size from `sizes` (tried in order) at which the text fits untruncated; else the last size, truncated. */
export function fitText(text: string, sizes: readonly number[], options: Omit<WrapOptions, 'fontSize'>): Wrapped & { fontSize: number } {
  let result: (Wrapped & { fontSize: number }) | undefined;
  for (const fontSize of sizes) {
    result = { ...wrapText(text, { ...options, fontSize }), fontSize };
    if (!result.truncated) return result;
  }
  if (!result) throw new RangeError('fitText needs at least one size');
  return result;
}
