import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/**
 * The newest audit entry's id across all workspaces: grows with every change (services
 * audit every write in the same transaction). `max` of the primary key is one index
 * probe on both dialects, whatever the size of the log, so readers can afford it on
 * every request to decide whether a cached workspace is still current.
 */
export async function latestChangeMark(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('id').as('mark'))
    .executeTakeFirst();
  return Number(row?.mark ?? 0);
}
