// Service worker: keeps the pages a resident opened (and their assets) so they open with
// no signal. Built into <outDir>/sw.js by src/integrations/offline.ts, which fills in the
// build id (a new publish gets a new cache; old ones are refreshed, then deleted) and the
// MPP's time zone. HTML: network first, saved copy when offline (with a "saved at" note).
// Hashed /_astro/ assets: cache first. Everything else, and the queue API, is not touched.
const BUILD = '__BUILD_ID__';
const ZONE = '__TIME_ZONE__';
const CACHE_PREFIX = 'mpp-halaman-';
const CACHE = CACHE_PREFIX + BUILD;
const SAVED = 'x-mpp-disimpan';
const NOTE = 'data-offline-note hidden';

const saveData = (request) => request?.headers.get('save-data') === 'on' || self.navigator.connection?.saveData === true;
const isAsset = (url) => url.pathname.startsWith('/_astro/');
const bypass = (url) => url.origin !== self.location.origin || url.pathname.includes('/v1/antrean');

// A page and the assets its HTML names, stored under this build's cache. `mode` 'force-cache'
// takes the copies the browser already has (the page that registered the worker), so
// nothing is downloaded twice; 'no-cache' asks the server (a new publish).
async function store(url, response, mode = 'no-cache') {
  const res = response ?? (await fetch(url, { cache: mode }));
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/html')) return;
  const html = await res.text();
  const cache = await caches.open(CACHE);
  const headers = { 'content-type': 'text/html; charset=utf-8', [SAVED]: String(Date.now()) };
  await cache.put(url, new Response(html, { headers }));
  const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]))];
  // Hashed names never change content, so a copy in the browser's cache is always right.
  const keep = async (a) => {
    if (await cache.match(a)) return;
    const res = await fetch(a, { cache: 'force-cache' });
    if (res.ok) await cache.put(a, res);
  };
  await Promise.all(assets.map((a) => keep(a).catch(() => {})));
}

function formatSaved(time) {
  const at = new Date(time);
  const part = (options) => new Intl.DateTimeFormat('id-ID', { timeZone: ZONE, ...options }).format(at);
  const date = part({ day: 'numeric', month: 'long', year: 'numeric' });
  const clock = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).replace(':', '.');
  return { date, clock };
}

// The saved copy, with its hidden "saved at" note shown and filled in.
async function savedCopy(request) {
  const cache = await caches.open(CACHE);
  const res = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
  if (!res) return Response.error();
  const { date, clock } = formatSaved(Number(res.headers.get(SAVED)));
  const html = (await res.text()).replace(NOTE, 'data-offline-note').replace('{date}', date).replace('{time}', clock);
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

async function page(event) {
  try {
    const res = await fetch(event.request);
    if (!saveData(event.request)) event.waitUntil(store(event.request.url, res.clone()).catch(() => {}));
    return res;
  } catch {
    return savedCopy(event.request);
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && !saveData(request)) cache.put(request, res.clone()).catch(() => {});
  return res;
}

self.addEventListener('install', () => self.skipWaiting());

// A new publish: pages saved under an older build are fetched again into this build's
// cache (only those, and not on Save-Data), then the old caches are deleted.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (!key.startsWith(CACHE_PREFIX) || key === CACHE) continue;
        if (!saveData()) {
          const pages = (await (await caches.open(key)).keys()).filter((r) => !isAsset(new URL(r.url)));
          await Promise.all(pages.map((r) => store(r.url).catch(() => {})));
        }
        await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || bypass(url)) return;
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (isAsset(url)) event.respondWith(asset(request));
});

// The page that registered the worker was loaded before it existed: save the browser's copy on request.
self.addEventListener('message', (event) => {
  const url = event.data?.save;
  if (typeof url === 'string' && new URL(url).origin === self.location.origin)
    event.waitUntil(store(url, null, 'force-cache').catch(() => {}));
});
