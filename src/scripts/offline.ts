// Registers the service worker (src/offline/sw.js) once the page has loaded, the map on
// screen (if any) has finished loading, downloads have stopped and the browser is idle,
// so the first load is unchanged: the map's Leaflet and tiles come after the load event,
// and a worker starting meanwhile would compete with them for a slow phone's CPU (and
// take over their requests). Not on Save-Data: nothing is stored for residents who are
// saving data.
type SaveDataNavigator = Navigator & { connection?: { saveData?: boolean } };

// A map that never settles (e.g. its code cannot load offline) or a page that keeps
// downloading does not hold the worker back for good.
const MAX_WAIT_MS = 30_000;
// Tiles arrive after the map reports itself ready; the worker waits until downloads stop.
const QUIET_MS = 3_000;

async function register() {
  const nav = navigator as SaveDataNavigator;
  if (!('serviceWorker' in nav) || nav.connection?.saveData) return;
  try {
    const controlled = Boolean(nav.serviceWorker.controller);
    await nav.serviceWorker.register('/sw.js');
    // This page was fetched before the worker could see it; ask the worker to keep the copy
    // the browser already has.
    if (!controlled) (await nav.serviceWorker.ready).active?.postMessage({ save: location.href });
  } catch {
    // No worker (old browser, private mode): the portal works as before.
  }
}

/** Resolves once `map` is no longer loading, or at once when it is off screen (it loads only when scrolled to). */
function mapSettled(map: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      visibility.disconnect();
      state.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const visibility = new IntersectionObserver(([entry]) => {
      if (entry && !entry.isIntersecting) done();
    });
    const state = new MutationObserver(() => {
      if (map.dataset.mapState !== 'loading') done();
    });
    const timer = setTimeout(done, MAX_WAIT_MS);
    visibility.observe(map);
    state.observe(map, { attributes: true, attributeFilter: ['data-map-state'] });
  });
}

/** Resolves once no download has finished for QUIET_MS (or after MAX_WAIT_MS). */
function networkQuiet(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    };
    let quiet = setTimeout(done, QUIET_MS);
    const cap = setTimeout(done, MAX_WAIT_MS);
    const observer = new PerformanceObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe({ type: 'resource' });
  });
}

const idle = () =>
  new Promise<void>((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 1000),
  );

async function registerWhenSettled() {
  await idle();
  await Promise.all([...document.querySelectorAll<HTMLElement>('[data-map-state="loading"]')].map(mapSettled));
  await networkQuiet();
  await idle();
  await register();
}

if (import.meta.env.PROD) {
  if (document.readyState === 'complete') void registerWhenSettled();
  else addEventListener('load', () => void registerWhenSettled(), { once: true });
}
