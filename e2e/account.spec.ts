import { expect, keepScreenshot, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { SignInPage } from './pages/sign-in-page.js';
import { admin, signInAsAdmin } from './session.js';

test('a member signs out, is refused with a wrong password, and signs back in', async ({
  page,
  allowErrors,
}, testInfo) => {
  await signInAsAdmin(page);
  await new AppShell(page).signOut();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'sign-in');

  allowErrors(/auth\/sign-in/);
  const signIn = new SignInPage(page);
  await signIn.signIn(admin.email, 'not the password');
  await expect(page.getByRole('alert')).toBeVisible();

  await signIn.signIn(admin.email, admin.password);
  await expect(page.getByRole('heading', { level: 1, name: admin.workspaceName })).toBeVisible();
});

test('an API token is shown once, then only its prefix, and can be revoked', async ({ page }, testInfo) => {
  await signInAsAdmin(page);
  await new AppShell(page).go('Settings');
  const tokens = page.getByRole('region', { name: 'API tokens' });
  await tokens.getByLabel('Token name').fill('Spreadsheet sync');
  await tokens.getByRole('button', { name: 'Create token' }).click();
  const secret = tokens.locator('code.secret');
  await expect(secret).toHaveText(/\S{20,}/);
  await keepScreenshot(page, testInfo, 'settings-token-created');
  const shown = (await secret.textContent()) ?? '';
  await tokens.getByRole('button', { name: 'I stored it' }).click();
  await expect(tokens.locator('code.secret')).toHaveCount(0);
  await expect(tokens).not.toContainText(shown);
  await expect(tokens).toContainText('Spreadsheet sync');

  page.once('dialog', (dialog) => void dialog.accept());
  await tokens.getByRole('button', { name: 'Revoke Spreadsheet sync' }).click();
  await expect(tokens.getByRole('button', { name: 'Revoke Spreadsheet sync' })).toHaveCount(0);
});

test('the theme follows the toggle and the choice survives a reload', async ({ page }, testInfo) => {
  await signInAsAdmin(page);
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  await toggle.click();
  const forced = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(forced === 'dark' || forced === 'light').toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', forced ?? '');
  await keepScreenshot(page, testInfo, `dashboard-${forced}`);
});
