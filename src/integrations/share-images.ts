// Placeholder: renders 1200x630 share images at build (see issue on share images).
import type { AstroIntegration } from 'astro';

/** Astro integration writing /og/**.png share images into the build. */
export function shareImages(): AstroIntegration {
  return { name: 'mpp-share-images', hooks: {} };
}
