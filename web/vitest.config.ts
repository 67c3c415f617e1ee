import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The web app's unit tests (pure modules: formatting, CSV reading, check-in order).
// `npx vitest run --config web/vitest.config.ts`; the root config may include them too.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['web/src/**/*.test.ts'],
    environment: 'node',
  },
});
