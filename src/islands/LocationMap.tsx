// Interactive map of the MPP (Leaflet), hydrated only when scrolled into view. The page
// around it already carries the address, opening status and direction links as plain
// HTML, so the map is an extra: when Leaflet or the tiles cannot load, the reserved box
// says so and points back to that text. Leaflet touches `window` when imported, so it
// is loaded inside the effect, never during the server render.
import 'leaflet/dist/leaflet.css';
import './LocationMap.css';
import type { Map as LeafletMap } from 'leaflet';
import iconRetina from 'leaflet/dist/images/marker-icon-2x.png';
import icon from 'leaflet/dist/images/marker-icon.png';
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/id.ts';
import { formatTime, timeZoneAbbreviation } from '../lib/format.ts';
import { dayHours, type HoursConfig, openStatus, statusText, zonedNow } from '../lib/hours.ts';
import { type ConnectionHints, wantsSharpTiles, yieldToBrowser } from '../lib/map.ts';

export interface LocationMapProps {
  lat: number;
  lon: number;
  /** MPP name, used in the map's accessible name, the marker and the popup. */
  name: string;
  /** Address on one line. */
  address: string;
  /** MPP hours (rules already trimmed to upcoming ones) for today's status in the popup. */
  hours: HoursConfig;
  /** Leaflet tile URL template and its attribution text, from the profile. */
  tileUrl: string;
  attribution: string;
  links: { openStreetMap: string; googleMaps: string };
  zoom?: number;
  /** Smaller box, e.g. on the home page. */
  compact?: boolean;
}

type State = 'loading' | 'ready' | 'failed';

const m = t.map;
const fill = (template: string, name: string) => template.replace('{name}', name);
// Astro turns image imports into metadata objects; plain Vite gives a URL string.
const assetUrl = (asset: string | { src: string }) => (typeof asset === 'string' ? asset : asset.src);
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Attribution as HTML (Leaflet inserts it as markup): editor text escaped, OSM credit linked as its licence asks. */
export function attributionHtml(text: string, tileUrl: string): string {
  const safe = escapeHtml(text);
  return /openstreetmap\.org/i.test(tileUrl) ? `<a href="https://www.openstreetmap.org/copyright">${safe}</a>` : safe;
}

/** "Jam layanan hari ini: 08.00–11.30, 13.00–15.00 WIB" for the popup, evaluated in the MPP's zone. */
export function todayHoursText(hours: HoursConfig, now: Date): string {
  const { intervals } = dayHours(hours, zonedNow(now, hours.timeZone).date);
  if (intervals.length === 0) return `${m.todayHours}: ${m.closedToday}`;
  const spans = intervals.map((i) => `${formatTime(i.mulai)}–${formatTime(i.selesai)}`).join(', ');
  return `${m.todayHours}: ${spans} ${timeZoneAbbreviation(hours.timeZone)}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text) el.textContent = text;
  if (className) el.className = className;
  return el;
}

// Built as DOM nodes with textContent, so no content string is ever parsed as HTML.
function popupContent(props: LocationMapProps): HTMLElement {
  const now = new Date();
  const box = element('div', undefined, 'location-map-popup');
  box.tabIndex = -1;
  box.append(element('p', props.name, 'location-map-popup-title'), element('p', props.address));
  box.append(element('p', statusText(openStatus(props.hours, now), props.hours, now)), element('p', todayHoursText(props.hours, now)));
  const directions = element('p', `${m.directions}: `);
  const osm = element('a', m.openStreetMap);
  osm.href = props.links.openStreetMap;
  const google = element('a', m.googleMaps);
  google.href = props.links.googleMaps;
  for (const link of [osm, google]) link.rel = 'noopener noreferrer';
  directions.append(osm, ' · ', google);
  box.append(directions);
  return box;
}

/** Map of the MPP with one keyboard-focusable marker and a popup of address, today's hours and directions. */
export default function LocationMap(props: LocationMapProps) {
  const slot = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('loading');
  const { lat, lon, tileUrl, attribution, zoom = 17 } = props;
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    let map: LeafletMap | undefined;
    let cancelled = false;
    let failed = false;
    const fail = () => {
      if (cancelled || failed) return;
      failed = true;
      // Deferred: this can run inside a Leaflet tile event, where removing the map at once
      // would pull the layer out from under the code still handling that event.
      setTimeout(() => {
        map?.remove();
        map = undefined;
        slot.current?.replaceChildren();
        setState('failed');
      });
    };
    (async () => {
      const mod = await import('leaflet');
      // Leaflet ships as CommonJS: the bundler exposes it as the default export.
      const L = (mod.default ?? mod) as typeof mod.default;
      // Each step below is a separate task, so a slow phone can still scroll and type in between.
      await yieldToBrowser();
      if (cancelled || !slot.current) return;
      // Leaflet owns this node; React only owns the wrapper around it.
      const container = document.createElement('div');
      container.className = 'location-map-canvas';
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', fill(m.label, latest.current.name));
      slot.current.replaceChildren(container);
      map = L.map(container, { zoomControl: false, attributionControl: false, scrollWheelZoom: false }).setView([lat, lon], zoom);
      L.control.zoom({ zoomInTitle: m.zoomIn, zoomOutTitle: m.zoomOut }).addTo(map);
      L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(map);
      await yieldToBrowser();
      if (cancelled || !map) return;
      let loaded = 0;
      const connection = (navigator as Navigator & { connection?: ConnectionHints }).connection;
      L.tileLayer(tileUrl, {
        attribution: attributionHtml(attribution, tileUrl),
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
      if (cancelled || !map) return;
      // No shadow image: Leaflet ships it at 1x only, which looks blurred on phone screens.
      const pin = L.icon({
        iconUrl: assetUrl(icon),
        iconRetinaUrl: assetUrl(iconRetina),
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        popupAnchor: [1, -34],
      });
      const marker = L.marker([lat, lon], {
        icon: pin,
        alt: fill(m.marker, latest.current.name),
        keyboard: true,
        title: latest.current.name,
      })
        .bindPopup(() => popupContent(latest.current), { maxWidth: 280 })
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
      setState('ready');
    })().catch(fail);
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [lat, lon, tileUrl, attribution, zoom]);

  return (
    <div className={`location-map${props.compact ? ' location-map-compact' : ''}`} data-map-state={state}>
      <div ref={slot} className="location-map-slot" />
      {state === 'loading' && <p className="location-map-message">{m.loading}</p>}
      {state === 'failed' && (
        <p className="location-map-message" role="status">
          {m.failed}
        </p>
      )}
    </div>
  );
}
