import { readFile } from 'node:fs/promises';
import { isoDaysAgo } from './dates.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { KpiPage } from './pages/kpi-page.js';
import { ObjectivePage } from './pages/objective-page.js';
import { signInAsAdmin } from './session.js';
import { workspaceApi, workspaceSlug } from './workspace-api.js';

/**
 * Edit everything in place (issue 9, item 1): an objective, a key result whose generated
 * title follows its numbers, an initiative, people's roles and removal, and a KPI
 * restored from the archive — each with the version it was read at.
 */
test('a team edits its objective, key result, initiative, people and KPIs in place', async ({
  page,
  allowErrors,
}) => {
  await signInAsAdmin(page);
  const ws = workspaceSlug(page);
  const cycles = await workspaceApi<{ items: { id: string }[] }>(page, 'GET', '/cycles');
  const cycle = cycles.json.items[0]?.id as string;
  await workspaceApi(page, 'POST', '/people', { id: 'edit-pat', name: 'Pat Example' });
  await workspaceApi(page, 'POST', '/kpis', { id: 'edit-backlog', name: 'Backlog size', cadence: 'weekly' });
  await workspaceApi(page, 'POST', '/kpis', { id: 'edit-old', name: 'Old backlog', cadence: 'weekly' });
  await workspaceApi(page, 'POST', '/kpis', {
    id: 'edit-reply',
    name: 'Reply time',
    unit: 'min',
    cadence: 'daily',
  });
  await workspaceApi(page, 'POST', '/objectives', { id: 'edit-top', title: 'Keep customers happy', cycle });
  await workspaceApi(page, 'POST', '/objectives', {
    id: 'edit-fast',
    title: 'Answer fast',
    cycle,
    keyResults: [
      { id: 'edit-kr', title: 'Reduce reply time from 6 h to 4 h', baseline: 6, target: 4, unit: 'h' },
    ],
  });
  await workspaceApi(page, 'POST', '/initiatives', {
    id: 'edit-rota',
    title: 'Rota for replies',
    keyResults: ['edit-kr'],
  });
  page.on('dialog', (dialog) => void dialog.accept());

  await test.step('the objective’s title, owner, type and parent change in place', async () => {
    await page.goto(`/w/${ws}/objectives/edit-fast`);
    const objective = new ObjectivePage(page);
    const panel = await objective.editObjective();
    await expect(panel.getByLabel('Title')).toBeFocused();
    await panel.getByLabel('Title').fill('Answer customers fast');
    await panel.getByLabel('Owner').selectOption({ label: 'Pat Example' });
    await panel.getByLabel('Type').selectOption('committed');
    // Chosen from the keyboard, the row keeps the focus as its value changes.
    const supports = panel.getByLabel('Supports');
    await supports.focus();
    await page.keyboard.press('ArrowDown');
    await expect(supports).not.toHaveValue('');
    await expect(supports).toBeFocused();
    await supports.selectOption({ label: 'Keep customers happy' });
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Answer customers fast' })).toBeVisible();
    await expect(page.locator('.subtitle')).toContainText('Owner Pat Example');
    await expect(page.locator('.subtitle')).toContainText('Committed');
    await expect(page.getByRole('region', { name: 'Alignment' })).toContainText('Keep customers happy');
  });

  await test.step('the key result’s target moves with a reason, and its generated title follows', async () => {
    const objective = new ObjectivePage(page);
    const panel = await objective.editKeyResult(/reply time/);
    await panel.getByLabel(/^Target/).fill('3.5');
    await expect(panel.getByRole('status')).toHaveText(
      'The title was written from the numbers, so it becomes “Reduce reply time from 6 h to 3.5 h”.',
    );
    await expect(panel.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await panel.getByLabel('Why the numbers move').fill('The rota already answers faster');
    await panel.getByLabel('Linked KPI').selectOption({ label: 'Backlog size' });
    await panel.getByRole('button', { name: 'Save changes' }).click();
    const card = objective.keyResult('Reduce reply time from 6 h to 3.5 h');
    await expect(card).toBeVisible();
    // The link names the KPI, never its id.
    await expect(card.getByRole('link', { name: 'Backlog size' })).toBeVisible();
  });

  await test.step('a key result someone else changed meanwhile asks for a reload', async () => {
    allowErrors(/409.*key-results\/edit-kr/);
    const objective = new ObjectivePage(page);
    const panel = await objective.editKeyResult(/reply time/);
    await workspaceApi(page, 'PATCH', '/key-results/edit-kr', { weight: 2 });
    await panel.getByLabel('Weight').fill('3');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect(panel).toContainText('Someone changed this; reload to see their change.');
    await panel.getByLabel('Weight').press('Escape');
    await expect(panel).toBeHidden();
  });

  await test.step('the initiative gets an owner and a due date', async () => {
    await page.getByRole('button', { name: 'Edit Rota for replies' }).click();
    const panel = page.getByRole('group', { name: 'Edit Rota for replies' });
    await panel.getByLabel('Owner').selectOption({ label: 'Pat Example' });
    await panel.getByLabel('Due').fill('2026-12-15');
    await panel.getByRole('button', { name: 'Save' }).click();
    const initiatives = page.getByRole('region', { name: 'Initiatives' });
    await expect(initiatives).toContainText('Pat Example');
    await expect(initiatives).toContainText('due Dec 15, 2026');
  });

  await test.step('the last owner cannot be demoted; a person is removed and what they owned waits for an owner', async () => {
    allowErrors(/409.*\/people\/ada/);
    await new AppShell(page).go('Settings');
    const people = page.getByRole('region', { name: /^People/ });
    await people.getByLabel('Role of Ada Lovelace').selectOption('admin');
    await expect(people).toContainText('The workspace needs at least one owner');
    await people.getByRole('button', { name: 'Remove Pat Example' }).click();
    await expect(people.getByRole('status')).toHaveText(
      'Pat Example was removed; 2 records they owned have no owner now.',
    );
    await expect(people.getByRole('cell', { name: 'Pat Example' })).toHaveCount(0);
  });

  await test.step('an archived KPI is restored from Settings, with its page back', async () => {
    await workspaceApi(page, 'DELETE', '/kpis/edit-old');
    await page.reload();
    const archived = page.getByRole('region', { name: /^Archived KPIs/ });
    await archived.getByRole('button', { name: 'Restore Old backlog' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Old backlog' })).toBeVisible();
  });

  await test.step('the KPI’s values download as CSV, with ISO dates and plain numbers', async () => {
    await workspaceApi(page, 'POST', '/kpis/edit-old/points', { at: '2026-11-02', value: 1234.5 });
    await page.reload();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the value as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('edit-old-points.csv');
    const text = await readFile((await download.path()) as string, 'utf8');
    expect(text).toBe('at,value,note,source\n2026-11-02T00:00:00.000Z,1234.5,,api\n');
  });

  await test.step('a second value for the same day asks before replacing the first', async () => {
    // The 409 that makes the form ask is the expected answer, not a failure.
    allowErrors(/409.*\/kpis\/edit-reply\/points/);
    await page.goto(`/w/${ws}/kpis/edit-reply`);
    const kpi = new KpiPage(page);
    await kpi.addValue('42', isoDaysAgo(2));
    const form = page.getByRole('form', { name: 'Add a value' });
    await form.getByLabel(/^Value/).fill('38');
    await form.getByLabel('Date').fill(isoDaysAgo(2));
    await form.getByRole('button', { name: 'Add value' }).click();
    const question = form.getByRole('alertdialog', { name: 'Replace the stored value?' });
    await expect(question).toContainText(/^There is already 42 min at .+\. Replace it with 38 min\?/);
    await expect(question.getByRole('button', { name: 'Replace' })).toBeFocused();
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(form.getByRole('status')).toContainText('Saved 38 min');
    await expect(question).toBeHidden();
    await page.getByText('Latest values').click();
    const latest = page.locator('.recent-values table');
    await expect(latest).toContainText('38 min');
    await expect(latest).not.toContainText('42 min');
  });

  await test.step('a CSV with a value for a stored day asks, and keeps or replaces as answered', async () => {
    allowErrors(/409.*\/kpis\/edit-reply\/points/);
    const day = isoDaysAgo(5);
    const stored = async () => {
      const points = await workspaceApi<{ items: { at: string; value: number }[] }>(
        page,
        'GET',
        '/kpis/edit-reply/points',
      );
      return points.json.items.filter((p) => p.at.startsWith(day)).map((p) => p.value);
    };
    await page.goto(`/w/${ws}/kpis/edit-reply`);
    await page.getByRole('tab', { name: 'CSV' }).click();
    const csv = page.getByLabel('Paste CSV');
    const importButton = page.getByRole('button', { name: 'Import 1 value' });
    await csv.fill(`date,value\n${day},10`);
    await importButton.click();
    await expect(page.getByRole('status').filter({ hasText: /1 (added|new)/ })).toBeVisible();
    expect(await stored()).toEqual([10]);

    const question = page.getByRole('alertdialog', { name: 'Replace the stored value?' });
    await csv.fill(`date,value\n${day},12`);
    await importButton.click();
    await expect(question).toContainText(/^There is already 10 min at .+\. Replace it with 12 min\?/);
    await question.getByRole('button', { name: 'Keep 10 min' }).click();
    await expect(question).toBeHidden();
    expect(await stored()).toEqual([10]);

    await importButton.click();
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(question).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /1 replaced/ })).toBeVisible();
    expect(await stored()).toEqual([12]);
  });
});
