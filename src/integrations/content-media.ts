// Uploaded media live inside the content folder (content/media), so another MPP's
// content set carries its own files. Serve them in dev and copy them into the build;
// only files of a known media type that pass the upload check are copied.
import { copyFileSync, createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MEDIA_PUBLIC_PATH } from '../lib/vocabulary.ts';
import { MEDIA_TYPES, publishableMedia } from '../data/media.ts';
import { contentDir } from '../data/read.ts';
import { isInside } from '../lib/paths.ts';

/** Astro integration publishing content/media at /media. */
export function contentMedia(): AstroIntegration {
  const mediaDir = () => path.join(contentDir(), 'media');
  return {
    name: 'mpp-content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(MEDIA_PUBLIC_PATH, (req, res, next) => {
          let file: string;
          try {
            file = path.join(mediaDir(), decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
          } catch {
            return next();
          }
          if (!isInside(mediaDir(), file) || !existsSync(file) || !statSync(file).isFile()) return next();
          const type = MEDIA_TYPES[path.extname(file).slice(1).toLowerCase()];
          if (!type) return next();
          res.setHeader('Content-Type', type);
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!existsSync(mediaDir())) return;
        // Only known media types whose bytes pass the upload check reach the output.
        const { files, skipped } = publishableMedia(mediaDir());
        const out = path.join(fileURLToPath(dir), MEDIA_PUBLIC_PATH);
        for (const file of files) {
          mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
          copyFileSync(path.join(mediaDir(), file), path.join(out, file));
        }
        for (const { file, reason } of skipped) logger.warn(`media/${file} tidak diterbitkan: ${reason}`);
      },
    },
  };
}
