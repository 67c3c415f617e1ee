import type { Kysely } from 'kysely';

/**
 * Rate-limit windows kept in the database, so several servers on one database count the
 * same attempts (sign-in, API tokens): one row per limited key with the start of its
 * current fixed window and the hits in it. Frozen in time like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('window_start', 'bigint', (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_windows_start_idx')
    .on('rate_limit_windows')
    .column('window_start')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute();
}
