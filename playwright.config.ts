import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive Debian's Chromium (/usr/bin/chromium, installed by `.ci/run`)
 * against a real `ratchet serve` on a fresh SQLite file: never a downloaded browser.
 *
 * The port and database are chosen once in the main process and passed to workers
 * through the environment (workers load this file again).
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const run = `${process.pid}-${Date.now()}`;
process.env.RATCHET_E2E_PORT ??= String(await freePort());
process.env.RATCHET_E2E_DB ??= join(tmpdir(), `ratchet-e2e-${run}.db`);
// A second fresh server, so a freelancer's first run (setup → advice) is walked too.
process.env.RATCHET_E2E_SOLO_PORT ??= String(await freePort());
process.env.RATCHET_E2E_SOLO_DB ??= join(tmpdir(), `ratchet-e2e-solo-${run}.db`);
const port = Number(process.env.RATCHET_E2E_PORT);
const soloPort = Number(process.env.RATCHET_E2E_SOLO_PORT);
const chromium = process.env.RATCHET_TEST_CHROMIUM ?? '/usr/bin/chromium';
// `npm run build` compiles the server (bin/ratchet.js runs dist/) and the web app; skip it
// when both are fresh (RATCHET_E2E_SKIP_BUILD=1).
const build = process.env.RATCHET_E2E_SKIP_BUILD ? '' : 'npm run build --silent && ';
// How to run the CLI; a developer may point it at the sources (`tsx src/cli/…`).
const ratchet = process.env.RATCHET_E2E_RATCHET ?? 'node bin/ratchet.js';

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1360, height: 900 },
  launchOptions: {
    executablePath: chromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // One loop through the product, in order: the tests share one server and one database.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: the suite must pass on a loaded 2-core machine. Waits are for states
  // (visible, saved, network idle), never for fixed times.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    // A fresh server first shows setup; every other spec then signs in to that workspace.
    { name: 'first-run', testMatch: /first-run\.spec\.ts$/, use: browser },
    {
      name: 'chromium',
      testIgnore: /(first-run|freelancer|dashboard-filters|alignment-map|phone-and-axe|sso)\.spec\.ts$/,
      dependencies: ['first-run'],
      use: browser,
    },
    // Filters need the loop's cycles and objectives, plus a team and a person of their own;
    // the alignment map adds objectives to the current cycle, so it comes after the loop too;
    // the phone and axe passes read the pages with the data the loop left behind.
    {
      name: 'after-loop',
      testMatch: /(dashboard-filters|alignment-map|phone-and-axe)\.spec\.ts$/,
      dependencies: ['chromium'],
      use: browser,
    },
    // Single sign-on: the spec starts an identity provider and a Ratchet server of its own.
    { name: 'sso', testMatch: /sso\.spec\.ts$/, use: browser },
    {
      name: 'freelancer',
      testMatch: /freelancer\.spec\.ts$/,
      use: { ...browser, baseURL: `http://127.0.0.1:${soloPort}` },
    },
  ],
  // Started one after the other: the first builds, the second reuses the build.
  webServer: [
    {
      command: `${build}${ratchet} serve --port ${port} --db sqlite:${process.env.RATCHET_E2E_DB}`,
      url: `http://127.0.0.1:${port}/api/v1/setup`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `${ratchet} serve --port ${soloPort} --db sqlite:${process.env.RATCHET_E2E_SOLO_DB}`,
      url: `http://127.0.0.1:${soloPort}/api/v1/setup`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
