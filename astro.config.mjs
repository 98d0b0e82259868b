// Static build of the public portal. Keystatic's admin (no authentication in local
// mode) is added only for `astro dev`, so no CMS route can reach a deployed site.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { defineConfig } from 'astro/config';
import { contentMedia } from './src/integrations/content-media.ts';

const isDev = process.argv.includes('dev');

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react(), contentMedia(), ...(isDev ? [keystatic()] : [])],
  security: { csp: true },
  devToolbar: { enabled: false },
});
