import { defineConfig } from 'vitest/config';

// Unit and integration tests (no browser). End-to-end tests: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 20_000,
    // One retry absorbs a timing hiccup on a loaded 2-core machine; `npm test` names every
    // test that needed it (tests/reporters/outcomes.ts), so flaky tests stay visible.
    retry: 1,
  },
});
