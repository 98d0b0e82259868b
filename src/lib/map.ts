// Map links that work without JavaScript or tiles.

/** Directions links to the MPP on OpenStreetMap and Google Maps. */
export function directionLinks(lat: number, lon: number) {
  return {
    openStreetMap: `https://www.openstreetmap.org/directions?to=${lat}%2C${lon}#map=17/${lat}/${lon}`,
    googleMaps: `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lon}`,
  };
}
