import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { admin, signInAsAdmin } from './session.js';
import { workspaceApi } from './workspace-api.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The Monday digest as a page (issue 10): the admin's own breach waits for an answer,
 * with a link to the KPI; an admin picks another person and sees theirs.
 */
test('the Digest page shows your breach to answer, and an admin reads another person’s digest', async ({
  page,
}) => {
  await signInAsAdmin(page);
  const people = (
    await workspaceApi<{ items: { id: string; email: string | null }[] }>(page, 'GET', '/people')
  ).json.items;
  const me = people.find((p) => p.email === admin.email);
  expect(me, 'the admin is a person of the workspace').toBeDefined();
  const kpi = (
    await workspaceApi<{ id: string }>(page, 'POST', '/kpis', {
      name: 'Digest spec backlog',
      cadence: 'daily',
      healthy: { max: 10 },
      owner: me?.id,
    })
  ).json;
  // Silenced, so its alert puts nothing in the admin's inbox while other specs count the bell.
  await workspaceApi(page, 'PUT', `/kpis/${kpi.id}/silence`, {
    until: new Date(Date.now() + 7 * DAY).toISOString(),
    reason: 'The digest spec reads the breach, not the alert',
  });
  for (const daysAgo of [3, 2]) {
    const at = new Date(Date.now() - daysAgo * DAY).toISOString();
    await workspaceApi(page, 'POST', `/kpis/${kpi.id}/points`, { at, value: 40 });
  }
  await workspaceApi(page, 'POST', '/people', { id: 'digest-quiet', name: 'Quinn Quiet' });

  await new AppShell(page).go('Digest');
  await expect(page.getByRole('heading', { level: 1, name: 'Digest' })).toBeVisible();
  const breaches = page.getByRole('region', { name: 'Breaches waiting for an answer' });
  const item = breaches.getByRole('listitem').filter({ hasText: 'Digest spec backlog' });
  await expect(item).toContainText('with no decision or OKR');
  await item.getByRole('link', { name: 'Open the KPI' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Digest spec backlog' })).toBeVisible();

  await page.goBack();
  await page.getByLabel('Whose digest').selectOption({ label: 'Quinn Quiet' });
  await expect(page.getByRole('article')).toContainText('For Quinn Quiet, as of');
  await expect(page.getByRole('article')).toContainText('Every KPI you own is healthy');
  await expect(page).toHaveURL(/[?&]person=digest-quiet/);
});
