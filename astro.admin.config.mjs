// Build of the editors' room UI only: Keystatic's React admin as one static page that the
// room server (src/admin-server/) serves behind login for every /keystatic path. The API
// runs inside that server (Keystatic's generic handler), so this build needs no adapter,
// and the public build (astro.config.mjs) never contains a CMS route.
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { noRemoteFonts } from './src/integrations/no-remote-fonts.ts';

export default defineConfig({
  output: 'static',
  srcDir: './src/admin-server/ui',
  publicDir: './src/admin-server/ui/public',
  outDir: process.env.MPP_ADMIN_UI_DIR || './.cache/admin-ui',
  cacheDir: './.cache/astro-admin',
  build: { format: 'directory', assets: '_ruang-ui' },
  integrations: [react(), noRemoteFonts()],
  devToolbar: { enabled: false },
});
