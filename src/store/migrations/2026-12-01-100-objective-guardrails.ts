import type { Kysely } from 'kysely';
import { idReferenceType } from '../dialect.js';

/**
 * An objective's guardrail KPIs (domain.md, "Guardrail"): KPIs that must stay healthy
 * while the objective is pursued, in the order the user listed them. Purging either side
 * drops the link. Frozen in time like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('objective_guardrails')
    .addColumn('objective_id', ref, (col) => col.notNull().references('objectives.id').onDelete('cascade'))
    .addColumn('kpi_id', ref, (col) => col.notNull().references('kpis.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('objective_guardrails_pk', ['objective_id', 'kpi_id'])
    .execute();
  await db.schema
    .createIndex('objective_guardrails_kpi')
    .on('objective_guardrails')
    .column('kpi_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('objective_guardrails').execute();
}
