import type { Page } from '@playwright/test';

/** The weekly ritual, driven from the keyboard as a user would. */
export class CheckInPage {
  constructor(readonly page: Page) {}

  async checkIn(entry: {
    readonly value: string;
    readonly confidencePercent: number;
    readonly note: string;
  }): Promise<void> {
    const { page } = this;
    const value = page.getByLabel(/^Value/);
    await value.fill(entry.value);
    const slider = page.getByLabel(/^Confidence/);
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < Math.round(entry.confidencePercent / 10); i++)
      await page.keyboard.press('ArrowRight');
    await page.getByLabel('Note').fill(entry.note);
    await page.getByLabel('Note').press('Control+Enter');
  }
}
