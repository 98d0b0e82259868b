import { defineConfig } from 'vitest/config';

// Browser tests against the production build (dist/, built by `npm test` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    // One retry absorbs a timing hiccup on a loaded 2-core machine; `npm test` names every
    // test that needed it (tests/reporters/outcomes.ts), so flaky tests stay visible.
    retry: 1,
    hookTimeout: 120_000,
    // One Chromium at a time: the machines have 2 cores.
    fileParallelism: false,
  },
});
