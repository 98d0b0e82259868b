// Static build of the public portal. Keystatic's admin (no authentication in local
// mode) is added only for `astro dev`, so no CMS route can reach a deployed site.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/data/read.ts';
import { contentMedia } from './src/integrations/content-media.ts';
import { idleVisibleDirective } from './src/integrations/idle-visible.ts';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { parseRedirects, REDIRECTS_FILE } from './src/lib/redirects.ts';

const isDev = process.argv.includes('dev');

// Published addresses that went away (recorded by the editors' room) become redirect pages.
const redirectsFile = path.join(contentDir(), REDIRECTS_FILE);
const { redirects, problems } = parseRedirects(existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : null);
if (problems.length) throw new Error(`Pengalihan tidak valid:\n${problems.join('\n')}`);

export default defineConfig({
  output: 'static',
  redirects: Object.fromEntries(redirects.map((r) => [r.dari, r.ke])),
  // Keystatic's admin and API routes have no trailing slash, so dev accepts both.
  trailingSlash: isDev ? 'ignore' : 'always',
  // Pages render eight at a time: rendering one page overlaps writing the others, which cut
  // page generation by a quarter to a third on large catalogues (same output, byte for byte).
  build: { format: 'directory', concurrency: 8 },
  // Order matters: the search index is built while the share-image workers finish drawing
  // (their hook waits for them), instead of after them.
  integrations: [react(), idleVisibleDirective(), contentMedia(), searchIndex(), shareImages(), offline(), ...(isDev ? [keystatic()] : [])],
  security: { csp: true },
  // No Markdown code highlighting: Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
