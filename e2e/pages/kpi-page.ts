import type { Locator, Page } from '@playwright/test';

export class KpiPage {
  constructor(readonly page: Page) {}

  /** Adds one value on a given day (YYYY-MM-DD) and waits until it is saved. */
  async addValue(value: string, date: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a value' });
    await form.getByLabel(/^Value/).fill(value);
    await form.getByLabel('Date').fill(date);
    await form.getByRole('button', { name: 'Add value' }).click();
    await form.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }

  /** The KPI's status word beside its name. */
  badge(): Locator {
    return this.page.locator('.page-head .badge').first();
  }
}
