import { expect, keepScreenshot, test } from './fixtures.js';
import { AlignmentPage } from './pages/alignment-page.js';
import { AppShell } from './pages/app-shell.js';
import { signInAsAdmin } from './session.js';
import { workspaceApi } from './workspace-api.js';

/**
 * The alignment map (issue 9, item 7): a company objective, a support team's objective
 * with a key result linked to a KPI; the team aligns its objective under the company's
 * from the map, and the map reads on a phone. Its own records, in the current cycle.
 */
test('the alignment map shows the team tree with objectives, key results and KPIs, and sets a first and a second parent', async ({
  page,
}, testInfo) => {
  await signInAsAdmin(page);
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await workspaceApi(page, method, path, body);
    expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.json)}`).toBeLessThan(300);
    return answer.json;
  };
  const today = new Date().toISOString().slice(0, 10);
  const { items: cycles } = (await call('GET', '/cycles')) as {
    items: { id: string; start: string; end: string }[];
  };
  const current = cycles
    .filter((c) => c.start <= today && today <= c.end)
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  if (!current) throw new Error('setup should have planned the current cycle');
  await call('POST', '/teams', { id: 'map-company', name: 'Company' });
  await call('POST', '/teams', { id: 'map-support', name: 'Support desk', parent: 'map-company' });
  await call('POST', '/kpis', {
    id: 'tickets-reopened',
    name: 'Tickets reopened',
    unit: '%',
    cadence: 'weekly',
    healthy: { max: 5 },
    team: 'map-support',
  });
  await call('POST', '/kpis/tickets-reopened/points', { at: today, value: 7 });
  await call('POST', '/objectives', {
    title: 'Customers love our support',
    cycle: current.id,
    team: 'map-company',
  });
  await call('POST', '/objectives', {
    title: 'Fewer repeat contacts',
    cycle: current.id,
    team: 'map-company',
  });
  await call('POST', '/objectives', {
    title: 'Answers that stick',
    cycle: current.id,
    team: 'map-support',
    keyResults: [
      {
        title: 'Reduce tickets reopened from 8% to 4%',
        baseline: 8,
        target: 4,
        unit: '%',
        kpi: 'tickets-reopened',
      },
    ],
  });

  await new AppShell(page).go('Alignment');
  const map = new AlignmentPage(page);
  await map.pickCycle(current.id);
  await expect(page).toHaveURL(new RegExp(`[?&]cycle=${current.id}`));

  // The team tree: Support desk sits inside Company, each with its objective.
  const company = map.team('Company');
  await expect(company.locator(':scope > details > summary')).toContainText('3 objectives');
  await expect(company.locator('li.map-team', { hasText: 'Support desk' })).toBeVisible();
  const answers = map.objective('Answers that stick');
  await expect(
    answers.getByRole('progressbar', { name: 'Progress of Reduce tickets reopened from 8% to 4%' }),
  ).toHaveAttribute('aria-valuenow', '25');
  await expect(answers.getByRole('link', { name: 'Tickets reopened' })).toBeVisible();
  await expect(answers).toContainText('Breach');
  await expect(answers).toContainText('Supports nothing yet');

  await map.setParent('Answers that stick', 'Customers love our support (Company)');
  await expect(answers).toContainText('Supports Customers love our support');
  await expect(map.objective('Customers love our support')).toContainText('1 objective supports it');

  // An objective may support several: add a second parent from the map, and it shows under both,
  // marked under the second with the first it supports.
  await map.addParent('Answers that stick', 'Fewer repeat contacts (Company)');
  await expect(answers).toContainText('Supports Customers love our support and Fewer repeat contacts');
  await expect(map.supporters('Customers love our support')).toContainText('Answers that stick');
  await expect(map.supporters('Customers love our support')).not.toContainText('also supports');
  await expect(map.supporters('Fewer repeat contacts').getByRole('listitem')).toHaveText(
    /^Answers that stick 25% · also supports Customers love our support$/,
  );
  await keepScreenshot(page, testInfo, 'alignment-map');

  // It was saved through the objective's PATCH: a reload shows the same.
  await page.reload();
  await expect(map.objective('Answers that stick')).toContainText('Supports Customers love our support');
  await expect(map.supporters('Fewer repeat contacts')).toContainText('Answers that stick');

  // Collapsing a team hides its objectives; expanding shows them again.
  await company.locator(':scope > details > summary').click();
  await expect(map.objective('Customers love our support')).toBeHidden();
  await company.locator(':scope > details > summary').click();
  await expect(map.objective('Customers love our support')).toBeVisible();

  // On a phone the map fits: no sideways scroll.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(map.objective('Answers that stick')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await keepScreenshot(page, testInfo, 'alignment-map-phone');
});
