import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // Unhandled errors fail the run: a test suite that hides them is worse than none.
    dangerouslyIgnoreUnhandledErrors: false,
  },
});
