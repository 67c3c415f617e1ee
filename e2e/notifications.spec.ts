import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { admin, signInAsAdmin } from './session.js';
import { workspaceApi, workspaceSlug } from './workspace-api.js';

/**
 * Telling people (issue 10) in the web app: Settings → Notifications and integrations
 * (webhooks with a secret shown once, pause, test, delivery log, edit, delete; Slack routed
 * to breaches and edited; your own quiet hours), and on a KPI the alert, its timing (edited
 * in place), its history and a silence;
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

  // The workspace's own email server: the password is never shown back.
  const mail = section.getByRole('form', { name: 'Email server' });
  await mail.getByLabel('SMTP URL').fill('smtp://acme:s3cret@mail.example.com:587');
  await mail.getByLabel('Sender').fill('Acme <ratchet@acme.test>');
  await mail.getByRole('button', { name: 'Save email server' }).click();
  await expect(mail.getByTestId('mail-source')).toContainText('This workspace’s own server');
  await expect(mail.getByTestId('mail-source')).toContainText('mail.example.com');
  await expect(mail).not.toContainText('s3cret');
  await mail.getByRole('button', { name: 'Use the Ratchet server’s' }).click();
  await expect(mail.getByTestId('mail-source')).not.toContainText('This workspace’s own server');

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

test('an admin edits a webhook’s events and a Slack channel’s routing in place', async ({
  page,
  allowErrors,
}) => {
  // The refused URL below is an expected 422.
  allowErrors(/422.*\/webhooks\//);
  await signInAsAdmin(page);
  const people = await workspaceApi<{ items: { id: string; name: string; email: string | null }[] }>(
    page,
    'GET',
    '/people',
  );
  const me = people.json.items.find((p) => p.email === admin.email);
  if (!me) throw new Error('the admin has no person');
  const tag = Date.now().toString(36);
  const hookUrl = `https://hooks.invalid/edit-${tag}`;
  const hook = await workspaceApi<{ id: string }>(page, 'POST', '/webhooks', {
    url: hookUrl,
    events: ['kpi.breached', 'kpi.recovered'],
  });
  const channel = await workspaceApi<{ id: string; url: string }>(page, 'POST', '/channels', {
    kind: 'slack',
    url: `https://hooks.slack.invalid/services/T0/B0/${tag}`,
    description: `#support-${tag}`,
  });
  await new AppShell(page).go('Settings');
  const section = page.getByRole('region', { name: 'Notifications and integrations' });

  const row = section.getByRole('listitem', { name: `Webhook ${hookUrl}` });
  const edit = row.getByRole('button', { name: 'Edit' });
  await edit.click();
  const panel = row.getByRole('group', { name: `Edit Webhook ${hookUrl}` });
  await expect(panel.getByLabel('Webhook URL')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(edit).toBeFocused();

  await edit.click();
  // A URL Ratchet will not call is refused by the API, which names the field.
  await panel.getByLabel('Webhook URL').fill('ftp://files.example.com/x');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByLabel('Webhook URL')).toHaveAccessibleDescription(
    'only http and https URLs can be called, not ftp',
  );
  await panel.getByLabel('Webhook URL').fill(hookUrl);
  await panel.getByLabel('an alert fires').uncheck();
  await panel.getByLabel('a cycle is closed').check();
  await panel.getByLabel('Description (optional)').fill('The ops dashboard');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toBeHidden();
  await expect(row).toContainText('kpi.recovered, cycle.closed · The ops dashboard');
  const stored = await workspaceApi<{ events: string[]; secret?: string }>(
    page,
    'GET',
    `/webhooks/${hook.json.id}`,
  );
  expect(stored.json.events).toEqual(['kpi.recovered', 'cycle.closed']);
  expect(stored.json.secret).toBeUndefined();

  const slack = section.getByRole('listitem', { name: `Slack ${channel.json.url}` }).filter({ hasText: tag });
  await slack.getByRole('button', { name: 'Edit' }).click();
  const channelPanel = slack.getByRole('group', { name: /^Edit Slack / });
  // The URL is a credential: the form shows only its origin and keeps it unless a new one is typed.
  await expect(channelPanel.getByLabel('New channel URL (optional)')).toHaveValue('');
  await channelPanel.getByLabel('Only KPIs owned by').selectOption(me.id);
  await channelPanel.getByLabel('Breaches only (not at-risk values)').check();
  await channelPanel.getByRole('button', { name: 'Save' }).click();
  await expect(slack).toContainText(`owner ${me.id} · breaches only`);
  const routed = await workspaceApi<{ owner: string; severity: string; url: string }>(
    page,
    'GET',
    `/channels/${channel.json.id}`,
  );
  expect(routed.json).toMatchObject({ owner: me.id, severity: 'critical', url: channel.json.url });

  await workspaceApi(page, 'DELETE', `/webhooks/${hook.json.id}`);
  await workspaceApi(page, 'DELETE', `/channels/${channel.json.id}`);
});

test('a KPI’s alert shows its history and a silence; the bell counts the alert live', async ({
  page,
  allowErrors,
}) => {
  // The refused repeat interval below is an expected 422.
  allowErrors(/422.*\/alerts\/rule/);
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
  await page.goto(`/w/${workspaceSlug(page)}/kpis/${kpi}`);
  const bell = page.getByRole('button', { name: /^Notifications:/ });
  const before = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) unread/)?.[1] ?? 0);

  // The alert's timing is set on the page: refused words are named beside their field.
  const alerts = page.getByRole('region', { name: 'Alerts' });
  const rule = alerts.getByTestId('alert-rule');
  await expect(rule).toContainText('for one cadence period (a week).');
  await alerts.getByRole('button', { name: 'Edit timing' }).click();
  const timing = alerts.getByRole('group', { name: 'Alert timing' });
  await expect(timing.getByLabel('Fire after')).toBeFocused();
  await timing.getByLabel('Fire after').fill('1 point');
  await timing.getByLabel('Repeat every').fill('3 points');
  await timing.getByRole('button', { name: 'Save' }).click();
  await expect(timing.getByLabel('Repeat every')).toHaveAccessibleDescription(/at least five minutes/);
  await timing.getByLabel('Repeat every').fill('4 hours');
  await timing.getByRole('button', { name: 'Save' }).click();
  await expect(timing).toBeHidden();
  await expect(rule).toHaveText(
    'Fires once values stay out of range for 1 point. Told again every 4h while firing.',
  );
  const stored = await workspaceApi<{ for: string; ownRepeat: string }>(page, 'GET', `/kpis/${kpi}/alerts`);
  expect(stored.json).toMatchObject({ for: '1 point', ownRepeat: '4h' });

  // A value out of range fires the alert (for: 1 point); the page and the bell update live.
  await workspaceApi(page, 'POST', `/kpis/${kpi}/points`, { at: new Date().toISOString(), value: 9 });
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
