import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import { dialectOf, fromJson, jsonArrayAgg, jsonTuple, rowsPerInsert } from './dialect.js';
import type { InitiativeKeyResultRow } from './initiative.table.js';
import { listedRows, nextListPosition } from './listed-rows.repository.js';
import type { Database } from './tables.js';

/**
 * Records without a key of their own, listed per workspace in the order written:
 * threshold changes, decisions, check-ins, time entries.
 */
export type ChildTable = 'threshold_changes' | 'decisions' | 'check_ins' | 'time_entries';

function asShared(db: Kysely<Database>): Kysely<Pick<Database, 'decisions'>> {
  return db as unknown as Kysely<Pick<Database, 'decisions'>>;
}

/** Every column of every record of the table in the workspace, in the order written. */
export const childRows: <T extends ChildTable>(
  db: Kysely<Database>,
  table: T,
  workspaceId: number,
  options: { readonly includeArchived: boolean },
) => Promise<Selectable<Database[T]>[]> = listedRows;

export async function childRowById<T extends ChildTable>(
  db: Kysely<Database>,
  table: T,
  workspaceId: number,
  id: number,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await asShared(db)
    .selectFrom(table as 'decisions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row as unknown as Selectable<Database[T]> | undefined;
}

export async function insertChildren<T extends ChildTable>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  columnsPerRow = 12,
): Promise<number[]> {
  const ids: number[] = [];
  const size = rowsPerInsert(dialectOf(db), columnsPerRow);
  for (let i = 0; i < rows.length; i += size) {
    const inserted = await asShared(db)
      .insertInto(table as 'decisions')
      .values(rows.slice(i, i + size) as unknown as Insertable<Database['decisions']>[])
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export async function deleteChildrenOfWorkspace(
  db: Kysely<Database>,
  table: ChildTable,
  workspaceId: number,
): Promise<number> {
  const result = await asShared(db)
    .deleteFrom(table as 'decisions')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const nextChildPosition: (
  db: Kysely<Database>,
  table: ChildTable,
  workspaceId: number,
) => Promise<number> = nextListPosition;

/** Initiative → key result links of the workspace, in the order each initiative lists them. */
export async function initiativeLinkRows(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<InitiativeKeyResultRow[]> {
  return db
    .selectFrom('initiative_key_results')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_key_results.initiative_id')
    .selectAll('initiative_key_results')
    .where('initiatives.workspace_id', '=', workspaceId)
    .orderBy('initiative_key_results.initiative_id')
    .orderBy('initiative_key_results.position')
    .execute();
}

export async function replaceInitiativeLinks(
  db: Kysely<Database>,
  initiativeId: number,
  keyResultIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('initiative_key_results').where('initiative_id', '=', initiativeId).execute();
  if (keyResultIds.length === 0) return;
  await db
    .insertInto('initiative_key_results')
    .values(
      keyResultIds.map((key_result_id, position) => ({
        initiative_id: initiativeId,
        key_result_id,
        position,
      })),
    )
    .execute();
}

/** A check-in as `[at, value, confidence, note, blockers]`, absent ones null. */
export type CheckInTuple = readonly [
  at: number,
  value: number,
  confidence: number | null,
  note: string | null,
  blockers: string | null,
];

/**
 * The workspace's live check-ins by key result id, each list in the order written. One
 * JSON array per key result rather than one row per check-in: tens of thousands of
 * check-ins then cost the driver a thousand values, not tens of thousands of objects.
 */
export async function checkInsByKeyResult(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<Map<number, CheckInTuple[]>> {
  const columns = ['at', 'value', 'confidence', 'note', 'blockers'].map((c) => sql`${sql.ref(c)}`);
  const result = await sql<{ key_result_id: number; check_ins: unknown }>`
    select key_result_id,
      ${jsonArrayAgg(db, jsonTuple(db, columns), { orderBy: sql`position, id` })} as check_ins
    from check_ins
    where workspace_id = ${workspaceId} and archived_at is null
    group by key_result_id`.execute(db);
  return new Map(result.rows.map((r) => [Number(r.key_result_id), fromJson(r.check_ins) as CheckInTuple[]]));
}
