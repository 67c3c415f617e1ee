import type { Kysely } from 'kysely';
import type { NewNotifyDeliveryRow, NewNotifyInboxRow } from './notify.table.js';
import type { Database } from './tables.js';

/** A workspace's people who may get the digest or reminders, with their preferences. */
export interface NoticeRecipient {
  readonly id: number;
  readonly key: string;
  readonly name: string;
  readonly email: string | null;
  readonly weekly_digest: string | null;
  readonly reminders: string | null;
  readonly time_zone: string | null;
  readonly quiet_start: string | null;
  readonly quiet_end: string | null;
}

export async function noticeRecipients(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<NoticeRecipient[]> {
  return db
    .selectFrom('people as p')
    .leftJoin('notify_preferences as n', 'n.person_id', 'p.id')
    .select([
      'p.id',
      'p.key',
      'p.name',
      'p.email',
      'n.weekly_digest',
      'n.reminders',
      'n.time_zone',
      'n.quiet_start',
      'n.quiet_end',
    ])
    .where('p.workspace_id', '=', workspaceId)
    .where('p.archived_at', 'is', null)
    .orderBy('p.id')
    .execute();
}

export async function deliveryExists(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('notify_deliveries').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes a delivery whose id names what it is (a person's digest for a date) unless one
 * with that id exists, with its inbox item, in one transaction; true when it was new.
 * Two servers, or a rerun after a crash, that try the same send write it once.
 */
export async function insertDeliveryOnce(
  db: Kysely<Database>,
  row: NewNotifyDeliveryRow,
  inbox: NewNotifyInboxRow | undefined,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const written = await trx
      .insertInto('notify_deliveries')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    if (written.length === 0) return false;
    if (inbox) await trx.insertInto('notify_inbox').values(inbox).execute();
    return true;
  });
}
