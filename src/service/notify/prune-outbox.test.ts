import { describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/store/databases.js';
import type { Store } from '../../store/database.js';
import { finishAttempt, insertDeliveries } from '../../store/notify.repository.js';
import { claimEvents, insertEvents } from '../../store/notify-event.repository.js';
import { importWorkspace } from '../workspace-import.service.js';
import { pruneOutbox } from './prune-outbox.js';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 1, 3, 17);

async function outboxOf(store: Store) {
  const events = await store.db.selectFrom('notify_events').select('id').orderBy('id').execute();
  const deliveries = await store.db.selectFrom('notify_deliveries').select('id').orderBy('id').execute();
  const attempts = await store.db.selectFrom('notify_attempts').select('delivery_id').execute();
  return {
    events: events.map((r) => r.id),
    deliveries: deliveries.map((r) => r.id),
    attempts: attempts.map((r) => r.delivery_id).sort(),
  };
}

describe.each(testDialects())('outbox hygiene on $name', (dialect) => {
  it('prunes what was delivered or given up past the retention, never what still waits', async () => {
    const store = await dialect.open();
    await importWorkspace(
      store,
      {
        name: 'Acme',
        freelancer: false,
        people: [],
        teams: [],
        cycles: [],
        kpis: [],
        decisions: [],
        objectives: [],
        initiatives: [],
      },
      { actor: 'test', at: now - 90 * DAY },
    );
    const ws = await store.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
    const event = (id: string, at: number) => ({
      id,
      workspace_id: ws.id,
      type: 'objective.created',
      data: '{}',
      at,
      fanned_at: null,
    });
    await insertEvents(store.db, [
      event('evt_old_fanned', now - 40 * DAY),
      event('evt_recent_fanned', now - 5 * DAY),
      event('evt_old_unfanned', now - 40 * DAY),
    ]);
    await claimEvents(store.db, ['evt_old_fanned'], now - 40 * DAY);
    await claimEvents(store.db, ['evt_recent_fanned'], now - 5 * DAY);
    const delivery = (id: string, status: string, dueAt: number) => ({
      id,
      workspace_id: ws.id,
      subscription_id: null,
      channel: 'email',
      recipient: 'ana@acme.test',
      person_id: null,
      event_type: 'objective.created',
      body: '{}',
      status,
      attempts: 1,
      due_at: dueAt,
      created_at: dueAt,
      sent_at: status === 'sent' ? dueAt : null,
    });
    await insertDeliveries(store.db, [
      delivery('msg_old_sent', 'sent', now - 40 * DAY),
      delivery('msg_old_failed', 'failed', now - 35 * DAY),
      delivery('msg_old_retrying', 'pending', now - 31 * DAY),
      delivery('msg_recent_sent', 'sent', now - 2 * DAY),
    ]);
    for (const id of ['msg_old_sent', 'msg_old_retrying', 'msg_recent_sent']) {
      await finishAttempt(
        store.db,
        id,
        { status: id.includes('retrying') ? 'pending' : 'sent', dueAt: now - 40 * DAY, sentAt: null },
        {
          at: now - 40 * DAY,
          attempt: 1,
          outcome: 'sent',
          response_code: 200,
          response: 'ok',
          duration_ms: 5,
        },
      );
    }
    // finishAttempt moved their due times; put the recent one back where it was.
    await finishAttempt(
      store.db,
      'msg_recent_sent',
      { status: 'sent', dueAt: now - 2 * DAY, sentAt: now - 2 * DAY },
      { at: now - 2 * DAY, attempt: 2, outcome: 'sent', response_code: 200, response: 'ok', duration_ms: 5 },
    );

    expect(await pruneOutbox(store, now, {})).toEqual({ events: 1, deliveries: 2 });

    expect(await outboxOf(store)).toEqual({
      events: ['evt_old_unfanned', 'evt_recent_fanned'],
      deliveries: ['msg_old_retrying', 'msg_recent_sent'],
      attempts: ['msg_old_retrying', 'msg_recent_sent', 'msg_recent_sent'],
    });
    // A shorter retention, by setting: the recent ones go too; what waits still stays.
    expect(await pruneOutbox(store, now, { RATCHET_NOTIFY_RETENTION_DAYS: '1' })).toEqual({
      events: 1,
      deliveries: 1,
    });
    expect((await outboxOf(store)).deliveries).toEqual(['msg_old_retrying']);
  });
});
