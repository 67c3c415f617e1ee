import { isoDaysAgo } from './dates.js';
import { expect, keepScreenshot, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { KpiPage } from './pages/kpi-page.js';
import { SetupPage } from './pages/setup-page.js';
import { StartPage } from './pages/start-page.js';

/**
 * A freelancer's first run on their own server (users.md §13): setup as "Just me", the
 * articles' questions, a plan with a handful of KPIs, and a light home with income and
 * utilisation first.
 */
const fay = {
  workspaceName: 'Fay Studio',
  freelancer: true,
  name: 'Fay Okafor',
  email: 'fay@example.com',
  password: 'a long freelance password',
} as const;

test('a freelancer sets up, answers five questions and gets a light home', async ({ page }, testInfo) => {
  await test.step('setup as "Just me" leads to the questionnaire', async () => {
    await page.goto('/');
    await new SetupPage(page).createWorkspace(fay);
    await expect(page.getByRole('heading', { level: 1, name: 'A starting plan' })).toBeVisible();
    await expect(page.getByLabel('People in the team')).toHaveCount(0);
    await keepScreenshot(page, testInfo, 'freelancer-01-questions');
  });

  await test.step('growth mode with half an hour a week: lead with OKRs, a few KPIs', async () => {
    const start = new StartPage(page);
    await start.answer({ stage: /Growing/, problem: /Direction/, minutes: '30', areas: '1' });
    await expect(start.plan()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /Lead with OKRs/ })).toBeVisible();
    await expect(page.getByText('On your own: 3–5 KPIs and 1–2 objectives a quarter.')).toBeAttached();
    await keepScreenshot(page, testInfo, 'freelancer-02-plan');
    await start.addKpi('Monthly income');
    await start.addKpi('Billable utilisation');
    await start.addKpi('Open proposal pipeline');
  });

  await test.step('the home puts income and utilisation first', async () => {
    await page.getByRole('link', { name: 'Go to my dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your week, Fay' })).toBeVisible();
    const money = page.getByRole('region', { name: 'Income and utilisation' });
    await expect(money.getByRole('article')).toHaveCount(2);
    await expect(page.getByRole('region', { name: /Your other KPIs/ }).getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'No OKR this quarter' })).toBeVisible();
    await expect(new DashboardPage(page).needsAttention()).toBeVisible();
  });

  await test.step('utilisation gets its first values', async () => {
    await new DashboardPage(page).kpiCard('Billable utilisation').getByRole('link').click();
    const kpi = new KpiPage(page);
    await kpi.addValue('72', isoDaysAgo(7));
    await kpi.addValue('76', isoDaysAgo(0));
    await expect(kpi.badge()).toHaveText('Healthy');
    await new AppShell(page).go('Home');
    await expect(new DashboardPage(page).kpiCard('Billable utilisation')).toContainText('Healthy');
    await keepScreenshot(page, testInfo, 'freelancer-03-home');
  });
});
