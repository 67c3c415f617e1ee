import type { Page } from '@playwright/test';

export class ObjectivePage {
  constructor(readonly page: Page) {}

  keyResult(title: string | RegExp) {
    return this.page.getByRole('article', { name: title });
  }

  /** Changes a key result's target, with the reason the history keeps. */
  async setTarget(krTitle: string | RegExp, target: string, reason: string): Promise<void> {
    const card = this.keyResult(krTitle);
    await card.getByRole('button', { name: 'Edit target' }).click();
    await card.getByLabel('Target', { exact: true }).fill(target);
    await card.getByLabel('Reason', { exact: true }).fill(reason);
    await card.getByRole('button', { name: 'Save target' }).click();
    await card.getByRole('button', { name: 'Edit target' }).waitFor();
  }

  /** Adds the work that should move the key results, and waits until it is listed. */
  async addInitiative(title: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Initiatives' });
    await section.getByLabel('New initiative').fill(title);
    await section.getByRole('button', { name: 'Add' }).click();
    await section.getByLabel(`Status of ${title}`).waitFor();
  }

  async setInitiativeStatus(title: string, status: string): Promise<void> {
    const select = this.page.getByLabel(`Status of ${title}`);
    const saved = this.page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes('/initiatives/') && r.ok(),
    );
    await select.selectOption({ label: status });
    await saved;
  }
}
