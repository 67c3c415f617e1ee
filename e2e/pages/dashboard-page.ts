import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  constructor(readonly page: Page) {}

  kpiCard(name: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${escapeRegExp(name)}:`) });
  }

  needsAttention(): Locator {
    return this.page.getByRole('region', { name: /Needs attention|What I owe/ });
  }

  async draftOkrFor(kpiName: string): Promise<void> {
    await this.needsAttention()
      .getByRole('button', { name: `Draft OKR for ${kpiName}` })
      .click();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
