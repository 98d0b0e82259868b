// The interactive map of the MPP (Leaflet), as an enhancement of the map box MapSlot
// renders. The page around it already carries the address, opening status and direction
// links as plain HTML, so the map is an extra, and no framework runs for it: on a cheap
// phone a framework's start-up costs as much as Leaflet itself. Leaflet and its tiles are
// loaded only once the browser is idle and the box is on screen; when they cannot load,
// the box says so and points back to that text.
import type { Map as LeafletMap } from 'leaflet';
import iconRetina from 'leaflet/dist/images/marker-icon-2x.png';
import icon from 'leaflet/dist/images/marker-icon.png';
import { t } from '../i18n/id.ts';
import { fill } from '../lib/format.ts';
import { openStatus, statusText } from '../lib/hours.ts';
import {
  attributionHtml,
  type ConnectionHints,
  type LocationMapData,
  todayHoursText,
  wantsSharpTiles,
  yieldToBrowser,
} from '../lib/map.ts';
import { untilRetry, whenIdle } from './wait.ts';

type MapState = 'loading' | 'ready' | 'failed';

const m = t.map;
// Astro turns image imports into metadata objects; plain Vite gives a URL string.
const assetUrl = (asset: string | { src: string }) => (typeof asset === 'string' ? asset : asset.src);
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  if (className) el.className = className;
  return el;
}

// Built as DOM nodes with textContent, so no content string is ever parsed as HTML.
function popupContent(data: LocationMapData): HTMLElement {
  const now = new Date();
  const box = element('div', undefined, 'location-map-popup');
  box.tabIndex = -1;
  box.append(element('p', data.name, 'location-map-popup-title'), element('p', data.address));
  box.append(element('p', statusText(openStatus(data.hours, now), data.hours, now)), element('p', todayHoursText(data.hours, now)));
  const directions = element('p', `${m.directions}: `);
  const osm = element('a', m.openStreetMap);
  osm.href = data.links.openStreetMap;
  const google = element('a', m.googleMaps);
  google.href = data.links.googleMaps;
  for (const link of [osm, google]) link.rel = 'noopener noreferrer';
  directions.append(osm, ' · ', google);
  box.append(directions);
  return box;
}

function setState(root: HTMLElement, state: MapState) {
  root.dataset.mapState = state;
  root.querySelector('.location-map-message')?.remove();
  // A new node with role="status", so screen readers announce the failure.
  if (state === 'failed') {
    const message = element('p', m.failed, 'location-map-message');
    message.setAttribute('role', 'status');
    root.append(message);
  }
}

async function importLeaflet(retries = 0): Promise<typeof import('leaflet')> {
  try {
    const mod = await import('leaflet');
    // Leaflet ships as CommonJS: the bundler exposes it as the default export.
    return (mod.default ?? mod) as typeof import('leaflet');
  } catch {
    // Offline as the map came into view: wait for the connection, then try again.
    await untilRetry(retries);
    return importLeaflet(retries + 1);
  }
}

async function draw(root: HTMLElement, data: LocationMapData) {
  const slot = root.querySelector<HTMLElement>('.location-map-slot');
  if (!slot) return;
  const L = await importLeaflet();
  let map: LeafletMap | undefined;
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    // Deferred: this can run inside a Leaflet tile event, where removing the map at once
    // would pull the layer out from under the code still handling that event.
    setTimeout(() => {
      map?.remove();
      slot.replaceChildren();
      setState(root, 'failed');
    });
  };
  try {
    // Each step below is a separate task, so a slow phone can still scroll and type in between.
    await yieldToBrowser();
    const container = element('div', undefined, 'location-map-canvas');
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', fill(m.label, { name: data.name }));
    slot.replaceChildren(container);
    map = L.map(container, { zoomControl: false, attributionControl: false, scrollWheelZoom: false }).setView(
      [data.lat, data.lon],
      data.zoom,
    );
    L.control.zoom({ zoomInTitle: m.zoomIn, zoomOutTitle: m.zoomOut }).addTo(map);
    L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
    await yieldToBrowser();
    let loaded = 0;
    const connection = (navigator as Navigator & { connection?: ConnectionHints }).connection;
    L.tileLayer(data.tileUrl, {
      attribution: attributionHtml(data.attribution, data.tileUrl),
      maxZoom: 19,
      // Leaflet then draws tiles of the next zoom level at half size (and fills {r} with "@2x").
      detectRetina: wantsSharpTiles(window.devicePixelRatio, connection),
    })
      .on('tileload', () => {
        loaded++;
      })
      // One missing tile is tolerable; a map whose tiles never arrive is not.
      .on('tileerror', () => {
        if (loaded === 0) fail();
      })
      .addTo(map);
    await yieldToBrowser();
    // No shadow image: Leaflet ships it at 1x only, which looks blurred on phone screens.
    const pin = L.icon({
      iconUrl: assetUrl(icon),
      iconRetinaUrl: assetUrl(iconRetina),
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
    });
    const marker = L.marker([data.lat, data.lon], { icon: pin, alt: fill(m.marker, { name: data.name }), keyboard: true, title: data.name })
      .bindPopup(() => popupContent(data), { maxWidth: 280 })
      .addTo(map);
    marker.on('popupopen', (event) => {
      const popup = event.popup.getElement();
      popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', m.closePopup);
      popup?.querySelector<HTMLElement>('.location-map-popup')?.focus({ preventScroll: true });
    });
    marker.on('popupclose', () => {
      if (container.contains(document.activeElement) || document.activeElement === document.body)
        marker.getElement()?.focus({ preventScroll: true });
    });
    if (!failed) setState(root, 'ready');
  } catch {
    fail();
  }
}

/** Runs `run` once the browser is idle and `root` is on screen (never for a map the resident does not scroll to). */
function whenIdleAndVisible(root: HTMLElement, run: () => void) {
  whenIdle(() => {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      run();
    });
    observer.observe(root);
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-location-map]')) {
  let data: LocationMapData;
  try {
    data = JSON.parse(root.dataset.locationMap ?? '') as LocationMapData;
  } catch {
    setState(root, 'failed');
    continue;
  }
  whenIdleAndVisible(root, () => void draw(root, data));
}
