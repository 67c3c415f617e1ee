import type { Page } from '@playwright/test';

/** The page an invitation link opens: join with a name and a password. */
export class InvitePage {
  constructor(readonly page: Page) {}

  async join(name: string, password: string): Promise<void> {
    await this.page.getByRole('heading', { name: /^Join / }).waitFor();
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Choose a password').fill(password);
    await this.page.getByRole('button', { name: /^Join / }).click();
  }
}
