// Cache keys for share images: a digest of everything that affects the pixels, so an
// unchanged card is never drawn twice and any change (text, layout, fonts) redraws it.
import { createHash } from 'node:crypto';
import type { ShareCard } from './card.ts';

/** JSON with object keys sorted, so equal cards always serialise identically. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Hex SHA-256 of some bytes or text (used for font files and renderer versions). */
export function digest(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Cache key of one card: the card itself plus the renderer salt (layout version, font and library digests). */
export function cardHash(card: ShareCard, salt: string): string {
  return digest(`${salt}\n${stableJson(card)}`).slice(0, 32);
}
