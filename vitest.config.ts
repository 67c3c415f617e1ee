import { defineConfig } from 'vitest/config';
import { RELIABILITY_TESTS } from './vitest.reliability.config.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    // The reliability suite runs them: `npm run test:reliability`.
    exclude: ['**/node_modules/**', ...RELIABILITY_TESTS],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Unhandled errors fail the run: a test suite that hides them is worse than none.
    dangerouslyIgnoreUnhandledErrors: false,
    // Real databases, servers and child processes share two cores in CI: a slow machine is
    // not a failure. Speed goals live in `npm run bench`, never in a test's time limit.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
