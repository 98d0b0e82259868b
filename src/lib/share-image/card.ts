// The share-image layout (1200x630) as a Satori element tree built from plain objects,
// so it needs neither JSX nor React. Every text decision (line breaks, font size,
// ellipsis) is made here from measured widths; Satori only draws.
import { fitText, textWidth, wrapText } from './text.ts';

/** Bump when the layout below changes: it is part of every image's cache key. */
export const LAYOUT_VERSION = 1;
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Family name the renderer registers the Noto Sans files under. */
export const FONT_FAMILY = 'Noto Sans';

/** One labelled figure on a card ("Biaya" → "Rp80.000"). */
export interface CardFact {
  label: string;
  value: string;
  /** May be cut first when the row is too full (e.g. a gerai name, less vital than the fee). */
  shorten?: boolean;
}

/** Everything a card shows, already formatted for residents. */
export interface ShareCard {
  /** MPP name in the top band. */
  site: string;
  /** Site host shown in the band, e.g. mpp.pekalongankota.go.id. */
  host: string;
  /** Short line above the title, e.g. "Layanan · Gerai G01 Dukcapil". */
  eyebrow: string;
  title: string;
  /** Optional text under the title; gets whatever lines the title leaves free. */
  subtitle?: string;
  /** Up to four figures along the bottom. */
  facts: CardFact[];
}

/** A node of the tree Satori renders (the same shape as a React element). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | string | (CardNode | string)[]; [key: string]: unknown };
}

const COLORS = { band: '#0b4f8a', bandText: '#ffffff', text: '#1a1f24', muted: '#4a5663', surface: '#f2f5f7', accent: '#ffbf47' };
const PAD = 64;
/** Height of the top band with the MPP's name. */
export const BAND_HEIGHT = 96;
const INNER = CARD_WIDTH - 2 * PAD;
const TITLE_SIZES = [64, 56, 48] as const;
const TITLE_LEADING = 1.15;
const SUBTITLE_SIZE = 28;
const SUBTITLE_LINE = Math.round(SUBTITLE_SIZE * 1.35);
const FACTS_HEIGHT = 112;
const FACT_GAP = 16;
const FACT_PAD = 20;
const FACT_SIZES = [30, 26, 23] as const;
const FACT_LABEL = 22;
const MIN_FACT_WIDTH = 150;
// Height left for title and subtitle: card minus band, accent line, paddings, eyebrow, facts and gaps.
const ACCENT = 12;
const BODY_HEIGHT = CARD_HEIGHT - BAND_HEIGHT - ACCENT - 2 * 40 - 44 - FACTS_HEIGHT - 24;

