import { expect, keepScreenshot, test } from './fixtures.js';
import { signInAsAdmin } from './session.js';
import { workspaceApi, workspaceSlug } from './workspace-api.js';

/**
 * Import from another tool in the web app (issue 11): an OKR export whose columns the
 * importer cannot find by their usual names — as an unconfirmed Perdoo or Viva Goals
 * export may be — is checked, refused with its reason, mapped column by column into a
 * chosen cycle, checked again and imported.
 */
const TITLE = 'Make onboarding effortless';
const EXPORT = [
  'Goal name,Result,Start value,Goal value,Now,Deadline',
  `"${TITLE}",Cut setup time from 40 min to 15 min,40,15,32,2026-12-20`,
];

test('an OKR export with unusual column names is mapped, checked and imported', async ({
  page,
  allowErrors,
}, testInfo) => {
  // The first check is refused on purpose: the file's objective column is not found.
  allowErrors(/imports\/perdoo/);
  await signInAsAdmin(page);
  const slug = workspaceSlug(page);
  const cycles = await workspaceApi<{ items: { id: string; start: string; end: string; closed: boolean }[] }>(
    page,
    'GET',
    '/cycles',
  );
  const today = new Date().toISOString().slice(0, 10);
  // The shortest open cycle running today: the quarter, not a longer push around it.
  const [cycle] = cycles.json.items
    .filter((c) => !c.closed && c.start <= today && today <= c.end)
    .sort((a, b) => a.end.localeCompare(b.end) || b.start.localeCompare(a.start));
  expect(cycle, 'the e2e workspace has a cycle running today').toBeDefined();

  await page.goto(`/w/${slug}/settings`);
  const importer = page.getByRole('region', { name: 'Import from another tool' });
  await importer.getByLabel('Export from').selectOption('perdoo');
  await importer.getByLabel('Export file').setInputFiles({
    name: 'perdoo-export.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${EXPORT.join('\n')}\n`),
  });

  await test.step('without a mapping the check says which column is missing', async () => {
    await importer.getByRole('button', { name: 'Check file' }).click();
    await expect(importer.getByRole('alert')).toContainText(/objective/i);
    await expect(importer.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  });

  await test.step('mapped into the chosen cycle, the check says what would be imported', async () => {
    await importer.getByLabel('Cycle').selectOption(cycle?.id ?? '');
    await importer.getByLabel('Objective', { exact: true }).selectOption('Goal name');
    await importer.getByLabel('Current value').selectOption('Now');
    await importer.getByRole('button', { name: 'Check file' }).click();
    await expect(
      importer.getByText(
        'Would import 1 objective with 1 key result and 1 check-in. Nothing is stored until you import.',
      ),
    ).toBeVisible();
    const before = await workspaceApi<{ items: { title: string }[] }>(page, 'GET', '/objectives');
    expect(before.json.items.map((o) => o.title)).not.toContain(TITLE);
    await keepScreenshot(page, testInfo, 'tool-import-01-checked');
  });

  await test.step('imported, the objective is in the workspace with its cycle', async () => {
    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importer.getByText('Imported 1 objective with 1 key result and 1 check-in.')).toBeVisible();
    const after = await workspaceApi<{ items: { title: string; cycle: string }[] }>(
      page,
      'GET',
      '/objectives',
    );
    expect(after.json.items.find((o) => o.title === TITLE)?.cycle).toBe(cycle?.id);
  });
});
