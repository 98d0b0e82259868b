// The queue API address baked into the fixture build (.cache/dist-fixture); the browser
// tests start the fake or the real queue API on this port.
// MPP_TEST_QUEUE_PORT lets two checkouts run their browser tests side by side.
export const FIXTURE_QUEUE_PORT = Number(process.env.MPP_TEST_QUEUE_PORT ?? 47_811);
/** Full snapshot URL given to the fixture build as MPP_QUEUE_API_URL. */
export const FIXTURE_QUEUE_API_URL = `http://127.0.0.1:${FIXTURE_QUEUE_PORT}/v1/antrean`;
