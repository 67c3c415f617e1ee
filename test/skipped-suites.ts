import { existsSync } from 'node:fs';

/** Suites that cannot run on this machine, and how to run them. */
export function skippedSuites(
  env: NodeJS.ProcessEnv = process.env,
  fileExists: (path: string) => boolean = existsSync,
): string[] {
  const skipped: string[] = [];
  if (!env.RATCHET_TEST_PG) {
    skipped.push(
      'PostgreSQL: the store and server suites ran on SQLite only, because RATCHET_TEST_PG is not set.\n' +
        '  Run them on PostgreSQL too with RATCHET_TEST_PG=postgres://postgres@127.0.0.1:5432/test npm test\n' +
        '  (.ci/run starts a throw-away cluster and sets it).',
    );
  }
  const chromium = env.RATCHET_TEST_CHROMIUM ?? '/usr/bin/chromium';
  if (!fileExists(chromium)) {
    skipped.push(
      `Browser: the Playwright suite (e2e/, test/browser.test.ts) did not run, because Chromium is not at ${chromium}.\n` +
        '  Install it with `apt-get install chromium` (or set RATCHET_TEST_CHROMIUM to its path), then run npm test again.',
    );
  }
  return skipped;
}

export function skippedBanner(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const rule = '!'.repeat(78);
  return `\n${rule}\nSKIPPED on this machine:\n- ${skipped.join('\n- ')}\n${rule}\n\n`;
}
