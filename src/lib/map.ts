// The map of the MPP: links that work without JavaScript or tiles, and the pure parts of
// the interactive map (src/scripts/location-map.ts).
import { t } from '../i18n/id.ts';
import { formatTime, timeZoneAbbreviation } from './format.ts';
import { dayHours, type HoursConfig } from './hours.ts';
import { zonedNow } from './time-zone.ts';

/** Directions links to the MPP on OpenStreetMap and Google Maps. */
export function directionLinks(lat: number, lon: number) {
  return {
    openStreetMap: `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}#map=17/${lat}/${lon}`,
    googleMaps: `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lon}`,
  };
}

/** What the browser says about the visitor's connection (Network Information API), if anything. */
export interface ConnectionHints {
  saveData?: boolean;
}

/**
 * Whether to load double-density map tiles: street names on 1x tiles are blurred on
 * high-density phone screens, but sharp tiles cost about four times the data, so a visitor
 * who turned on data saving gets the light ones. The browser's connection-speed estimate
 * is not used: it varies from visit to visit, and a small map loads in seconds on 3G.
 */
export function wantsSharpTiles(devicePixelRatio: number, connection?: ConnectionHints): boolean {
  return devicePixelRatio >= 1.5 && !connection?.saveData;
}

/** Let the browser handle input and paint before the next step of a long job. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Map attribution as HTML (Leaflet inserts it as markup): editor text escaped, the OSM credit linked as its licence asks. */
export function attributionHtml(text: string, tileUrl: string): string {
  const safe = escapeHtml(text);
  return /openstreetmap\.org/i.test(tileUrl) ? `<a href="https://www.openstreetmap.org/copyright">${safe}</a>` : safe;
}

/** What the map box hands the map script (MapSlot writes it into the page as JSON). */
export interface LocationMapData {
  lat: number;
  lon: number;
  zoom: number;
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
}

/** "Jam layanan hari ini: 08.00–11.30, 13.00–15.00 WIB" for the popup, evaluated in the MPP's zone. */
export function todayHoursText(hours: HoursConfig, now: Date): string {
  const { intervals } = dayHours(hours, zonedNow(now, hours.timeZone).date);
  if (intervals.length === 0) return `${t.map.todayHours}: ${t.map.closedToday}`;
  const spans = intervals.map((i) => `${formatTime(i.mulai)}–${formatTime(i.selesai)}`).join(', ');
  return `${t.map.todayHours}: ${spans} ${timeZoneAbbreviation(hours.timeZone)}`;
}
