import { sql } from 'kysely';
import type { Store } from './database.js';

/** The PostgreSQL channel servers on one database tell each other about committed changes on. */
export const CHANGE_CHANNEL = 'ratchet_changes';

/** PostgreSQL caps a NOTIFY payload at 8,000 bytes; stay well under it. */
export const MAX_NOTIFY_BYTES = 7_000;

/** Tells every server listening on the database; a no-op on SQLite (one server per file). */
export async function notifyChange(store: Store, payload: string): Promise<void> {
  if (store.dialect !== 'postgres') return;
  await sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`.execute(store.db);
}
