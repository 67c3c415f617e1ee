import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/** The KPI a key result is linked to (domain.md, "KPI-linked key result"), archived or not. */
export async function linkedKpi(
  db: Kysely<Database>,
  keyResultId: number,
): Promise<
  | { readonly id: number; readonly key: string; readonly name: string; readonly archived_at: number | null }
  | undefined
> {
  return db
    .selectFrom('key_results')
    .innerJoin('kpis', 'kpis.id', 'key_results.kpi_id')
    .select(['kpis.id', 'kpis.key', 'kpis.name', 'kpis.archived_at'])
    .where('key_results.id', '=', keyResultId)
    .executeTakeFirst();
}
