// The language's function words for the term list (terms.json `ordinary`): stopwords-iso's
// Indonesian list, a maintained list of about 750 words ("padahal", "lagi", "sana"), and its
// English list for the English residents mix in ("lost my ktp", "skck for job, how much").
// Read at build time only; the browser gets the few kilobytes it needs inside terms.json.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * English words of two letters kept from the English list, which also has country codes
 * ("ba", "ga", "ki") that look like Indonesian chat shorthand.
 */
const ENGLISH_TWO_LETTERS = new Set([
  'am',
  'an',
  'as',
  'at',
  'be',
  'by',
  'do',
  'he',
  'if',
  'in',
  'is',
  'it',
  'me',
  'my',
  'of',
  'on',
  'or',
  'so',
  'to',
  'up',
  'us',
  'we',
]);

/** Indonesian and English function words, single words of letters only, sorted. */
export function functionWords(): string[] {
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  const english = (lists.en ?? []).filter((w) => w.length > 2 || ENGLISH_TWO_LETTERS.has(w));
  return [...new Set([...(lists.id ?? []), ...english].map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)))].sort();
}
