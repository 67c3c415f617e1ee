import type { Kysely } from 'kysely';
import type { Store } from './database.js';
import type { NotifyDeliveryRow } from './notify.table.js';
import type { Database } from './tables.js';

type Claimable = Pick<NotifyDeliveryRow, 'id' | 'attempts' | 'due_at'>;

/**
 * Sends one delivery as one attempt that nobody else makes at the same time, and records
 * its outcome; resolves to undefined when another server (or run) took it first.
 *
 * PostgreSQL (several servers): the row stays locked (`FOR UPDATE SKIP LOCKED`) from the
 * claim through the send to the recorded outcome, in one transaction. Others skip it; if
 * the server dies, PostgreSQL ends its session, the claim rolls back and the delivery is
 * due again at once, for whichever server runs next.
 *
 * SQLite (one server): a lock held over a network call would stop every write, so the
 * claim is a lease (`claimed_until`, and the due time moved past it), committed before
 * the send; `releaseAbandonedClaims` takes back a killed server's leases at the next start.
 */
export async function sendClaimed<T, R>(
  store: Store,
  row: Claimable,
  leaseUntil: number,
  send: () => Promise<T>,
  record: (trx: Kysely<Database>, sent: T) => Promise<R>,
): Promise<{ readonly recorded: R } | undefined> {
  if (store.dialect === 'postgres') {
    return store.db.transaction().execute(async (trx) => {
      if (!(await lockUnchanged(trx, row))) return undefined;
      await claimDelivery(trx, row, leaseUntil);
      const sent = await send();
      return { recorded: await record(trx, sent) };
    });
  }
  if (!(await claimDelivery(store.db, row, leaseUntil))) return undefined;
  const sent = await send();
  return { recorded: await store.db.transaction().execute((trx) => record(trx, sent)) };
}

/** Locks the delivery if nobody holds it and nobody took it since it was read. */
async function lockUnchanged(trx: Kysely<Database>, row: Claimable): Promise<boolean> {
  const locked = await trx
    .selectFrom('notify_deliveries')
    .select('id')
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', row.attempts)
    .where('due_at', '=', row.due_at)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return locked !== undefined;
}

/**
 * Takes a delivery for one attempt: only if nobody took it since it was read (same
 * attempts and due time). Its due time moves past the lease, so no other run picks it
 * while it is being sent.
 */
export async function claimDelivery(
  db: Kysely<Database>,
  row: Claimable,
  leaseUntil: number,
): Promise<boolean> {
  const result = await db
    .updateTable('notify_deliveries')
    .set({ attempts: row.attempts + 1, due_at: leaseUntil, claimed_until: leaseUntil })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', row.attempts)
    .where('due_at', '=', row.due_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * For a server starting on SQLite, the database's only server: every claim still held
 * was left by a server that died mid-attempt. Nobody learnt how that attempt went, so it
 * does not count; the delivery is due again now. Resolves to how many were taken back.
 */
export async function releaseAbandonedClaims(db: Kysely<Database>, at: number): Promise<number> {
  const result = await db
    .updateTable('notify_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '-', 1), due_at: at, claimed_until: null }))
    .where('status', '=', 'pending')
    .where('claimed_until', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
