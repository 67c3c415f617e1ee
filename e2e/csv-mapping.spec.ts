import { expect, keepScreenshot, test } from './fixtures.js';
import { signInAsAdmin } from './session.js';
import { workspaceApi, workspaceSlug } from './workspace-api.js';

/**
 * "Any CSV in" (issue 11): one spreadsheet export with the values of two KPIs, columns
 * named nothing Ratchet could guess, mapped by hand, previewed with its row problems,
 * fixed, dry-run, imported; the next upload starts from the same mapping.
 */
const HEADER = 'Closed on,Which one,Reading,Remark';
const BROKEN = [
  HEADER,
  '2026-09-30,CSV signups,410,',
  '2026-11-31,CSV signups,455,',
  '2026-10-31,Trial rate,lots,',
];
const FIXED = [
  HEADER,
  '2026-09-30,CSV signups,410,',
  '2026-10-31,CSV signups,455,after the launch',
  '2026-09-30,csv-trial-rate,12.5,',
  '2026-10-31,Trial rate,13.75,',
];

function csv(name: string, lines: readonly string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) };
}

test('a CSV of two KPIs is mapped, previewed with its errors, fixed, dry-run and imported', async ({
  page,
}, testInfo) => {
  await signInAsAdmin(page);
  for (const kpi of [
    { id: 'csv-signups', name: 'CSV signups', cadence: 'monthly' },
    { id: 'csv-trial-rate', name: 'Trial rate', cadence: 'monthly', unit: '%' },
  ]) {
    const created = await workspaceApi(page, 'POST', '/kpis', kpi);
    expect([201, 409]).toContain(created.status);
  }
  const slug = workspaceSlug(page);
  const importer = page.getByRole('region', { name: 'Import KPI values from a CSV' });
  const file = importer.getByLabel('CSV file');

  await test.step('upload and map the columns by hand', async () => {
    await page.goto(`/w/${slug}/settings`);
    await file.setInputFiles(csv('broken.csv', BROKEN));
    await importer.getByLabel('Date column').selectOption('Closed on');
    await importer.getByLabel('Value column').selectOption('Reading');
    await importer.getByLabel('KPI column').selectOption('Which one');
    await importer.getByLabel('Note column').selectOption('Remark');
    await expect(importer.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  await test.step('the preview names every bad row and why', async () => {
    await importer.getByRole('button', { name: 'Preview' }).click();
    const problems = importer.getByRole('table', { name: 'Problems by row' });
    await expect(problems.getByRole('row')).toHaveCount(3);
    await expect(problems.getByRole('row', { name: /3 "2026-11-31" is not a date/ })).toBeVisible();
    await expect(problems.getByRole('row', { name: /4 "lots" is not a number/ })).toBeVisible();
    await expect(importer.getByRole('button', { name: 'Dry run' })).toBeDisabled();
    await keepScreenshot(page, testInfo, 'csv-mapping-01-problems');
  });

  await test.step('the fixed file previews clean, dry-runs without storing, then imports', async () => {
    await file.setInputFiles(csv('fixed.csv', FIXED));
    // Nothing was imported yet, so a new file starts from guesses again.
    await importer.getByLabel('Date column').selectOption('Closed on');
    await importer.getByLabel('Value column').selectOption('Reading');
    await importer.getByLabel('KPI column').selectOption('Which one');
    await importer.getByRole('button', { name: 'Preview' }).click();
    await expect(
      importer.getByText('4 rows read, no problems: CSV signups 2 values, Trial rate 2 values.'),
    ).toBeVisible();
    await importer.getByRole('button', { name: 'Dry run' }).click();
    await expect(importer.getByText('Dry run: would import 4 values; nothing was stored.')).toBeVisible();
    const before = await workspaceApi<{ items: unknown[] }>(page, 'GET', '/kpis/csv-signups/points');
    expect(before.json.items).toEqual([]);
    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importer.getByText('Imported 4 values.')).toBeVisible();
    await keepScreenshot(page, testInfo, 'csv-mapping-02-imported');
  });

  await test.step('the values are on the KPI page', async () => {
    await importer.getByRole('link', { name: 'Trial rate' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trial rate' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Trial rate: 2 values, latest 13\.8%/ })).toBeVisible();
    const points = await workspaceApi<{ items: { value: number; source: string }[] }>(
      page,
      'GET',
      '/kpis/csv-trial-rate/points',
    );
    expect(points.json.items.map((p) => [p.value, p.source])).toEqual([
      [12.5, 'import'],
      [13.75, 'import'],
    ]);
  });

  await test.step('the next upload starts from the saved mapping', async () => {
    await page.goto(`/w/${slug}/settings`);
    await file.setInputFiles(csv('december.csv', [HEADER, '2026-11-30,CSV signups,470,']));
    await expect(importer.getByText('Columns start from the mapping of your last import.')).toBeVisible();
    await expect(importer.getByLabel('Date column')).toHaveValue('Closed on');
    await expect(importer.getByLabel('Value column')).toHaveValue('Reading');
    await expect(importer.getByLabel('KPI column')).toHaveValue('Which one');
    await importer.getByRole('button', { name: 'Preview' }).click();
    await expect(importer.getByText('1 row read, no problems: CSV signups 1 value.')).toBeVisible();
  });
});
