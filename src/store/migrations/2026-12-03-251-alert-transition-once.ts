import { type Kysely, sql } from 'kysely';

/**
 * A KPI's alert transition is one fact: the KPI, the instant, the state it left and the
 * state it entered. Two evaluations at once on PostgreSQL could record it twice; the
 * copies go (the first recorded stays) and a unique index keeps it recorded once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from kpi_alert_transitions
    where exists (
      select 1 from kpi_alert_transitions first
      where first.kpi_id = kpi_alert_transitions.kpi_id
        and first.at = kpi_alert_transitions.at
        and first.from_state = kpi_alert_transitions.from_state
        and first.to_state = kpi_alert_transitions.to_state
        and first.id < kpi_alert_transitions.id
    )`.execute(db);
  await db.schema
    .createIndex('kpi_alert_transitions_once_idx')
    .on('kpi_alert_transitions')
    .columns(['kpi_id', 'at', 'from_state', 'to_state'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('kpi_alert_transitions_once_idx').execute();
}
