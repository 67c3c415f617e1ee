import type { Kysely, Selectable } from 'kysely';
import type { Database } from './tables.js';

/**
 * The tables whose records a workspace lists in its own order (`position`, then id) and
 * archives rather than deletes: the keyed ones (people … initiatives) and the child
 * records without a key (threshold changes, decisions, check-ins, time entries).
 */
export type ListedTable =
  | 'people'
  | 'teams'
  | 'cycles'
  | 'kpis'
  | 'objectives'
  | 'key_results'
  | 'initiatives'
  | 'threshold_changes'
  | 'decisions'
  | 'check_ins'
  | 'time_entries';

/** Views any listed table through one table's type: only the shared columns are used here. */
function asShared(db: Kysely<Database>): Kysely<Pick<Database, 'decisions'>> {
  return db as unknown as Kysely<Pick<Database, 'decisions'>>;
}

/** Every column of every record of the table in the workspace, in list order. */
export async function listedRows<T extends ListedTable>(
  db: Kysely<Database>,
  table: T,
  workspaceId: number,
  options: { readonly includeArchived: boolean },
): Promise<Selectable<Database[T]>[]> {
  let q = asShared(db)
    .selectFrom(table as 'decisions')
    .selectAll()
    .where('workspace_id', '=', workspaceId);
  if (!options.includeArchived) q = q.where('archived_at', 'is', null);
  const rows = await q.orderBy('position').orderBy('id').execute();
  return rows as unknown as Selectable<Database[T]>[];
}

/** The next position at the end of the workspace's list. */
export async function nextListPosition(
  db: Kysely<Database>,
  table: ListedTable,
  workspaceId: number,
): Promise<number> {
  const row = await asShared(db)
    .selectFrom(table as 'decisions')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}
