// Static build of the public portal. Keystatic's admin (no authentication in local
// mode) is added only for `astro dev`, so no CMS route can reach a deployed site.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { defineConfig } from 'astro/config';
import { contentMedia } from './src/integrations/content-media.ts';
import { idleVisibleDirective } from './src/integrations/idle-visible.ts';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/search/build/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';

const isDev = process.argv.includes('dev');

export default defineConfig({
  output: 'static',
  // Published addresses that went away (content/pengalihan.yaml) are pages of their own,
  // src/pages/[...pengalihan].astro: Astro 7.3's built-in redirect page is in English.
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
