// Map links that work without JavaScript or tiles.

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
