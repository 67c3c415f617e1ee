import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { signInAsAdmin } from './session.js';

/**
 * Cycles from the start (issue 9): the workspace has a cycle length, Settings lists its
 * cycles and plans the next one in one click, and an open cycle's dates change in place.
 */
test('an admin sets the cycle length, plans the next cycle and moves its dates in place', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await new AppShell(page).go('Settings');
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await expect(form.getByLabel('Cycle length')).toHaveValue('quarter');
  await form.getByLabel('Cycle length').selectOption('six_weeks');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Workspace settings' }).getByLabel('Cycle length')).toHaveValue(
    'six_weeks',
  );

  const cycles = page.getByRole('region', { name: /^Cycles/ });
  // Setup planned the calendar quarter holding today.
  await expect(cycles).toContainText('running now');
  const plan = cycles.getByRole('button', { name: /^Plan / });
  const planned = ((await plan.textContent()) ?? '').replace(/^Plan (\S+).*$/, '$1');
  await plan.click();
  const row = cycles.getByRole('listitem').filter({ hasText: planned });
  await expect(row).toContainText('upcoming');

  const edit = row.getByRole('button', { name: `Edit the dates of ${planned}` });
  await edit.click();
  const panel = row.getByRole('group', { name: `Dates of ${planned}` });
  // Focus moves into the panel; Escape closes it and gives focus back.
  await expect(panel.getByLabel('Start')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(edit).toBeFocused();

  await edit.click();
  const end = await panel.getByLabel('End').inputValue();
  const later = new Date(Date.parse(`${end}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  await panel.getByLabel('End').fill(later);
  await panel.getByRole('button', { name: 'Save dates' }).click();
  await expect(panel).toBeHidden();
  const shown = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${later}T00:00:00Z`),
  );
  await expect(row).toContainText(shown);

  // Leave the workspace as the other specs expect it: quarterly cycles.
  const again = page.getByRole('form', { name: 'Workspace settings' });
  await again.getByLabel('Cycle length').selectOption('quarter');
  await again.getByRole('button', { name: 'Save settings' }).click();
  await expect(again.getByRole('status')).toHaveText('Saved.');
});

test('every "plan a cycle" hint leads to the Cycles section of Settings', async ({ page }) => {
  await signInAsAdmin(page);
  const slug = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.goto(`/w/${slug}/settings#cycles`);
  await expect(page.getByRole('heading', { name: /^Cycles/ })).toBeInViewport();
});

test('an admin sets when the weekly digest and reminders go out', async ({ page }) => {
  await signInAsAdmin(page);
  await new AppShell(page).go('Settings');
  const form = page.getByRole('form', { name: 'Workspace settings' });
  await expect(form.getByLabel('Digest at')).toHaveValue('08:00');
  await form.getByLabel('Digest and reminders on').selectOption({ label: 'Friday' });
  await form.getByLabel('Digest at').fill('07:30');
  await form.getByLabel('Reminders at').fill('16:45');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  const again = page.getByRole('form', { name: 'Workspace settings' });
  await expect(again.getByLabel('Digest at')).toHaveValue('07:30');
  await expect(again.getByLabel('Reminders at')).toHaveValue('16:45');
  await expect(again.getByLabel('Digest and reminders on')).toHaveValue('5');

  // Leave the workspace as the other specs expect it: the defaults.
  await again.getByLabel('Digest and reminders on').selectOption({ label: 'The week start' });
  await again.getByLabel('Digest at').fill('08:00');
  await again.getByLabel('Reminders at').fill('09:00');
  await again.getByRole('button', { name: 'Save settings' }).click();
  await expect(again.getByRole('status')).toHaveText('Saved.');
});

test('the language and currency pickers show how numbers, money and dates will look before saving', async ({
  page,
}) => {
  await signInAsAdmin(page);
  await new AppShell(page).go('Settings');
  const form = page.getByRole('form', { name: 'Workspace settings' });
  const preview = form.getByText(/^Shown as:/);
  const before = (await preview.textContent()) ?? '';
  await form.getByLabel('Language and region').selectOption('de-DE');
  await form.getByLabel('Currency').selectOption('EUR');
  // What the browser's Intl writes for the picked locale: the preview follows it at once.
  const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(1234.5);
  const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(2026, 10, 23),
  );
  await expect(preview).toContainText(number);
  await expect(preview).toContainText('€');
  await expect(preview).toContainText(day);
  expect(before).not.toContain(day);
  // Nothing is saved until the button says so: a reload shows the stored settings again.
  await page.reload();
  await expect(page.getByRole('form', { name: 'Workspace settings' }).getByText(/^Shown as:/)).toHaveText(
    before,
  );
});
