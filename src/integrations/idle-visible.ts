// Registers the `client:idle-visible` directive (src/islands/directives/idle-visible.ts).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro integration adding the `client:idle-visible` hydration directive. */
export function idleVisibleDirective(): AstroIntegration {
  return {
    name: 'mpp-idle-visible',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'idle-visible',
          entrypoint: fileURLToPath(new URL('../islands/directives/idle-visible.ts', import.meta.url)),
        });
      },
    },
  };
}
