import type { Insertable, Kysely } from 'kysely';
import type { KpiSilenceRow, KpiSilenceTable } from './notify.table.js';
import type { Database } from './tables.js';

/** Silences the KPI, replacing a silence it already had. */
export async function saveSilence(db: Kysely<Database>, row: Insertable<KpiSilenceTable>): Promise<void> {
  await db
    .insertInto('kpi_silences')
    .values(row)
    .onConflict((oc) =>
      oc.column('kpi_id').doUpdateSet({
        until: row.until,
        reason: row.reason,
        created_by: row.created_by,
        created_at: row.created_at,
      }),
    )
    .execute();
}

export async function deleteSilence(db: Kysely<Database>, kpiId: number): Promise<void> {
  await db.deleteFrom('kpi_silences').where('kpi_id', '=', kpiId).execute();
}

/** The KPI's silence still in force after `now`, if any. */
export async function silenceInForce(
  db: Kysely<Database>,
  kpiId: number,
  now: number,
): Promise<KpiSilenceRow | undefined> {
  return db
    .selectFrom('kpi_silences')
    .selectAll()
    .where('kpi_id', '=', kpiId)
    .where('until', '>', now)
    .executeTakeFirst();
}
