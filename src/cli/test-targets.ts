// What `npm test` builds and the browser tests run against: the queue API address baked
// into the fixture build and the bundled sample MPPs. Kept in src/ because test-all.ts
// builds them; the tests import them from here (source never imports tests/).

// The queue API address baked into the fixture build (.cache/dist-fixture); the browser
// tests start the fake or the real queue API on this port.
// MPP_TEST_QUEUE_PORT lets two checkouts run their browser tests side by side.
export const FIXTURE_QUEUE_PORT = Number(process.env.MPP_TEST_QUEUE_PORT ?? 47_811);
/** Full snapshot URL given to the fixture build as MPP_QUEUE_API_URL. */
export const FIXTURE_QUEUE_API_URL = `http://127.0.0.1:${FIXTURE_QUEUE_PORT}/v1/antrean`;

// The bundled sample MPPs besides content/: each is built by `npm test` and the page-level
// browser tests run on it, so the templates are proven on more than one MPP.

/** A second sample: MPP Kabupaten Pekalongan (Kajen), 26 gerai, WIB. */
export const KAJEN_SAMPLE = {
  contentDir: 'examples/kabupaten-pekalongan/content',
  dist: '.cache/dist-kajen',
} as const;
