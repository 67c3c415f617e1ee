import { afterEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/store/databases.js';
import { type AlertWatch, watchAlerts } from '../service/alerts/alert-watch.js';
import { deliverDue } from '../service/notify/deliver.js';
import { openEventStream, receivedBy } from './test-support/event-stream.js';
import { testServer } from './test-support/harness.js';

const DAY = 24 * 60 * 60 * 1000;
const watches: AlertWatch[] = [];
afterEach(async () => {
  for (const watch of watches.splice(0)) await watch.stop();
});

describe.each(testDialects())('the in-app inbox on $name', (dialect) => {
  it('tells a KPI’s owner when its alert fires, live over the event stream; they mark it read', async () => {
    const server = await testServer(dialect);
    const { cookie, slug } = await server.setupOwner();
    const asOwner = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie });
    await asOwner('POST', '/people', { id: 'priya', name: 'Priya Patel', email: 'priya@acme.test' });
    await asOwner('POST', '/kpis', {
      id: 'refund-rate',
      name: 'Refund rate',
      unit: '%',
      cadence: 'weekly',
      healthy: { max: 5 },
      owner: 'priya',
    });
    await asOwner('PUT', '/kpis/refund-rate/alerts/rule', { for: '1 points' });
    // Priya signs in as an editor; her account is linked to her person by its email.
    const priya = await server.member('editor', slug, 'priya@acme.test');
    const asPriya = (method: string, path: string, body?: unknown) =>
      server.call(method, `/api/v1/workspaces/${slug}${path}`, body, { cookie: priya });
    expect((await asPriya('GET', '/inbox')).json).toEqual({ unread: 0, items: [] });

    const stream = await openEventStream(server, slug, { cookie: priya });
    const ownersStream = await openEventStream(server, slug, { cookie });
    const watch = watchAlerts(server.store, { now: () => server.clock.now });
    watches.push(watch);
    server.clock.now += DAY;
    await asOwner('POST', '/kpis/refund-rate/points', {
      at: new Date(server.clock.now).toISOString(),
      value: 9,
    });
    await watch.idle();
    await deliverDue(server.store, server.clock.now, { env: {} });
    await receivedBy(stream, '"entity":"inbox","id":"priya"');
    // Who got a notice is theirs to know: the owner's stream hears a later change, not hers.
    await asOwner('POST', '/teams', { id: 'billing', name: 'Billing' });
    await receivedBy(ownersStream, '"entity":"team","id":"billing"');
    await receivedBy(stream, '"entity":"team","id":"billing"');
    expect(ownersStream.received?.()).not.toContain('"entity":"inbox"');
    await stream.cancel?.();
    await ownersStream.cancel?.();

    const inbox = (await asPriya('GET', '/inbox')).json as {
      unread: number;
      items: { id: number; title: string; about: unknown; read: boolean }[];
    };
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        event: 'kpi.breached',
        title: 'Firing: Refund rate is in breach',
        about: { entity: 'kpi', id: 'refund-rate' },
        read: false,
      }),
    ]);
    // The inbox is one's own: the owner, not linked to Priya, sees none of it.
    expect((await asOwner('GET', '/inbox')).json.unread).toBe(0);

    const read = await asPriya('POST', '/inbox/read', { ids: [inbox.items[0]?.id] });
    expect(read.json).toEqual({ unread: 0 });
    const after = (await asPriya('GET', '/inbox')).json as { items: { read: boolean }[] };
    expect(after.items[0]?.read).toBe(true);
  });
});
