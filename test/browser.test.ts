import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The Playwright suite (e2e/, playwright.config.ts) as part of `npm test`: it builds the
 * app, starts `ratchet serve` on a fresh SQLite file and drives Debian's Chromium through
 * the whole loop. Without Chromium at /usr/bin/chromium it is skipped, and says so.
 */
const chromium = process.env.RATCHET_TEST_CHROMIUM ?? '/usr/bin/chromium';
// The browser suite builds the app and walks several journeys on two cores: give it room.
const BROWSER_SUITE_LIMIT = 30 * 60_000;

describe.skipIf(!existsSync(chromium))('the web app in a real browser', () => {
  it(
    'walks setup → KPI → breach → OKR → check-in → close → ratchet with no console errors',
    () => {
      const run = spawnSync('npx', ['playwright', 'test', '--reporter=line'], {
        encoding: 'utf8',
        env: { ...process.env, RATCHET_TEST_CHROMIUM: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
        timeout: BROWSER_SUITE_LIMIT,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    },
    BROWSER_SUITE_LIMIT,
  );
});

// Without Chromium the suite is skipped; test/skipped-suites.ts names it in the banner
// before the run and again in the closing summary, so it cannot pass unnoticed.
