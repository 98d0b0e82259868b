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
  effectiveType?: string;
}

const SLOW_CONNECTIONS = ['slow-2g', '2g', '3g'];

/**
 * Whether to load double-density map tiles: street names on 1x tiles are blurred on
 * high-density phone screens, but sharp tiles cost about four times the data, so a visitor
 * who asks to save data or is on a slow connection gets the light ones.
 */
export function wantsSharpTiles(devicePixelRatio: number, connection?: ConnectionHints): boolean {
  if (devicePixelRatio < 1.5 || connection?.saveData) return false;
  return !SLOW_CONNECTIONS.includes(connection?.effectiveType ?? '');
}
