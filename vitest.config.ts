import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './tests/chromium.ts';

/**
 * Three projects: `unit` (Node: data, validation, style, codecs), `browser` (Lit elements and the map in
 * headless Chromium through vitest's browser mode) and `e2e` (Node driving Chromium against the built site,
 * which `npm test` builds first). A fourth, `bench-selftest` (the bench's own test: it runs the bench in
 * quick mode, about 3.5 minutes on 2 cores), exists only for `npm run test:bench`, which sets
 * CORRIDOR_BENCH_SELFTEST=1; it is not part of `npm test`.
 */
const benchSelftest = process.env.CORRIDOR_BENCH_SELFTEST === '1';

export default defineConfig({
  test: {
    // The JSON report is what `.ci/run` counts for its closing `N passed, N failed` line.
    reporters: [
      'default',
      ['json', { outputFile: benchSelftest ? '.cache/bench-test-results.json' : '.cache/test-results.json' }],
    ],
    projects: [
      {
        // Generous limits: builds of the basemap and of 100x synthetic data take seconds on a busy machine.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
          // Both cores (vitest's default leaves one free), and each worker keeps the modules it has loaded
          // for its next file: loading them again for each file was 20 of the project's 78 s. The files share
          // no state but globals, which are put back after each test.
          maxWorkers: 2,
          isolate: false,
          unstubGlobals: true,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 30_000,
          // One file at a time, after the unit files: two at once in one browser raced for its focus and
          // frames (a language switch not yet shown when the test looked).
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/bench.test.ts'],
          // One Chromium per worker for all its files (a browser per file started cold for each file's first
          // load).
          globalSetup: ['tests/e2e/shared-browser.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: much of a test is waiting (for the network idle, a poll, a frame), so two
          // browsers keep both cores busy.
          maxWorkers: 2,
          // Projects with different worker counts must run as separate groups: e2e after unit and browser.
          sequence: { groupOrder: 2 },
        },
      },
      ...(benchSelftest
        ? [
            {
              test: {
                name: 'bench-selftest',
                include: ['tests/e2e/bench.test.ts'],
                environment: 'node',
                testTimeout: 240_000,
              },
            },
          ]
        : []),
    ],
  },
});
