import type { Kysely } from 'kysely';
import { idReferenceType, withIdColumn } from '../dialect.js';

/**
 * Where a KPI's values come from (an HTTP API, a SQL query, a formula) and every run of
 * it. `spec` is the source as JSON with its secrets (header values, the connection
 * string) sealed; `etag` and `last_modified` make the next HTTP request conditional.
 * Frozen in time like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await withIdColumn(db, db.schema.createTable('kpi_sources'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('spec', 'text', (col) => col.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('kpi_sources_kpi_unique', ['kpi_id'])
    .execute();
  await db.schema.createIndex('kpi_sources_workspace_idx').on('kpi_sources').column('workspace_id').execute();

  await withIdColumn(db, db.schema.createTable('source_runs'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('started_at', 'bigint', (col) => col.notNull())
    .addColumn('finished_at', 'bigint', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('value', 'double precision')
    .addColumn('points', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createIndex('source_runs_kpi_idx')
    .on('source_runs')
    .columns(['kpi_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('source_runs').execute();
  await db.schema.dropTable('kpi_sources').execute();
}
