import type { Kysely } from 'kysely';
import { idReferenceType, withIdColumn } from '../dialect.js';

/**
 * Alert states (docs/notifications.md): one row per KPI with its current state and the
 * run the state machine is counting, and every transition with its time and cause.
 * `alert_for` is the KPI's own wait ("3 points", "36h"); null means one cadence period.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('kpi_alerts')
    .addColumn('kpi_id', ref, (col) => col.primaryKey().references('kpis.id').onDelete('cascade'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('alert_for', 'text')
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('severity', 'text')
    .addColumn('since', 'bigint', (col) => col.notNull())
    .addColumn('run_start', 'bigint')
    .addColumn('run_points', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_point_at', 'bigint')
    .addColumn('last_value', 'double precision')
    .addColumn('before_stale', 'text')
    .addColumn('evaluated_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('kpi_alerts_workspace_idx').on('kpi_alerts').column('workspace_id').execute();
  await withIdColumn(db, db.schema.createTable('kpi_alert_transitions'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('from_state', 'text', (col) => col.notNull())
    .addColumn('to_state', 'text', (col) => col.notNull())
    .addColumn('severity', 'text')
    .addColumn('cause', 'text', (col) => col.notNull())
    .addColumn('value', 'double precision')
    .addColumn('recorded_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('kpi_alert_transitions_kpi_idx')
    .on('kpi_alert_transitions')
    .columns(['kpi_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kpi_alert_transitions').execute();
  await db.schema.dropTable('kpi_alerts').execute();
}
