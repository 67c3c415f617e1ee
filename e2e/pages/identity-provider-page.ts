import type { Page } from '@playwright/test';

/** The test identity provider's own pages (oidc-provider's development sign-in and consent). */
export class IdentityProviderPage {
  constructor(readonly page: Page) {}

  async signInAndConsent(login: string): Promise<void> {
    await this.page.getByPlaceholder('Enter any login').fill(login);
    await this.page.getByPlaceholder('and password').fill('any password');
    await this.page.getByRole('button', { name: 'Sign-in' }).click();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}
