import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import { alertWatches, day, start, supportWorkspace } from '../alerts/test-support/support-kpi.js';
import { ingestPoints } from '../data-point.service.js';
import { importWorkspace } from '../workspace-import.service.js';
import { fanOut } from './fan-out.js';
import { createSubscription } from './subscription.service.js';

// PostgreSQL keeps secrets only with a shared key (docs/notifications.md).
process.env.RATCHET_SECRET_KEY ??= 'b'.repeat(64);

const watchAlerts = alertWatches();

for (const dialect of testDialects()) {
  describe(`the outbox on ${dialect.name}`, () => {
    it('holds one row per event however many webhooks listen; the job fans it out once, even when two run at once', async () => {
      const store = await dialect.open();
      await importWorkspace(store, supportWorkspace, { actor: 'test', at: start });
      for (const n of [1, 2, 3]) {
        await createSubscription(
          store,
          'support',
          'webhook',
          { url: `https://hooks.example.com/${n}`, events: ['kpi.breached'] },
          { actor: 'test', at: start },
        );
      }
      const clock = { now: start };
      const watch = watchAlerts(store, clock);
      for (const [n, value] of [
        [0, 6],
        [1, 12],
        [2, 13],
      ] as const) {
        clock.now = day(n) + 60_000;
        await ingestPoints(store, 'support', 'first-response', [{ at: day(n), value }], {
          actor: 'test',
          at: clock.now,
        });
        await watch.idle();
      }
      const count = async (table: 'notify_events' | 'notify_deliveries' | 'notify_inbox') =>
        Number(
          (
            await store.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const breached = await store.db
        .selectFrom('notify_events')
        .select('id')
        .where('type', '=', 'kpi.breached')
        .execute();
      expect(breached).toHaveLength(1);
      expect(await count('notify_deliveries')).toBe(0);

      // Two servers' jobs at the same moment: each event is claimed by one of them.
      const runs = await Promise.all([fanOut(store, clock.now), fanOut(store, clock.now)]);
      expect(runs.reduce((sum, r) => sum + r.events, 0)).toBe(await count('notify_events'));
      const deliveries = await store.db
        .selectFrom('notify_deliveries')
        .select(['channel', 'subscription_id', 'recipient'])
        .orderBy('channel')
        .orderBy('subscription_id')
        .execute();
      expect(deliveries.map((d) => d.channel)).toEqual(['email', 'webhook', 'webhook', 'webhook']);
      expect(deliveries[0]?.recipient).toBe('ana@support.test');
      expect(new Set(deliveries.map((d) => d.subscription_id)).size).toBe(4);
      expect(await count('notify_inbox')).toBe(1);

      await fanOut(store, clock.now);
      expect(await count('notify_deliveries')).toBe(4);
    });
  });
}
