import { type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect-name.js';

/**
 * Holds a lock on one row until the transaction ends, so writers of the same record take
 * turns and each reads what the one before committed (PostgreSQL `select … for update`;
 * READ COMMITTED would otherwise let two transactions both find a key unseen). SQLite
 * needs nothing: one connection runs one transaction at a time.
 */
export async function lockRowForWrite<DB>(db: Kysely<DB>, table: string, id: number): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`select id from ${sql.table(table)} where id = ${id} for update`.execute(db);
}

/** Whether a driver error is a unique-constraint violation (a lost race, a duplicate key). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  // PostgreSQL SQLSTATE 23505; better-sqlite3's extended result codes.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
