import { expect, keepScreenshot, test } from './fixtures.js';
import { SetupPage } from './pages/setup-page.js';
import { admin } from './session.js';

// Runs first (files run in name order on one worker): the server is fresh.
test('a fresh server asks for the first workspace and admin, then teaches on an empty dashboard', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await keepScreenshot(page, testInfo, 'setup');
  await new SetupPage(page).createWorkspace(admin);
  await expect(page.getByRole('heading', { level: 1, name: admin.workspaceName })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No KPIs yet' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'empty-dashboard');
});
