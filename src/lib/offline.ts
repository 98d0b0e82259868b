// Offline support at build time: the build id that versions the service worker's cache,
// the worker script filled in from its template, and the web app manifest.
import { createHash } from 'node:crypto';

/** The id of a build: a hash of its pages, so a publish that changes any page gets a new cache. */
export function buildId(pages: Iterable<[path: string, content: string | Uint8Array]>): string {
  const hash = createHash('sha256');
  for (const [file, content] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(file).update('\0').update(content);
  return hash.digest('hex').slice(0, 16);
}

/** The worker script of a build, from the template in src/offline/sw.js. */
export function workerScript(template: string, id: string, timeZone: string): string {
  return template.replace("'__BUILD_ID__'", JSON.stringify(id)).replace("'__TIME_ZONE__'", JSON.stringify(timeZone));
}

/** Icon sizes the manifest lists (PNG, drawn at build from the portal's icon). */
export const ICON_SIZES = [192, 512] as const;

/** The web app manifest that makes the portal installable. */
export function webManifest(profile: { nama: string; deskripsi: string }) {
  const short = profile.nama.replace(/^Mal Pelayanan Publik\s*/i, 'MPP ').trim();
  return {
    name: profile.nama,
    short_name: short.length <= 12 ? short : 'MPP',
    description: profile.deskripsi,
    lang: 'id',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: ICON_SIZES.map((size) => ({ src: `/icons/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  };
}
