import type { Page } from '@playwright/test';

export class CyclesPage {
  constructor(readonly page: Page) {}

  async createCycle(name: string, start: string, end: string): Promise<void> {
    const form = this.page.getByRole('form', { name: /cycle/i });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Start').fill(start);
    await form.getByLabel('End').fill(end);
    await form.getByRole('button', { name: 'Create cycle' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Cycle ${name} created` })
      .waitFor();
  }

  async close(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close cycle' }).click();
    await this.page.getByRole('heading', { name: 'Ratchet proposals' }).waitFor();
  }

  async acceptRatchet(kpiName: string): Promise<void> {
    const card = this.page.getByRole('listitem').filter({ hasText: `Ratchet ${kpiName}` });
    await card.getByRole('button', { name: 'Accept ratchet' }).click();
    await card.getByRole('status').filter({ hasText: 'Accepted' }).waitFor();
  }
}
