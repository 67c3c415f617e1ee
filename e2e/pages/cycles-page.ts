import type { Download, Page } from '@playwright/test';

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

  async pick(cycle: string): Promise<void> {
    const select = this.page.getByLabel('Cycle', { exact: true });
    const option = select.locator('option', { hasText: new RegExp(`^${cycle} `) });
    await select.selectOption((await option.getAttribute('value')) ?? cycle);
  }

  /** Opens the confirmation, which lists the grades and the ratchets closing proposes. */
  async askToClose() {
    await this.page.getByRole('button', { name: 'Close cycle' }).click();
    return this.page.getByRole('group', { name: /^Close .+\?$/ });
  }

  async close(): Promise<void> {
    const confirmation = await this.askToClose();
    await confirmation.getByRole('button', { name: /^Close / }).click();
    await this.page.getByRole('heading', { name: 'Ratchet proposals' }).waitFor();
  }

  grades() {
    return this.page.getByRole('table', { name: /Grades per objective/ });
  }

  async acceptRatchet(kpiName: string): Promise<void> {
    const card = this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: `Ratchet ${kpiName}` }) });
    await card.getByRole('button', { name: 'Accept ratchet' }).click();
    await card.getByRole('status').filter({ hasText: 'Accepted' }).waitFor();
  }

  async writeNotes(notes: { achieved: string; learned: string; next: string }): Promise<void> {
    const { page } = this;
    await page.getByLabel('What we achieved').fill(notes.achieved);
    await page.getByLabel('What we learned').fill(notes.learned);
    await page.getByLabel('What we do next').fill(notes.next);
  }

  async downloadReview(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download the review (Markdown)' }).click();
    return download;
  }

  /** Accepts the suggested next cycle (same length, starting the day after). */
  async startNextCycle(): Promise<string> {
    const form = this.page.getByRole('form', { name: 'Start the next cycle' });
    const name = await form.getByLabel('Name').inputValue();
    await form.getByRole('button', { name: 'Create cycle' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Cycle ${name} created` })
      .waitFor();
    return name;
  }
}
