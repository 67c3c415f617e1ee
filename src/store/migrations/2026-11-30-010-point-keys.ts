import { type Kysely, sql } from 'kysely';
import { idReferenceType } from '../dialect.js';

/**
 * Idempotency keys get a table of their own, scoped to one KPI and kept when the point
 * they brought is overwritten (issue 13, defect 6): a key on the point row was per
 * workspace, and forgotten by the next write at the same instant, so a late retry
 * replaced a newer value. Existing keys are carried over. Frozen in time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('data_point_keys')
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('idempotency_key', 'text', (col) => col.notNull())
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('recorded_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('data_point_keys_pk', ['kpi_id', 'source', 'idempotency_key'])
    .execute();
  await sql`insert into data_point_keys (kpi_id, source, idempotency_key, at, recorded_at)
    select kpi_id, source, idempotency_key, at, recorded_at from data_points
    where idempotency_key is not null and source is not null`.execute(db);
  await db.schema.dropIndex('data_points_idempotency_unique').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_point_keys').execute();
}
