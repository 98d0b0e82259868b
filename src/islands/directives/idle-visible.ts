// `client:idle-visible`: hydrate an island once the browser is idle and the island is on
// the screen. The queue island never competes with the page's first paint on a slow
// phone, and one the resident never scrolls to never downloads React or polls the API.
// (The map, src/scripts/location-map.ts, waits the same way without a framework.)
// A phone that is offline when the island scrolls into view cannot download its code;
// instead of staying on the server-rendered text for good, loading is tried again as soon
// as the browser is back online, and otherwise after a growing pause.
import type { ClientDirective } from 'astro';
import { untilRetry, whenIdle } from '../../scripts/wait.ts';

/** Astro client directive: wait for idle time, then for the island to come into view; retry a failed load. */
const idleVisible: ClientDirective = (load, _options, element) => {
  let failed = false;
  // Astro reports a failed import with this event and then resolves load() with a no-op.
  element.addEventListener('astro:hydration-error', (event) => {
    failed = true;
    event.preventDefault(); // retried below; not a console error each time
  });

  const attempt = async (retries: number): Promise<void> => {
    failed = false;
    const hydrate = await load();
    if (!failed) return hydrate();
    await untilRetry(retries);
    return attempt(retries + 1);
  };

  whenIdle(() => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void attempt(0);
    });
    // The island element itself has display: contents, so watch what it renders.
    for (const child of element.children) observer.observe(child);
  });
};

export default idleVisible;
