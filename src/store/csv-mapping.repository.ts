import type { Kysely } from 'kysely';
import type { CsvMappingRow } from './csv-mapping.table.js';
import type { Database } from './tables.js';

export async function findCsvMapping(
  db: Kysely<Database>,
  workspaceId: number,
  kind: string,
): Promise<CsvMappingRow | undefined> {
  return db
    .selectFrom('csv_mappings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function saveCsvMapping(db: Kysely<Database>, row: CsvMappingRow): Promise<void> {
  await db
    .insertInto('csv_mappings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'kind']).doUpdateSet({
        mapping: row.mapping,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}
