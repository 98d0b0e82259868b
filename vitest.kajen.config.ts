import { defineConfig } from 'vitest/config';
import { KAJEN_SAMPLE } from './src/cli/test-targets.ts';

// The page-level tests again, on the second sample (MPP Kabupaten Pekalongan): every template
// (loads, axe, no JavaScript, layout) and every page (valid HTML, links, CSP), plus the facts
// that sample must carry.
// `npm test` builds it to .cache/dist-kajen first.
export default defineConfig({
  test: {
    include: ['tests/e2e/pages.test.ts', 'tests/e2e/layout.test.ts', 'tests/e2e/output.test.ts', 'tests/samples/kajen.test.ts'],
    env: { MPP_DIST: KAJEN_SAMPLE.dist, MPP_CONTENT_DIR: KAJEN_SAMPLE.contentDir },
    testTimeout: 60_000,
    // One retry absorbs a timing hiccup on a loaded 2-core machine; `npm test` names every
    // test that needed it (tests/reporters/outcomes.ts), so flaky tests stay visible.
    retry: 1,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