const HOUSE_ICON = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#ffffff"/><path d="M6 26V13l10-7 10 7v13h-6v-8h-8v8z" fill="#0b4f8a"/></svg>',
)}`;

const h = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
  extra: Record<string, unknown> = {},
): CardNode => ({
  type,
  props: { style, children, ...extra },
});

const line = (text: string, style: Record<string, string | number>) => h('div', { display: 'flex', whiteSpace: 'nowrap', ...style }, text);
const oneLine = (text: string, fontSize: number, maxWidth: number, weight: 400 | 700 = 400) =>
  wrapText(text, { fontSize, maxWidth, maxLines: 1, weight }).lines[0] ?? '';

function band(card: ShareCard): CardNode {
  const host = oneLine(card.host, 22, INNER / 2);
  const siteWidth = INNER - 72 - textWidth(host, 22) - 32;
  return h(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      height: BAND_HEIGHT,
      padding: `0 ${PAD}px`,
      backgroundColor: COLORS.band,
      color: COLORS.bandText,
    },
    [
      h('img', { width: 52, height: 52, marginRight: 20 }, undefined, { src: HOUSE_ICON, width: 52, height: 52 }),
      line(oneLine(card.site, 30, siteWidth, 700), { fontSize: 30, fontWeight: 700, flexGrow: 1 }),
      line(host, { fontSize: 22 }),
    ],
  );
}

// Capped widths that exactly fill `available`: short boxes keep their width, the longest
// share what is left (water-filling).
function waterFill(natural: readonly number[], available: number): number[] {
  const sorted = [...natural].sort((a, b) => a - b);
  let remaining = available;
  let cap = Number.POSITIVE_INFINITY;
  for (const [i, width] of sorted.entries()) {
    const share = remaining / (sorted.length - i);
    if (width > share) {
      cap = share;
      break;
    }
    remaining -= width;
  }
  return natural.map((w) => Math.min(w, cap));
}

// Boxes take the width their text needs (so "maks. 2 hari kerja" is not cut while
// "Gratis" sits in a wide box) and spare width is shared out. If even the smallest size
// overflows, facts marked `shorten` give way first, then the longest ones.
function factLayout(items: CardFact[]): { size: number; widths: number[] } {
  const available = INNER - FACT_GAP * (items.length - 1);
  const naturalAt = (size: number) =>
    items.map((f) => Math.max(textWidth(f.value, size, 700), textWidth(f.label, FACT_LABEL)) + 2 * FACT_PAD + 4);
  for (const size of FACT_SIZES) {
    const natural = naturalAt(size);
    const total = natural.reduce((a, b) => a + b, 0);
    if (total <= available) return { size, widths: natural.map((w) => w + (available - total) / items.length) };
  }
  const size = FACT_SIZES[FACT_SIZES.length - 1] as number;
  const natural = naturalAt(size);
  const kept = natural.reduce((sum, w, i) => sum + (items[i]?.shorten ? 0 : w), 0);
  const flexible = natural.filter((_, i) => items[i]?.shorten);
  if (flexible.length === 0 || available - kept < MIN_FACT_WIDTH * flexible.length) return { size, widths: waterFill(natural, available) };
  const shortened = waterFill(flexible, available - kept);
  let next = 0;
  return { size, widths: natural.map((w, i) => (items[i]?.shorten ? (shortened[next++] as number) : w)) };
}

function facts(items: CardFact[]): CardNode {
  const shown = items.slice(0, 4);
  const { size, widths } = factLayout(shown);
  return h(
    'div',
    { display: 'flex', height: FACTS_HEIGHT, marginTop: 24 },
    shown.map((fact, i) => {
      const width = widths[i] as number;
      return h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          width,
          marginLeft: i === 0 ? 0 : FACT_GAP,
          padding: `0 ${FACT_PAD}px`,
          backgroundColor: COLORS.surface,
          borderTop: `6px solid ${COLORS.band}`,
          borderRadius: 6,
        },
        [
          line(oneLine(fact.label, FACT_LABEL, width - 2 * FACT_PAD), { fontSize: FACT_LABEL, color: COLORS.muted }),
          line(oneLine(fact.value, size, width - 2 * FACT_PAD, 700), { fontSize: size, fontWeight: 700, color: COLORS.text }),
        ],
      );
    }),
  );
}

function content(card: ShareCard): CardNode {
  const title = fitText(card.title, TITLE_SIZES, { maxWidth: INNER, maxLines: 3, weight: 700 });
  const titleHeight = Math.ceil(title.lines.length * title.fontSize * TITLE_LEADING);
  const subtitleLines = Math.max(0, Math.min(3, Math.floor((BODY_HEIGHT - titleHeight - 16) / SUBTITLE_LINE)));
  const subtitle =
    card.subtitle && subtitleLines > 0
      ? wrapText(card.subtitle, { fontSize: SUBTITLE_SIZE, maxWidth: INNER, maxLines: subtitleLines }).lines
      : [];
  return h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `40px ${PAD}px` }, [
    line(oneLine(card.eyebrow, 28, INNER, 700), { fontSize: 28, fontWeight: 700, color: COLORS.band, height: 44 }),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1 }, [
      ...title.lines.map((text) =>
        line(text, { fontSize: title.fontSize, fontWeight: 700, lineHeight: TITLE_LEADING, color: COLORS.text }),
      ),
      ...subtitle.map((text, i) =>
        line(text, { fontSize: SUBTITLE_SIZE, lineHeight: 1.35, color: COLORS.muted, marginTop: i === 0 ? 16 : 0 }),
      ),
    ]),
    ...(card.facts.length > 0 ? [facts(card.facts)] : []),
  ]);
}

const root = (height: number, children: CardNode[]) =>
  h(
    'div',
    { display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height, backgroundColor: '#ffffff', fontFamily: FONT_FAMILY },
    children,
  );

// The accent line is a drawn strip: as a CSS border it fell outside the 630 px canvas.
const accent = () => h('div', { display: 'flex', height: ACCENT, flexShrink: 0, backgroundColor: COLORS.accent });

/** The card as a Satori element tree (1200x630, Noto Sans 400/700). */
export function cardTree(card: ShareCard): CardNode {
  return root(CARD_HEIGHT, [band(card), content(card), accent()]);
}

/**
 * The card as two trees stacked vertically: the top band (BAND_HEIGHT high, the same on
 * every card of a site, so it can be drawn once) and the rest. Together they are cardTree.
 */
export function cardParts(card: ShareCard): { band: CardNode; body: CardNode } {
  return { band: root(BAND_HEIGHT, [band(card)]), body: root(CARD_HEIGHT - BAND_HEIGHT, [content(card), accent()]) };
}
