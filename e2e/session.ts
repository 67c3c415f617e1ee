import type { Page } from '@playwright/test';
import { SetupPage } from './pages/setup-page.js';
import { SignInPage } from './pages/sign-in-page.js';

/** The first admin every spec uses; whichever spec runs first creates the workspace. */
export const admin = {
  workspaceName: 'Acme Support',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  password: 'correct horse battery',
} as const;

/** Lands on the dashboard as the admin: sets the server up on first use, else signs in. */
export async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto('/');
  const setup = page.getByRole('heading', { name: 'Set up Ratchet' });
  const signIn = page.getByRole('heading', { name: 'Sign in' });
  await setup.or(signIn).waitFor();
  if (await setup.isVisible()) await new SetupPage(page).createWorkspace(admin);
  else await new SignInPage(page).signIn(admin.email, admin.password);
  await page.getByRole('heading', { level: 1, name: admin.workspaceName }).waitFor();
}
