import type { Kysely } from 'kysely';
import { inValues } from './dialect.js';
import type { NewNotifyInboxRow, NotifyEventRow, NotifyEventTable, NotifyInboxRow } from './notify.table.js';
import type { Database } from './tables.js';

/** The outbox: one row per domain event, in the event's own transaction. */
export async function insertEvents(db: Kysely<Database>, rows: readonly NotifyEventTable[]): Promise<void> {
  // 6 columns a row: 1,000 rows stay under SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('notify_events')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
}

/** Events not fanned out yet, oldest first. */
export async function unfannedEvents(db: Kysely<Database>, limit: number): Promise<NotifyEventRow[]> {
  return db
    .selectFrom('notify_events')
    .selectAll()
    .where('fanned_at', 'is', null)
    .orderBy('at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Takes events for fanning out: only those nobody took yet. On PostgreSQL a second
 * server's transaction waits on the rows, then finds them taken; so each event is fanned
 * out once, and its deliveries commit with the mark.
 */
export async function claimEvents(
  db: Kysely<Database>,
  ids: readonly string[],
  at: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .updateTable('notify_events')
    .set({ fanned_at: at })
    .where(inValues(db, 'id', ids, 'text'))
    .where('fanned_at', 'is', null)
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertInboxItems(
  db: Kysely<Database>,
  rows: readonly NewNotifyInboxRow[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('notify_inbox')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** A person's inbox, newest first. */
export async function inboxItems(
  db: Kysely<Database>,
  personId: number,
  limit: number,
): Promise<NotifyInboxRow[]> {
  return db
    .selectFrom('notify_inbox')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function unreadCount(db: Kysely<Database>, personId: number): Promise<number> {
  const row = await db
    .selectFrom('notify_inbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks some (or, without ids, all) of a person's unread items read; resolves to how many. */
export async function markInboxRead(
  db: Kysely<Database>,
  personId: number,
  ids: readonly number[] | undefined,
  at: number,
): Promise<number> {
  let query = db
    .updateTable('notify_inbox')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null);
  if (ids !== undefined) {
    if (ids.length === 0) return 0;
    query = query.where('id', 'in', ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
