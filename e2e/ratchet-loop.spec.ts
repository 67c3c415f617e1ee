import { readFile } from 'node:fs/promises';
import { isoDaysAgo, sixWeeksEndingToday } from './dates.js';
import { expect, keepScreenshot, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { CheckInPage } from './pages/check-in-page.js';
import { CyclesPage } from './pages/cycles-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { KpiPage } from './pages/kpi-page.js';
import { ObjectivePage } from './pages/objective-page.js';
import { QuickAddPage } from './pages/quick-add-page.js';
import { signInAsAdmin } from './session.js';

/**
 * The loop a new team walks in its first weeks (domain.md, "The loop, made explicit"):
 * set up → a KPI holds the floor → it breaches → an OKR answers → check-ins → the cycle
 * closes and the achieved improvement becomes the new floor.
 *
 * The data is the support article's: first response time should stay under 4 hours; it
 * drifts to 6.5 h over five weeks; the team aims for 3 h and gets to 2.5 h. The cycle is
 * six weeks ending today, so the whole story fits and closing it yields the ratchet.
 */
const KPI = 'First response time';
const cycle = sixWeeksEndingToday();

test.describe.configure({ mode: 'serial' });

test('a new team walks the whole loop, from setup to a locked-in ratchet', async ({ page }, testInfo) => {
  const shell = new AppShell(page);
  const kpiPage = new KpiPage(page);

  await test.step('the team lands on its dashboard (set up on a fresh server)', async () => {
    await signInAsAdmin(page);
    await keepScreenshot(page, testInfo, '02-dashboard-start');
  });

  await test.step('setup planned the current cycle; the team adds a six-week push', async () => {
    await shell.go('Cycles');
    // Setup created the calendar quarter (or the workspace's cycle length): Draft OKR has a home.
    await expect(page.getByLabel('Cycle', { exact: true }).locator('option')).not.toHaveCount(0);
    await new CyclesPage(page).createCycle(cycle.id, cycle.start, cycle.end);
  });

  await test.step('quick add reads a sentence as a KPI and creates it', async () => {
    await shell.go('Quick add');
    const quickAdd = new QuickAddPage(page);
    await quickAdd.read('Keep first response time under 5 hours');
    await expect(page.getByRole('heading', { name: /^KPI/ })).toBeVisible();
    await keepScreenshot(page, testInfo, '03-quick-add');
    await quickAdd.createKpi({ cadence: 'weekly' });
    await expect(page.getByRole('heading', { level: 1, name: KPI })).toBeVisible();
  });

  await test.step('the team tightens the healthy range in place, saying why', async () => {
    await page.getByRole('button', { name: 'Edit KPI' }).click();
    const panel = page.getByRole('group', { name: `Edit ${KPI}` });
    await expect(panel.getByLabel('Name')).toBeFocused();
    await panel.getByLabel('Healthy: at most').fill('4');
    // Moving the healthy range asks for a reason before it saves.
    await expect(panel.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await panel
      .getByLabel('Why the healthy range moves')
      .fill('Our support promise is an answer within 4 hours');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect(panel).toBeHidden();
    await expect(page.getByRole('region', { name: 'Threshold history' })).toContainText(
      'Our support promise is an answer within 4 hours',
    );
  });

  await test.step('weekly values drift out of the healthy range until the KPI breaches', async () => {
    for (const [value, daysAgo] of [
      ['3.5', 35],
      ['4.5', 28],
      ['5', 21],
      ['6', 14],
      ['6.5', 7],
    ] as const) {
      await kpiPage.addValue(value, isoDaysAgo(daysAgo));
    }
    await expect(kpiPage.badge()).toHaveText('Breach');
    await keepScreenshot(page, testInfo, '04-kpi-breach');
  });

  await test.step('the dashboard flags the unanswered breach and drafts the OKR', async () => {
    await shell.go('Home');
    const dashboard = new DashboardPage(page);
    await expect(dashboard.kpiCard(KPI)).toContainText('Breach');
    await expect(dashboard.needsAttention()).toContainText(KPI);
    await keepScreenshot(page, testInfo, '05-dashboard-breach');
    const draft = await dashboard.draftOkrFor(KPI);
    await expect(draft).toContainText(/Bring first response time back to healthy/i);
    await expect(draft).toContainText(cycle.id);
    await expect(draft.getByLabel(/Raise the floor: 3\.6 h/)).toBeChecked();
    await expect(draft).toContainText('closing the cycle proposes it as the new standard');
    await draft.getByLabel(/Back to healthy: 4 h/).check();
    await expect(draft).toContainText('Only a target past the healthy bound will ratchet');
    await draft.getByLabel(/Raise the floor/).check();
    await expect(draft).toContainText(/from 6\.5 h to 3\.6 h/);
    await keepScreenshot(page, testInfo, '05b-draft-okr');
    await draft.getByRole('button', { name: 'Create this OKR' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /back to healthy/i })).toBeVisible();
  });

  await test.step('the team aims higher than the old floor: 3 hours', async () => {
    const objective = new ObjectivePage(page);
    await objective.setTarget(/first response time/i, '3', 'Customers now expect an answer within 3 hours');
    // The drafted title was written from the numbers, so it follows the new target.
    await expect(objective.keyResult(/first response time from 6\.5 h to 3 h$/i)).toBeVisible();
    await objective.addInitiative('Start a triage rota');
    await objective.setInitiativeStatus('Start a triage rota', 'In progress');
    await expect(page.getByLabel('Status of Start a triage rota')).toHaveValue('in_progress');
    await keepScreenshot(page, testInfo, '06-objective');
  });

  await test.step('the weekly check-in on the linked key result moves its progress', async () => {
    const progress = page.getByRole('progressbar', {
      name: /Progress of (Reduce|Cut|Bring down) first response time/i,
    });
    await expect(progress).toHaveAttribute('aria-valuenow', '0');
    await shell.go('Check-in');
    // The check-in's value is a point of the KPI (source check-in): one truth for both.
    await new CheckInPage(page).checkIn({
      value: '2.5',
      confidencePercent: 90,
      note: 'The new triage rota works',
    });
    await expect(page.getByRole('heading', { name: 'Done. Thank you!' })).toBeVisible();
    await keepScreenshot(page, testInfo, '07-check-in-done');
    await page.goBack();
    await expect(progress).toHaveAttribute('aria-valuenow', '100');
    await page
      .getByRole('link', { name: /KPI first-response-time|First response time/ })
      .first()
      .click();
    await expect(kpiPage.badge()).toHaveText('Healthy');
  });

  await test.step('closing the cycle grades it and proposes the ratchet, which we accept', async () => {
    await shell.go('Cycles');
    const cycles = new CyclesPage(page);
    // Setup planned the calendar quarter as well; the team closes its own six-week push.
    await cycles.pick(cycle.id);
    await expect(page.getByLabel('Cycle', { exact: true })).toHaveValue(cycle.id);
    // Closing asks first, and says what it will do: the grades and the ratchet it proposes.
    const confirmation = await cycles.askToClose();
    await expect(confirmation.getByRole('list', { name: 'Grades closing gives' })).toContainText(
      /back to healthy.*1\.0/i,
    );
    await expect(confirmation.getByRole('list', { name: 'Ratchets closing proposes' })).toContainText(
      /move the healthy maximum of first response time from 4 h to 3 h/,
    );
    await keepScreenshot(page, testInfo, '08a-close-confirmation');
    await confirmation.getByRole('button', { name: `Close ${cycle.id}` }).click();
    await page.getByRole('heading', { name: 'Ratchet proposals' }).waitFor();
    // The page stays on the cycle just closed, with its proposals in view.
    await expect(page.getByLabel('Cycle', { exact: true })).toHaveValue(cycle.id);
    await expect(cycles.grades()).toContainText(/back to healthy/i);
    await expect(cycles.grades()).toContainText('1.0');
  });

  await test.step('the unanswered proposal waits in Needs attention until the team accepts it', async () => {
    await shell.go('Home');
    const attention = new DashboardPage(page).needsAttention();
    await expect(attention).toContainText('Ratchets to answer');
    await attention.getByRole('link', { name: `Answer the ratchet proposal for ${KPI}` }).click();
    await expect(page.getByLabel('Cycle', { exact: true })).toHaveValue(cycle.id);
    const cycles = new CyclesPage(page);
    await cycles.acceptRatchet(KPI);
    await keepScreenshot(page, testInfo, '08-cycle-review');
  });

  await test.step('the team writes down what it learned and takes the review away', async () => {
    const cycles = new CyclesPage(page);
    await cycles.writeNotes({
      achieved: 'First response time from 6.5 h to 2.5 h.',
      learned: 'A triage rota beats heroics.',
      next: 'Hold 3 h as the new floor; look at resolution time next.',
    });
    const download = await cycles.downloadReview();
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain(`# Cycle review: ${cycle.id}`);
    expect(text).toMatch(/\(accepted\)/);
    expect(text).toContain('A triage rota beats heroics.');
  });

  await test.step('and starts the next cycle', async () => {
    const next = await new CyclesPage(page).startNextCycle();
    expect(next).toBeTruthy();
  });

  await test.step('the new floor is locked in: healthy is now at most 3 h', async () => {
    await shell.go('Home');
    await expect(new DashboardPage(page).kpiCard(KPI)).toContainText('Healthy ≤ 3 h');
    await keepScreenshot(page, testInfo, '09-dashboard-after-ratchet');
  });

  await test.step('the dashboard says the new floor is holding', async () => {
    await expect(new DashboardPage(page).kpiCard(KPI)).toContainText(/Holding since/);
  });

  await test.step('the KPI page draws the threshold change from its date and watches whether it holds', async () => {
    await new DashboardPage(page).kpiCard(KPI).getByRole('link', { name: KPI }).click();
    await expect(page.getByRole('region', { name: 'Threshold history' })).toContainText('≤ 3 h');
    // The chart's key names each move, with its date and reason; the bands follow them.
    await expect(page.getByRole('list', { name: 'Threshold moves on the chart' })).toContainText(
      /healthy ≤ 3 h · Ratchet at the close of/,
    );
    const held = page.locator('[data-held]');
    await expect(held).toHaveAttribute('data-held', 'too_early');
    await expect(held).toContainText(/Holding since/);
    await expect(held).toContainText('The new floor took effect');
    await expect(held).toContainText(/Ratchet watches .*until/);
    await keepScreenshot(page, testInfo, '10-kpi-after-ratchet');
  });

  await test.step('the cycle review says whether the ratchet held', async () => {
    await shell.go('Cycles');
    const cycles = new CyclesPage(page);
    await cycles.pick(cycle.id);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: `Ratchet ${KPI}` }) });
    await expect(card.locator('[data-held]')).toContainText(/Holding since/);
  });
});
