import type { Page } from '@playwright/test';

/** The header every workspace page shares: main navigation and the account menu. */
export class AppShell {
  constructor(readonly page: Page) {}

  async go(
    section: 'Home' | 'Check-in' | 'Quick add' | 'Cycles' | 'Digest' | 'Alignment' | 'Settings',
  ): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: section, exact: true })
      .click();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: /^Account:/ }).click();
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
