import { expect, keepScreenshot, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { signInAsAdmin } from './session.js';

/**
 * After the loop (this project depends on it): the dashboard shows the current cycle's
 * objectives by default; team, cycle and owner filters narrow it and live in the URL.
 * A second team plans its next cycle through the API, as a script would.
 */
test('the dashboard filters by cycle, team and owner, and keeps them in the URL', async ({
  page,
}, testInfo) => {
  await signInAsAdmin(page);
  const ws = new URL(page.url()).pathname.split('/')[2] ?? '';
  const origin = new URL(page.url()).origin;
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(`/api/v1/workspaces/${ws}${path}`, {
      data,
      headers: { Origin: origin },
    });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
  const cycles = (await (await page.request.get(`/api/v1/workspaces/${ws}/cycles`)).json()) as {
    items: { id: string; start: string; end: string }[];
  };
  const next = [...cycles.items].sort((a, b) => b.start.localeCompare(a.start))[0];
  if (!next) throw new Error('the loop should have started a next cycle');
  await post('/teams', { id: 'billing', name: 'Billing' });
  await post('/people', { id: 'grace', name: 'Grace Hopper' });
  await post('/objectives', {
    title: 'Invoices that pay themselves',
    cycle: next.id,
    team: 'billing',
    owner: 'grace',
    keyResults: [
      { title: 'Increase invoices paid on time from 70% to 90%', baseline: 70, target: 90, unit: '%' },
    ],
  });

  const dashboard = new DashboardPage(page);
  await page.reload();
  await expect(dashboard.objectives()).toContainText(/back to healthy/i);
  await expect(dashboard.objectives()).not.toContainText('Invoices that pay themselves');

  await dashboard.filter('Cycle', new RegExp(`^${next.id}`));
  await expect(page).toHaveURL(new RegExp(`[?&]cycle=${next.id}`));
  await expect(dashboard.objectives()).toContainText('Invoices that pay themselves');
  await expect(dashboard.objectives()).not.toContainText(/back to healthy/i);

  await dashboard.filter('Cycle', 'All cycles');
  await expect(page).toHaveURL(/[?&]cycle=all/);
  await expect(dashboard.objectives()).toContainText(/back to healthy/i);
  await expect(dashboard.objectives()).toContainText('Invoices that pay themselves');

  await dashboard.filter('Team', 'Billing');
  await expect(page).toHaveURL(/[?&]team=billing/);
  await expect(dashboard.objectives()).not.toContainText(/back to healthy/i);
  await page.reload();
  await expect(page.getByRole('search').getByLabel('Team')).toHaveValue('billing');
  await expect(page.getByRole('search').getByLabel('Cycle')).toHaveValue('all');
  await expect(dashboard.objectives()).toContainText('Invoices that pay themselves');
  await keepScreenshot(page, testInfo, 'dashboard-filtered');

  await dashboard.filter('Team', 'All teams');
  await dashboard.filter('Owner', 'Grace Hopper');
  await expect(page).toHaveURL(/[?&]owner=grace/);
  await expect(page).not.toHaveURL(/team=/);
  await expect(dashboard.objectives()).toContainText('Invoices that pay themselves');
  await expect(dashboard.objectives()).not.toContainText(/back to healthy/i);

  await new AppShell(page).go('Alignment');
  await expect(page.getByRole('heading', { level: 1, name: /Alignment/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Objectives by alignment' })).toContainText(/back to healthy/i);
  await keepScreenshot(page, testInfo, 'alignment');

  await new AppShell(page).go('Settings');
  await expect(page.getByRole('region', { name: 'People' })).toContainText('Grace Hopper');
  await expect(page.getByRole('region', { name: 'Teams' })).toContainText('Billing');
  await keepScreenshot(page, testInfo, 'settings');
});
