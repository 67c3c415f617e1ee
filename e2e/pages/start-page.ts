import type { Locator, Page } from '@playwright/test';

/** The advice questionnaire ("A starting plan") a new workspace is offered. */
export class StartPage {
  constructor(readonly page: Page) {}

  async answer(answers: {
    readonly stage: RegExp;
    readonly problem: RegExp;
    readonly minutes: string;
    readonly areas: string;
    readonly objective?: string;
  }): Promise<void> {
    const { page } = this;
    await page
      .getByRole('group', { name: /stable, or do you need to change/ })
      .getByLabel(answers.stage)
      .check();
    await page
      .getByRole('group', { name: /bigger problem/ })
      .getByLabel(answers.problem)
      .check();
    await page.getByLabel('Minutes a week for reviews').fill(answers.minutes);
    await page.getByLabel('Areas to improve this quarter').fill(answers.areas);
    if (answers.objective) await page.getByLabel(/What do you want to achieve/).fill(answers.objective);
    await page.getByRole('button', { name: 'Show my plan' }).click();
    await page.getByRole('heading', { name: 'KPIs to start with' }).waitFor();
  }

  plan(): Locator {
    return this.page.getByRole('region', { name: /Lead with|Use both/ });
  }

  /** Adds a suggested metric as a KPI and waits until it is stored. */
  async addKpi(name: string): Promise<void> {
    const suggestion = this.page.getByRole('listitem').filter({ hasText: name });
    await suggestion.getByRole('button', { name: `Add ${name} as a KPI` }).click();
    await suggestion.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  }
}
