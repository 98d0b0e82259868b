import { defineConfig } from 'vitest/config';

// Unit and integration tests (no browser). End-to-end tests: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
