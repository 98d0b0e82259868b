// Registers the service worker (src/offline/sw.js) once the page has loaded and the
// browser is idle, so the first load is unchanged. Not on Save-Data: nothing is stored
// for residents who are saving data.
type SaveDataNavigator = Navigator & { connection?: { saveData?: boolean } };

async function register() {
  const nav = navigator as SaveDataNavigator;
  if (!('serviceWorker' in nav) || nav.connection?.saveData) return;
  try {
    const controlled = Boolean(nav.serviceWorker.controller);
    await nav.serviceWorker.register('/sw.js');
    // This page was fetched before the worker could see it; ask the worker to keep it.
    if (!controlled) (await nav.serviceWorker.ready).active?.postMessage({ save: location.href });
  } catch {
    // No worker (old browser, private mode): the portal works as before.
  }
}

const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 5000 }) : setTimeout(fn, 1000));
if (import.meta.env.PROD) {
  if (document.readyState === 'complete') idle(register);
  else addEventListener('load', () => idle(register), { once: true });
}
