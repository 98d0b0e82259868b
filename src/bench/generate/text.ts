// Text helpers for the synthetic content set: slugs as Keystatic makes them, capped summaries,
// and the YAML and Markdoc file formats Keystatic writes.
import { stringify } from 'yaml';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** A slug not yet in `used` (numbered when taken), recorded there. */
export function uniqueSlug(base: string, used: Set<string>): string {
  const stem = slugify(base) || 'entri';
  let slug = stem;
  for (let n = 2; used.has(slug); n++) slug = `${stem.slice(0, 74).replace(/-+$/, '')}-${n}`;
  used.add(slug);
  return slug;
}

/** Cut at a word boundary to fit a field's length limit. */
export const cap = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}.`);

export const yaml = (data: unknown) => stringify(data, { lineWidth: 80, minContentWidth: 20 });
export const mdoc = (front: unknown, body: string) => `---\n${yaml(front)}---\n${body.trim()}\n`;
