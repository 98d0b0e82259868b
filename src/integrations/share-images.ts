// Renders the 1200x630 share images (og:image) of the home page, every service, gerai
// and announcement into the build, at the paths pages already point to (/og/...).
// Content is read once, shared with the pages (sharedBuildSite); drawing starts
// when the build starts and runs in worker threads alongside page rendering, and the
// PNGs are copied from the cache into the output once the pages are written.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sharedBuildSite } from '../data/index.ts';
import { shareImageJobs } from '../lib/share-image/jobs.ts';
import { copyShareImages, type RenderReport, renderShareImages } from './share-image/render.ts';

/** Astro integration writing /og/**.png share images into the build. */
export function shareImages(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = '';
  let rendering: Promise<RenderReport> | undefined;
  const render = async () => renderShareImages(shareImageJobs(await sharedBuildSite()), { cacheDir, root });

  return {
    name: 'mpp-share-images',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
        // CI can keep the cache elsewhere (and restore it between runs) with MPP_OG_CACHE_DIR.
        cacheDir = path.resolve(root, process.env.MPP_OG_CACHE_DIR || path.join('.cache', 'og'));
      },
      'astro:build:start': () => {
        // Fills the cache while pages build; errors surface when awaited in build:done.
        rendering = render();
        rendering.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await (rendering ?? render());
        const copyStart = performance.now();
        await copyShareImages(report.files, fileURLToPath(dir));
        const totalMs = report.totalMs + Math.round(performance.now() - copyStart);
        const perImage = report.rendered ? `, ${report.msPerImage} ms/gambar` : '';
        logger.info(
          `${report.total} gambar berbagi: ${report.rendered} dibuat, ${report.reused} dipakai ulang dari cache${perImage} (${totalMs} ms)`,
        );
      },
    },
  };
}
