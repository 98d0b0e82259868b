// `client:idle-visible`: hydrate an island once the browser is idle and the island is on
// the screen. The map never competes with the page's first paint on a slow
// phone, and a map the resident never scrolls to never downloads Leaflet or tiles.
import type { ClientDirective } from 'astro';

/** Astro client directive: wait for idle time, then for the island to come into view. */
const idleVisible: ClientDirective = (load, _options, element) => {
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
  whenIdle(() => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load().then((hydrate) => hydrate());
    });
    // The island element itself has display: contents, so watch what it renders.
    for (const child of element.children) observer.observe(child);
  });
};

export default idleVisible;
