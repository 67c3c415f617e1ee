import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../../test/mail/smtp-inbox.js';
import { type Receiver, startReceiver } from '../../test/notify/http-receiver.js';
import { testDialects } from '../../test/store/databases.js';
import { type AlertWatch, watchAlerts } from '../service/alerts/alert-watch.js';
import { deliverDue } from '../service/notify/deliver.js';
import { verifyWebhook } from '../service/notify/webhook-signature.js';
import { testServer } from './test-support/harness.js';

let inbox: SmtpInbox;
let receiver: Receiver;
const watches: AlertWatch[] = [];
const allowPrivate = process.env.RATCHET_ALLOW_PRIVATE_WEBHOOKS;

beforeAll(async () => {
  // The receivers listen on loopback, which Ratchet refuses unless told otherwise.
  process.env.RATCHET_ALLOW_PRIVATE_WEBHOOKS = '1';
  inbox = await startSmtpInbox();
  receiver = await startReceiver();
  // Test emails are sent by the server at once, with its own settings.
  process.env.RATCHET_SMTP_URL = inbox.url;
});
afterEach(async () => {
  for (const watch of watches.splice(0)) await watch.stop();
  receiver.received.length = 0;
  inbox.messages.length = 0;
  receiver.answer = 200;
});
afterAll(async () => {
  process.env.RATCHET_ALLOW_PRIVATE_WEBHOOKS = allowPrivate;
  delete process.env.RATCHET_SMTP_URL;
  await inbox.close();
  await receiver.close();
});

const DAY = 24 * 60 * 60 * 1000;
// PostgreSQL keeps secrets only with a shared key (docs/notifications.md).
process.env.RATCHET_SECRET_KEY ??= 'a'.repeat(64);

