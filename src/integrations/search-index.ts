// Placeholder: builds the Pagefind index of the output (see issue on search).
import type { AstroIntegration } from 'astro';

/** Astro integration indexing the built site with Pagefind. */
export function searchIndex(): AstroIntegration {
  return { name: 'mpp-search-index', hooks: {} };
}
