import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

/**
 * Every test fails if the page logged a console error, threw, or got a failed API answer
 * it did not expect: a product that works "except for the red lines in the console" does
 * not work. A test that provokes an error on purpose says so with `allowErrors(/pattern/)`.
 */
export const test = base.extend<{ allowErrors: (pattern: RegExp) => void }>({
  allowErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && response.url().includes('/api/')) {
          errors.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
        }
      });
      await use((pattern) => allowed.push(pattern));
      const unexpected = errors.filter((e) => !allowed.some((pattern) => pattern.test(e)));
      expect(unexpected, 'console errors and failed API calls').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A full-page screenshot kept with the test's artifacts under test-results/. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
