import type { Page } from '@playwright/test';

export interface FirstAdmin {
  readonly workspaceName: string;
  readonly freelancer?: boolean;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** The first-run page a fresh server shows. */
export class SetupPage {
  constructor(readonly page: Page) {}

  async createWorkspace(admin: FirstAdmin): Promise<void> {
    const { page } = this;
    await page.getByRole('heading', { name: 'Set up Ratchet' }).waitFor();
    await page.getByLabel('Workspace name').fill(admin.workspaceName);
    await page.getByRole('radio', { name: admin.freelancer ? /Just me/ : /A team/ }).check();
    await page.getByLabel('Locale').fill('en-US');
    await page.getByLabel('Currency').selectOption('USD');
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Create workspace' }).click();
  }
}