describe.each(testDialects())('notifications on $name', (dialect) => {
  async function setUp(prefix: string) {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const call = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    const env = {
      ...process.env,
      RATCHET_SMTP_URL: inbox.url,
      RATCHET_MAIL_FROM: 'Ratchet <ratchet@acme.test>',
    };
    expect(
      (await call('POST', '/people', { id: 'priya', name: 'Priya Patel', email: 'priya@acme.test' })).status,
    ).toBe(201);
    await call('POST', '/kpis', {
      id: 'refund-rate',
      name: 'Refund rate',
      unit: '%',
      cadence: 'weekly',
      healthy: { max: 5 },
      warning: { max: 8 },
      owner: 'priya',
    });
    const watch = watchAlerts(server.store, { now: () => server.clock.now });
    watches.push(watch);
    /** A point on the next day; the alert is evaluated and due deliveries sent, as the server does. */
    const point = async (value: number) => {
      server.clock.now += DAY;
      const posted = await call('POST', '/kpis/refund-rate/points', {
        at: new Date(server.clock.now).toISOString(),
        value,
      });
      expect(posted.status).toBe(200);
      await watch.idle();
      return deliverDue(server.store, server.clock.now, { env, retryBaseMs: 60_000 });
    };
    return {
      server,
      call,
      point,
      env,
      watch,
      hook: receiver.url(`/${prefix}/hook`),
      slack: receiver.url(`/${prefix}/slack`),
    };
  }

  it('a KPI going pending → firing tells its owner by email, a signed webhook and Slack once each; recovery tells "resolved" once', async () => {
    const { call, point, hook, slack } = await setUp('fire');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '2 points' });
    const created = await call('POST', '/webhooks', {
      url: hook,
      events: ['kpi.breached', 'kpi.recovered'],
      description: 'Incident bot',
    });
    expect(created.status).toBe(201);
    const secret = created.json.secret as string;
    expect(secret).toMatch(/^whsec_/);
    expect((await call('POST', '/channels', { kind: 'slack', url: slack })).status).toBe(201);

    await point(4);
    await point(9); // pending: out of range, not yet for two points
    expect(receiver.received).toHaveLength(0);
    await point(10); // firing

    const hooks = receiver.received.filter((r) => r.path.endsWith('/hook'));
    expect(hooks).toHaveLength(1);
    const [fired] = hooks;
    if (!fired) throw new Error('no webhook');
    expect(
      verifyWebhook(
        secret,
        {
          id: String(fired.headers['webhook-id']),
          timestamp: String(fired.headers['webhook-timestamp']),
          signature: String(fired.headers['webhook-signature']),
        },
        fired.body,
      ),
    ).toBe(true);
    expect(
      verifyWebhook(
        secret,
        { id: 'msg_forged', timestamp: '1', signature: String(fired.headers['webhook-signature']) },
        fired.body,
      ),
    ).toBe(false);
    expect(JSON.parse(fired.body)).toMatchObject({
      type: 'kpi.breached',
      workspace: 'acme-support',
      data: { kpi: 'refund-rate', from: 'pending', to: 'firing', severity: 'critical', value: 10 },
    });
    const slackPosts = receiver.received.filter((r) => r.path.endsWith('/slack'));
    expect(slackPosts).toHaveLength(1);
    expect(JSON.parse(slackPosts[0]?.body ?? '{}')).toMatchObject({
      text: 'Firing: Refund rate is in breach',
      blocks: expect.arrayContaining([expect.objectContaining({ type: 'section' })]),
    });
    const [mail] = await inbox.waitFor(1);
    expect(mail?.to).toMatchObject({ text: 'priya@acme.test' });
    expect(mail?.subject).toBe('Firing: Refund rate is in breach');
    expect(mail?.text).toContain('The latest value is 10, outside the healthy range (at most 5)');

    await point(3); // recovering
    await point(2); // normal: resolved
    const bodies = (path: string) =>
      receiver.received
        .filter((r) => r.path.endsWith(path))
        .map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies('/hook').map((b) => b.type)).toEqual(['kpi.breached', 'kpi.recovered']);
    expect(bodies('/slack').map((b) => b.text)).toEqual([
      'Firing: Refund rate is in breach',
      'Resolved: Refund rate is back in its healthy range',
    ]);
    const mails = await inbox.waitFor(2);
    expect(mails.map((m) => m.subject)).toEqual([
      'Firing: Refund rate is in breach',
      'Resolved: Refund rate is back in its healthy range',
    ]);
  });

  it('refuses a bad URL or an unknown event with a 422 that names it', async () => {
    const { call } = await setUp('bad');
    const badUrl = await call('POST', '/webhooks', {
      url: 'ftp://files.example.com/x',
      events: ['kpi.alert'],
    });
    expect(badUrl.status).toBe(422);
    expect(badUrl.json.errors).toEqual([
      { path: 'body.url', message: 'only http and https URLs can be called, not ftp' },
    ]);
    const badEvent = await call('POST', '/webhooks', {
      url: 'https://hooks.example.com/x',
      events: ['kpi.alert', 'kpi.exploded'],
    });
    expect(badEvent.status).toBe(422);
    expect(badEvent.json.errors).toEqual([
      {
        path: 'body.events[1]',
        message: expect.stringContaining(
          '"kpi.exploded" is not an event Ratchet sends; use one of kpi.alert',
        ),
      },
    ]);
    expect((await call('GET', '/webhooks')).json.items).toEqual([]);
  });

  it('changes a webhook’s URL, events and description; a bad URL or unknown event gets a 422 naming it, and the secret never comes back', async () => {
    const { call } = await setUp('edit');
    const created = await call('POST', '/webhooks', {
      url: 'https://hooks.example.com/old',
      events: ['kpi.breached'],
    });
    expect(created.json.secret).toMatch(/^whsec_/);
    const path = `/webhooks/${created.json.id}`;

    const badUrl = await call('PATCH', path, { url: 'ftp://files.example.com/x' });
    expect(badUrl.status).toBe(422);
    expect(badUrl.json.errors).toEqual([
      { path: 'body.url', message: 'only http and https URLs can be called, not ftp' },
    ]);
    const badEvent = await call('PATCH', path, { events: ['kpi.recovered', 'kpi.exploded'] });
    expect(badEvent.status).toBe(422);
    expect(badEvent.json.errors).toEqual([
      {
        path: 'body.events[1]',
        message: expect.stringContaining('"kpi.exploded" is not an event Ratchet sends'),
      },
    ]);

    const noEvent = await call('PATCH', path, { events: [] });
    expect(noEvent.status).toBe(422);
    expect(noEvent.json.errors).toEqual([
      { path: 'body.events', message: expect.stringContaining('name at least one event') },
    ]);

    const changed = await call('PATCH', path, {
      url: 'https://hooks.example.com/new',
      events: ['kpi.recovered', 'cycle.closed'],
      description: 'Ops dashboard',
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      url: 'https://hooks.example.com/new',
      events: ['kpi.recovered', 'cycle.closed'],
      description: 'Ops dashboard',
    });
    expect(changed.json).not.toHaveProperty('secret');
    const read = await call('GET', path);
    expect(read.json).toMatchObject({
      events: ['kpi.recovered', 'cycle.closed'],
      description: 'Ops dashboard',
    });
    expect(read.json).not.toHaveProperty('secret');
  });

  it('a dead receiver gets its retries, then the webhook is disabled and the admins told; the writes still succeed', async () => {
    const { server, call, point, hook, env } = await setUp('dead');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    const created = await call('POST', '/webhooks', { url: hook, events: ['kpi.breached'] });
    const id = created.json.id as string;
    receiver.answer = 500;

    const first = await point(9); // it fires; the webhook fails once
    expect(first).toMatchObject({ failed: 1 });
    // Every retry waits four times longer than the one before (1 min, 4 min, 16 min…).
    for (let i = 0; i < 6; i++) {
      server.clock.now += 6 * 60 * 60 * 1000;
      await deliverDue(server.store, server.clock.now, { env, retryBaseMs: 60_000 });
    }

    const webhook = (await call('GET', `/webhooks/${id}`)).json;
    expect(webhook).toMatchObject({ enabled: false, failures: 6 });
    expect(webhook.disabledReason).toContain('Disabled after 6 failed deliveries in a row');
    const log = (await call('GET', `/webhooks/${id}/deliveries`)).json as {
      attempts: { outcome: string; responseCode: number; response: string; attempt: number }[];
      waiting: unknown[];
    };
    expect(log.attempts).toHaveLength(6);
    expect(log.attempts.every((a) => a.outcome === 'failed' && a.responseCode === 500)).toBe(true);
    expect(log.attempts[0]?.response).toBe('receiver is down');
    // The message kept its id through all its attempts (receivers dedupe on webhook-id).
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const audit = (await call('GET', '/audit?entity=webhook')).json.items as { action: string }[];
    expect(audit.map((e) => e.action)).toContain('disable');
    await deliverDue(server.store, server.clock.now, { env });
    const notice = (await inbox.waitFor(2)).find((m) => m.subject?.includes('was turned off'));
    expect(notice?.subject).toBe(`The webhook to ${hook} was turned off`);
    expect(notice?.to).toMatchObject({ text: 'olivia@acme.test' });

    // Disabled, nothing more is sent, and points are still taken.
    const sentBefore = receiver.received.length;
    receiver.answer = 200;
    await point(3);
    expect(receiver.received).toHaveLength(sentBefore);

    // Turned back on, the next breach goes out.
    expect((await call('PATCH', `/webhooks/${id}`, { enabled: true })).json).toMatchObject({
      enabled: true,
      failures: 0,
    });
    await point(12);
    expect(receiver.received).toHaveLength(sentBefore + 1);
    expect(JSON.parse(receiver.received.at(-1)?.body ?? '{}')).toMatchObject({ type: 'kpi.breached' });
  });

  it('a paused webhook keeps its messages waiting and sends them, in order, when turned back on', async () => {
    const { call, point, hook } = await setUp('paused');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    const id = (await call('POST', '/webhooks', { url: hook, events: ['kpi.breached', 'kpi.recovered'] }))
      .json.id as string;
    expect((await call('PATCH', `/webhooks/${id}`, { enabled: false })).json).toMatchObject({
      enabled: false,
    });

    await point(9); // fires
    await point(3);
    await point(2); // resolved
    expect(receiver.received).toHaveLength(0);
    const log = (await call('GET', `/webhooks/${id}/deliveries`)).json as { waiting: { event: string }[] };
    expect(log.waiting.map((w) => w.event)).toEqual(['kpi.breached', 'kpi.recovered']);

    expect((await call('PATCH', `/webhooks/${id}`, { enabled: true })).status).toBe(200);
    await point(2); // any later run of the job sends what waited
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(['kpi.breached', 'kpi.recovered']);
  });

  it('a person’s email has a delivery log and a test button, for them and their admins', async () => {
    const { server, call, point } = await setUp('email-log');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    await point(9);
    expect((await inbox.waitFor(1))[0]?.subject).toBe('Firing: Refund rate is in breach');

    const tested = await call('POST', '/people/priya/notifications/test');
    expect(tested.status).toBe(200);
    expect(tested.json).toMatchObject({ event: 'email.test', outcome: 'sent', attempt: 1 });
    const mails = await inbox.waitFor(2);
    expect(mails[1]).toMatchObject({ subject: 'Test from Ratchet', to: { text: 'priya@acme.test' } });

    const log = (await call('GET', '/people/priya/notifications/deliveries')).json as {
      attempts: { event: string; outcome: string }[];
      waiting: unknown[];
    };
    expect(log.attempts.map((a) => [a.event, a.outcome])).toEqual([
      ['email.test', 'sent'],
      ['kpi.breached', 'sent'],
    ]);
    expect(log.waiting).toEqual([]);

    // Another editor may neither read Priya's log nor email her.
    const editor = await server.member('editor', 'acme-support', 'ed@acme.test');
    const asEditor = (method: string, path: string) =>
      server.call(method, `/api/v1/workspaces/acme-support/people/priya/notifications${path}`, undefined, {
        cookie: editor,
      });
    expect((await asEditor('GET', '/deliveries')).status).toBe(403);
    expect((await asEditor('POST', '/test')).status).toBe(403);
  });

  it('quiet hours hold the owner’s email until the window ends in their time zone', async () => {
    const { server, call, point, env } = await setUp('quiet');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    const saved = await call('PUT', '/people/priya/notifications', {
      email: 'instant',
      timeZone: 'Europe/Berlin',
      quietHours: { start: '22:00', end: '07:00' },
    });
    expect(saved.status).toBe(200);
    // The next point lands at 23:30 in Berlin (22:30 UTC) and fires the alert.
    server.clock.now = Date.UTC(2026, 10, 23, 22, 30);
    await point(9);
    expect(inbox.messages).toHaveLength(0);

    await deliverDue(server.store, Date.UTC(2026, 10, 25, 5, 59), { env });
    expect(inbox.messages).toHaveLength(0);
    await deliverDue(server.store, Date.UTC(2026, 10, 25, 6, 0), { env });
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toBe('Firing: Refund rate is in breach');

    const bad = await call('PUT', '/people/priya/notifications', {
      email: 'instant',
      timeZone: 'Mars/Olympus',
      quietHours: { start: '25:00', end: '07:00' },
    });
    expect(bad.status).toBe(422);
    expect((bad.json.errors as { path: string }[]).map((e) => e.path)).toEqual([
      'body.timeZone',
      'body.quietHours.start',
    ]);
  });

  it('an owner who chose the digest gets no alert email at once; the choice reads back', async () => {
    const { call, point } = await setUp('digest');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    const saved = await call('PUT', '/people/priya/notifications', {
      email: 'digest',
      reminders: false,
      timeZone: null,
      quietHours: null,
    });
    expect(saved.json).toEqual({
      email: 'digest',
      digest: true,
      reminders: false,
      timeZone: null,
      quietHours: null,
    });

    await point(9);

    expect(inbox.messages).toHaveLength(0);
    expect((await call('GET', '/people/priya/notifications')).json).toMatchObject({
      email: 'digest',
      reminders: false,
    });
  });

  it('a silenced KPI tells no person (its webhooks still hear); the silence shows on its alerts', async () => {
    const { server, call, point, hook, slack } = await setUp('silence');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    await call('POST', '/webhooks', { url: hook, events: ['kpi.breached'] });
    await call('POST', '/channels', { kind: 'slack', url: slack });
    const until = new Date(server.clock.now + 7 * DAY).toISOString();
    const silenced = await call('PUT', '/kpis/refund-rate/silence', { until, reason: 'Migration week' });
    expect(silenced.status).toBe(200);

    await point(9);

    expect(receiver.received.map((r) => r.path)).toEqual(['/silence/hook']);
    expect(inbox.messages).toHaveLength(0);
    const alerts = (await call('GET', '/kpis/refund-rate/alerts')).json;
    expect(alerts).toMatchObject({ state: 'firing', silence: { until, reason: 'Migration week' } });
    expect((await call('DELETE', '/kpis/refund-rate/silence')).status).toBe(204);
    expect((await call('GET', '/kpis/refund-rate/alerts')).json.silence).toBeNull();
  });

  it('a bulk of 10,000 points out of range sends one notification, not 10,000', async () => {
    const { server, call, env, watch } = await setUp('bulk');
    await call('PUT', '/kpis/refund-rate/alerts/rule', { for: '3 points' });
    const start = server.clock.now;
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      at: new Date(start - (10_000 - i) * 60_000).toISOString(),
      value: 9 + (i % 5),
    }));
    expect((await call('POST', '/kpis/refund-rate/points', { points })).status).toBe(200);
    await watch.idle();
    const run = await deliverDue(server.store, server.clock.now, { env });
    expect(run.sent).toBe(1);
    const [mail] = await inbox.waitFor(1);
    expect(mail?.subject).toBe('Firing: Refund rate is in breach');
  });

  it('sends a test message on request and logs it; only admins see webhooks', async () => {
    const { server, call, hook } = await setUp('test');
    const created = await call('POST', '/webhooks', { url: hook, events: ['objective.created'] });
    const id = created.json.id as string;
    const tested = await call('POST', `/webhooks/${id}/test`);
    expect(tested.status).toBe(200);
    expect(tested.json).toMatchObject({
      event: 'webhook.test',
      outcome: 'sent',
      responseCode: 200,
      attempt: 1,
    });
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({ type: 'webhook.test' });
    const log = (await call('GET', `/webhooks/${id}/deliveries`)).json as { attempts: unknown[] };
    expect(log.attempts).toHaveLength(1);
    expect((await call('GET', '/webhooks')).json.items).toEqual([
      expect.not.objectContaining({ secret: expect.anything() }),
    ]);
    const editor = await server.member('editor', 'acme-support', 'ed@acme.test');
    const asEditor = await server.call('GET', '/api/v1/workspaces/acme-support/webhooks', undefined, {
      cookie: editor,
    });
    expect(asEditor.status).toBe(403);
  });
});
