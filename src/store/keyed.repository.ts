import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { listedRows, nextListPosition } from './listed-rows.repository.js';
import type { Database } from './tables.js';

/**
 * Operations every keyed, versioned table shares (people, teams, cycles, KPIs,
 * objectives, key results, initiatives): find by key, versioned update, archive, purge.
 * Each table's own repository adds what is particular to it.
 */
export type KeyedTable =
  | 'people'
  | 'teams'
  | 'cycles'
  | 'kpis'
  | 'objectives'
  | 'key_results'
  | 'initiatives';

/**
 * Views any keyed table through the KPI table's type: only the shared columns are used
 * here, and every keyed table has them (see common.table.ts).
 */
function asShared(db: Kysely<Database>): Kysely<Pick<Database, 'kpis'>> {
  return db as unknown as Kysely<Pick<Database, 'kpis'>>;
}

/** The shared columns, enough to decide what to do with a record. */
export interface KeyedRef {
  readonly id: number;
  readonly key: string;
  readonly version: number;
  readonly archived_at: number | null;
  readonly position: number;
}

/** Every record of the table in the workspace, archived ones too, by key. */
export async function keyedRefs(
  db: Kysely<Database>,
  table: KeyedTable,
  workspaceId: number,
): Promise<Map<string, KeyedRef>> {
  const rows = await asShared(db)
    .selectFrom(table as 'kpis')
    .select(['id', 'key', 'version', 'archived_at', 'position'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Map(rows.map((r) => [r.key, r]));
}

export async function findKeyedRef(
  db: Kysely<Database>,
  table: KeyedTable,
  workspaceId: number,
  key: string,
): Promise<KeyedRef | undefined> {
  return asShared(db)
    .selectFrom(table as 'kpis')
    .select(['id', 'key', 'version', 'archived_at', 'position'])
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** A KPI's reference with its name, for messages that must name it (one query). */
export async function findKpiRef(
  db: Kysely<Database>,
  workspaceId: number,
  key: string,
): Promise<(KeyedRef & { readonly name: string }) | undefined> {
  return asShared(db)
    .selectFrom('kpis')
    .select(['id', 'key', 'name', 'version', 'archived_at', 'position'])
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** The next position at the end of the workspace's list. */
export const nextPosition: (db: Kysely<Database>, table: KeyedTable, workspaceId: number) => Promise<number> =
  nextListPosition;

/**
 * Sets `patch` and bumps the version when the stored version is `expectedVersion`.
 * Returns false when the row moved on (a stale edit) or is gone.
 */
export async function updateVersioned(
  db: Kysely<Database>,
  table: KeyedTable | 'decisions' | 'check_ins' | 'threshold_changes' | 'time_entries',
  id: number,
  expectedVersion: number,
  patch: Readonly<Record<string, unknown>>,
): Promise<boolean> {
  const result = await (db as unknown as Kysely<{ t: { id: number; version: number } }>)
    .updateTable(table as 't')
    .set((eb) => ({ ...(patch as object), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteById(
  db: Kysely<Database>,
  table: KeyedTable | 'decisions' | 'check_ins' | 'threshold_changes' | 'time_entries',
  id: number,
): Promise<void> {
  await (db as unknown as Kysely<{ t: { id: number } }>)
    .deleteFrom(table as 't')
    .where('id', '=', id)
    .execute();
}

/** Every column of every record of the table in the workspace, archived ones too. */
export const keyedRows: <T extends KeyedTable>(
  db: Kysely<Database>,
  table: T,
  workspaceId: number,
  options: { readonly includeArchived: boolean },
) => Promise<Selectable<Database[T]>[]> = listedRows;

export async function insertKeyed<T extends KeyedTable>(
  db: Kysely<Database>,
  table: T,
  row: Insertable<Database[T]>,
): Promise<number> {
  const inserted = await asShared(db)
    .insertInto(table as 'kpis')
    .values(row as unknown as Insertable<Database['kpis']>)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Overwrites columns unconditionally and bumps the version (imports, which replace). */
export async function overwriteKeyed<T extends KeyedTable>(
  db: Kysely<Database>,
  table: T,
  id: number,
  patch: Updateable<Database[T]>,
): Promise<void> {
  await (db as unknown as Kysely<{ t: { id: number; version: number } }>)
    .updateTable(table as 't')
    .set((eb) => ({ ...(patch as object), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
