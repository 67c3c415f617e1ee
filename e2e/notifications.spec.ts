import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { admin, signInAsAdmin } from './session.js';
import { workspaceApi, workspaceSlug } from './workspace-api.js';

/**
 * Telling people (issue 10) in the web app: Settings → Notifications and integrations
 * (webhooks with a secret shown once, pause, test, delivery log, delete; Slack routed to
 * breaches; your own quiet hours), and on a KPI the alert, its history and a silence;
 * the bell in the header counts an alert that fires, live.
 */
test('an admin adds, pauses, tests and deletes a webhook, adds a Slack channel and sets quiet hours', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await signInAsAdmin(page);
  await new AppShell(page).go('Settings');
  const section = page.getByRole('region', { name: 'Notifications and integrations' });

  const hookUrl = 'https://hooks.invalid/ratchet';
  await section.getByLabel('Webhook URL').fill(hookUrl);
  await section.getByRole('button', { name: 'Add webhook' }).click();
  await expect(section.getByTestId('webhook-secret')).toHaveText(/^whsec_/);
  await section.getByRole('button', { name: 'I stored it' }).click();
  await expect(section.getByTestId('webhook-secret')).toBeHidden();

  const row = section.getByRole('listitem', { name: `Webhook ${hookUrl}` });
  await expect(row).toContainText('kpi.breached, kpi.recovered');
  await row.getByRole('button', { name: 'Pause' }).click();
  await expect(row).toContainText('paused');
  await row.getByRole('button', { name: 'Resume' }).click();
  await expect(row).not.toContainText('paused');
  // No receiver answers at hooks.invalid: the test is tried, fails and is logged.
  await row.getByRole('button', { name: 'Send a test' }).click();
  await expect(row.getByRole('status')).toContainText('Test failed');
  await row.getByRole('button', { name: 'Delivery log' }).click();
  const log = row.getByRole('table', { name: 'Delivery log' });
  await expect(log).toContainText('webhook.test');
  await expect(log).toContainText('Failed');
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toBeHidden();

  await section.getByLabel('Channel URL').fill('https://hooks.slack.invalid/services/T0/B0/x');
  await section.getByLabel('Breaches only (not at-risk values)').check();
  await section.getByRole('button', { name: 'Add channel' }).click();
  const channel = section.getByRole('listitem', { name: /^Slack / });
  await expect(channel).toContainText('breaches only');
  // The URL is a credential: only its origin is shown.
  await expect(channel).not.toContainText('/services/');
  await channel.getByRole('button', { name: 'Delete' }).click();
  await expect(channel).toBeHidden();

  const mine = page.getByRole('form', { name: 'Your notification settings' });
  await mine.getByLabel('Quiet hours: hold email until they end').check();
  await mine.getByLabel('From').fill('21:30');
  await mine.getByLabel('Time zone').selectOption('Europe/Berlin');
  await mine.getByRole('button', { name: 'Save notification settings' }).click();
  await expect(mine.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Your notification settings' }).getByLabel('From')).toHaveValue(
    '21:30',
  );
});

test('a KPI’s alert shows its history and a silence; the bell counts the alert live', async ({ page }) => {
  await signInAsAdmin(page);
  const people = await workspaceApi<{ items: { id: string; email: string | null }[] }>(
    page,
    'GET',
    '/people',
  );
  const me = people.json.items.find((p) => p.email === admin.email);
  if (!me) throw new Error('the admin has no person');
  const kpi = `refunds-${Date.now().toString(36)}`;
  expect(
    (
      await workspaceApi(page, 'POST', '/kpis', {
        id: kpi,
        name: 'Refund rate',
        unit: '%',
        cadence: 'weekly',
        healthy: { max: 5 },
        owner: me.id,
      })
    ).status,
  ).toBe(201);
  await workspaceApi(page, 'PUT', `/kpis/${kpi}/alerts/rule`, { for: '1 points' });
  await page.goto(`/w/${workspaceSlug(page)}/kpis/${kpi}`);
  const bell = page.getByRole('button', { name: /^Notifications:/ });
  const before = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1] ?? 0);

  // A value out of range fires the alert (for: 1 point); the page and the bell update live.
  await workspaceApi(page, 'POST', `/kpis/${kpi}/points`, { at: new Date().toISOString(), value: 9 });
  const alerts = page.getByRole('region', { name: 'Alerts' });
  await expect(alerts.getByTestId('alert-state')).toHaveText('Firing (in breach)');
  await expect(alerts.getByRole('list', { name: 'Alert history' })).toContainText('Pending → Firing');
  await expect(bell).toHaveAccessibleName(`Notifications: ${before + 1} unread`);

  await alerts.getByRole('button', { name: 'Silence…' }).click();
  await alerts.getByLabel('Reason').fill('Planned migration this week');
  await alerts.getByRole('button', { name: 'Silence', exact: true }).click();
  await expect(alerts.getByRole('status')).toContainText('Planned migration this week');
  await alerts.getByRole('button', { name: 'End silence' }).click();
  await expect(alerts.getByRole('button', { name: 'Silence…' })).toBeVisible();

  await bell.click();
  await page
    .getByRole('button', { name: /Firing: Refund rate is in breach/ })
    .first()
    .click();
  await expect(bell).toHaveAccessibleName(
    before === 0 ? 'Notifications: none unread' : `Notifications: ${before} unread`,
  );
});
