import type { Page } from '@playwright/test';

export class QuickAddPage {
  constructor(readonly page: Page) {}

  async read(statement: string): Promise<void> {
    await this.page.getByLabel('Statement').fill(statement);
    await this.page.getByRole('button', { name: 'Read it' }).click();
    await this.page.getByText('Ratchet reads this as').waitFor();
  }

  async createKpi(options: { readonly cadence?: string } = {}): Promise<void> {
    if (options.cadence) await this.page.getByLabel('Review cadence').selectOption(options.cadence);
    await this.page.getByRole('button', { name: 'Create KPI' }).click();
  }
}
