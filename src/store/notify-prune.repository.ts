import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/**
 * Deletes what the outbox is done with, finished before `before`: events already fanned
 * out, and deliveries sent or given up (with their attempt log). A delivery still pending
 * (waiting, retrying, held by quiet hours or a paused webhook) and an event not yet fanned
 * out are never touched, however old. Resolves to how many of each went.
 */
export async function pruneFinishedNotifications(
  db: Kysely<Database>,
  before: number,
): Promise<{ readonly events: number; readonly deliveries: number }> {
  return db.transaction().execute(async (trx) => {
    const finished = trx
      .selectFrom('notify_deliveries')
      .select('id')
      .where('status', 'in', ['sent', 'failed'])
      .where('due_at', '<', before);
    await trx.deleteFrom('notify_attempts').where('delivery_id', 'in', finished).execute();
    const deliveries = await trx
      .deleteFrom('notify_deliveries')
      .where('status', 'in', ['sent', 'failed'])
      .where('due_at', '<', before)
      .executeTakeFirst();
    const events = await trx
      .deleteFrom('notify_events')
      .where('fanned_at', 'is not', null)
      .where('fanned_at', '<', before)
      .executeTakeFirst();
    return { events: Number(events.numDeletedRows), deliveries: Number(deliveries.numDeletedRows) };
  });
}
