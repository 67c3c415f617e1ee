import type { Page } from '@playwright/test';

export class ObjectivePage {
  constructor(readonly page: Page) {}

  keyResult(title: string | RegExp) {
    return this.page.getByRole('article', { name: title });
  }

  /** Opens a key result's edit panel in place. */
  async editKeyResult(krTitle: string | RegExp) {
    const card = this.keyResult(krTitle);
    await card.getByRole('button', { name: /^Edit / }).click();
    return card.getByRole('group', { name: /^Edit / });
  }

  /** Changes a key result's target, with the reason the history keeps. */
  async setTarget(krTitle: string | RegExp, target: string, reason: string): Promise<void> {
    const card = this.keyResult(krTitle);
    const panel = await this.editKeyResult(krTitle);
    await panel.getByLabel(/^Target/).fill(target);
    await panel.getByLabel('Why the numbers move').fill(reason);
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await card.getByRole('button', { name: /^Edit / }).waitFor();
  }

  /** Opens the objective's own edit panel. */
  async editObjective() {
    await this.page.getByRole('button', { name: 'Edit', exact: true }).first().click();
    return this.page.getByRole('group', { name: /^Edit / }).first();
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
