import type { Locator, Page } from '@playwright/test';

export class DashboardPage {
  constructor(readonly page: Page) {}

  kpiCard(name: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${escapeRegExp(name)}:`) });
  }

  needsAttention(): Locator {
    return this.page.getByRole('region', { name: /Needs attention|What I owe/ });
  }

  objectives(): Locator {
    return this.page.getByRole('region', { name: /Objectives|Your OKR|Your quarter/ });
  }

  /** Opens the drafted OKR for a breached KPI, reads it, and creates it. */
  async draftOkrFor(kpiName: string): Promise<Locator> {
    await this.needsAttention()
      .getByRole('button', { name: `Draft OKR for ${kpiName}` })
      .click();
    return this.needsAttention().getByRole('region', { name: `Drafted OKR for ${kpiName}` });
  }

  async filter(name: 'Team' | 'Cycle' | 'Owner', option: string | RegExp): Promise<void> {
    const select = this.page.getByRole('search').getByLabel(name);
    const match = select.locator('option', { hasText: option });
    await select.selectOption((await match.first().getAttribute('value')) ?? '');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
