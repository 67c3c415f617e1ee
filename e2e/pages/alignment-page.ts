import type { Locator, Page } from '@playwright/test';

/** The alignment map: teams → objectives → key results → KPIs, for one cycle. */
export class AlignmentPage {
  constructor(readonly page: Page) {}

  async pickCycle(cycle: string): Promise<void> {
    await this.page.getByLabel('Cycle', { exact: true }).selectOption(cycle);
  }

  team(name: string): Locator {
    return this.page
      .locator('li.map-team')
      .filter({ has: this.page.locator(':scope > details > summary', { hasText: name }) });
  }

  objective(title: string): Locator {
    return this.page
      .locator('li.map-objective')
      .filter({ has: this.page.locator(':scope > details > summary', { hasText: title }) });
  }

  /** Sets what an objective supports, from the map, and waits until the map says so. */
  async setParent(title: string, parentTitle: string): Promise<void> {
    const node = this.objective(title);
    await node.getByRole('button', { name: new RegExp(`^(Set|Change) the parent of ${title}$`) }).click();
    const panel = node.getByRole('group', { name: `Parent of ${title}` });
    await panel.getByLabel('Supports').selectOption({ label: parentTitle });
    await panel.getByRole('button', { name: 'Save parents' }).click();
    await panel.waitFor({ state: 'hidden' });
  }

  /** Adds another objective an objective supports, from the map, keeping the ones it has. */
  async addParent(title: string, parentTitle: string): Promise<void> {
    const node = this.objective(title);
    await node.getByRole('button', { name: `Change the parent of ${title}` }).click();
    const panel = node.getByRole('group', { name: `Parent of ${title}` });
    await panel.getByLabel('Add a parent').selectOption({ label: parentTitle });
    await panel.getByRole('button', { name: 'Save parents' }).click();
    await panel.waitFor({ state: 'hidden' });
  }

  /** The objectives listed under an objective of the map as supporting it. */
  supporters(title: string): Locator {
    return this.objective(title).getByRole('list', { name: `Objectives supporting ${title}` });
  }
}
