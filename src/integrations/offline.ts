// Writes the service worker (<outDir>/sw.js, filled in with this build's id and the MPP's
// time zone) and the manifest's PNG icons, drawn from the portal's icon.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { sharedBuildSite } from '../data/index.ts';
import { buildId, ICON_SIZES, workerScript } from '../lib/offline.ts';

const TEMPLATE = fileURLToPath(new URL('../offline/sw.js', import.meta.url));
// The favicon without rounded corners: launchers apply their own mask.
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b4f8a"/><path d="M9 24V14l7-5 7 5v10h-4.5v-6h-5v6z" fill="#fff"/></svg>';

function* htmlPages(dir: string, base = dir): Generator<[string, Buffer]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlPages(full, base);
    else if (entry.name.endsWith('.html')) yield [path.relative(base, full), readFileSync(full)];
  }
}

/** Astro integration writing sw.js and the app icons after the build. */
export function offline(): AstroIntegration {
  return {
    name: 'mpp-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const site = await sharedBuildSite();
        const id = buildId(htmlPages(out));
        writeFileSync(path.join(out, 'sw.js'), workerScript(readFileSync(TEMPLATE, 'utf8'), id, site.profile.zonaWaktu));
        mkdirSync(path.join(out, 'icons'), { recursive: true });
        for (const size of ICON_SIZES) {
          const png = new Resvg(ICON_SVG, { fitTo: { mode: 'width', value: size } }).render().asPng();
          writeFileSync(path.join(out, 'icons', `icon-${size}.png`), png);
        }
        logger.info(`service worker: build ${id}`);
      },
    },
  };
}
