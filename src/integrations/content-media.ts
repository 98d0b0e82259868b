// Uploaded media live inside the content folder (content/media), so another MPP's
// content set carries its own files. Serve them in dev and copy them into the build.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { MEDIA_PUBLIC_PATH } from '../../keystatic.config.ts';
import { contentDir } from '../data/read.ts';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** Astro integration publishing content/media at /media. */
export function contentMedia(): AstroIntegration {
  const mediaDir = () => path.join(contentDir(), 'media');
  return {
    name: 'mpp-content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(MEDIA_PUBLIC_PATH, (req, res, next) => {
          const file = path.join(mediaDir(), decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
          if (!file.startsWith(mediaDir()) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(mediaDir())) cpSync(mediaDir(), path.join(fileURLToPath(dir), MEDIA_PUBLIC_PATH), { recursive: true });
      },
    },
  };
}
