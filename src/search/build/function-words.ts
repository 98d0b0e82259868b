// The language's function words for the term list (terms.json `ordinary`): stopwords-iso's
// Indonesian list, a maintained list of about 750 words ("padahal", "lagi", "sana"). Read at
// build time only; the browser gets the few kilobytes it needs inside terms.json.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Indonesian function words, single words of letters only, sorted. */
export function functionWords(): string[] {
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  return [...new Set((lists.id ?? []).map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)))].sort();
}
