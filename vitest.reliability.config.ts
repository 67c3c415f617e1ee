import { defineConfig } from 'vitest/config';

/**
 * The reliability suite (`npm run test:reliability`, issue 13): the probes an attacker
 * and a careless operator would try, kept as tests. `npm test` leaves these files to it,
 * so CI (which runs both, on SQLite and PostgreSQL) never runs one twice.
 */
export const RELIABILITY_TESTS = [
  'src/server/authorisation.test.ts',
  'src/server/role-escalation.test.ts',
  'src/server/owner-races.test.ts',
  'src/server/bad-input.test.ts',
  'src/server/session-limits.test.ts',
  'test/store/durability.test.ts',
  'test/store/backup-during-ingestion.test.ts',
  'test/store/idempotency.test.ts',
  'test/reliability/api-fuzz.test.ts',
  'src/server/patch-races.test.ts',
];

export default defineConfig({
  test: {
    include: RELIABILITY_TESTS,
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    dangerouslyIgnoreUnhandledErrors: false,
    testTimeout: 60_000,
  },
});
