// The bundled sample MPPs besides content/: each is built by `npm test` and the page-level
// browser tests run on it, so the templates are proven on more than one MPP.

/** A second sample: MPP Kabupaten Pekalongan (Kajen), 26 gerai, WIB. */
export const KAJEN_SAMPLE = {
  contentDir: 'examples/kabupaten-pekalongan/content',
  dist: '.cache/dist-kajen',
} as const;
