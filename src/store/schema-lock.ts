import { type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * The one PostgreSQL advisory lock every schema change takes: our migrations and the job
 * queue's own install (pg-boss creates its schema and a table per queue). Servers starting
 * at once on an empty database would otherwise run that DDL side by side and PostgreSQL
 * could answer "deadlock detected"; with the lock the second server waits, then finds the
 * work done. The key is a constant: "ratc" read as a number.
 */
const SCHEMA_LOCK_KEY = 0x72617463;

/**
 * Runs `work` while holding the schema lock on a connection of its own (taken from the
 * pool for the duration and released after, even when `work` throws). SQLite needs no
 * lock: one server owns the file, and its writes are serialised anyway.
 */
export async function withSchemaLock<DB, T>(db: Kysely<DB>, work: () => Promise<T>): Promise<T> {
  if (dialectOf(db) !== 'postgres') return work();
  return db.connection().execute(async (held) => {
    await sql`select pg_advisory_lock(${SCHEMA_LOCK_KEY})`.execute(held);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${SCHEMA_LOCK_KEY})`.execute(held);
    }
  });
}
