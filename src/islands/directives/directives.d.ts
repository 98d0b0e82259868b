// Type of the custom hydration directive registered in src/integrations/idle-visible.ts.
declare namespace Astro {
  interface ClientDirectives {
    'client:idle-visible'?: boolean;
  }
}
