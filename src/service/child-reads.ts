import type { Selectable } from 'kysely';
import { type ChildTable, childRowById, childRows } from '../store/child.repository.js';
import type { Store } from '../store/database.js';
import { type KeyedTable, keyedRows } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import type { WorkspaceRow } from '../store/workspace.table.js';
import { NotFoundError } from './errors.js';
import { type KeyOf, keyLookup, optional } from './mappers.js';
import { resolveWorkspace } from './workspace-ref.js';

/** The key of the record with surrogate id `id` in `table`, among those a reader names. */
export type KeyIn = (table: KeyedTable, id: number | null) => string | undefined;

/** What every child record carries besides its own fields. */
export interface ChildMeta {
  readonly id: number;
  readonly version: number;
  readonly archivedAt?: number;
}

/**
 * How one kind of child record (check-ins, decisions, time entries) is read: its table,
 * the keyed records it names (a decision names its KPI and objective), and how a row
 * becomes the record callers see, those names resolved to keys.
 */
export interface ChildReader<T extends ChildTable, R> {
  readonly table: T;
  /** The name in messages: `time entry`. */
  readonly noun: string;
  readonly names: readonly KeyedTable[];
  /** `keyOf('kpis', row.kpi_id)`: the key of a named record (of a table in `names`). */
  present(row: Selectable<Database[T]>, keyOf: KeyIn): R;
}

/** Every record of the kind in the workspace, in the order written. */
export async function readChildren<T extends ChildTable, R>(
  store: Store,
  workspace: string | undefined,
  reader: ChildReader<T, R>,
  options: { readonly includeArchived?: boolean } = {},
): Promise<(R & ChildMeta)[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  const [rows, keys] = await Promise.all([
    childRows(store.db, reader.table, ws.id, { includeArchived: options.includeArchived ?? false }),
    keyLookups(store, ws, reader.names),
  ]);
  return rows.map((row) => withMeta(reader, row, keys));
}

/** One record by id (archived ones too), with one row read rather than the whole list. */
export async function readChild<T extends ChildTable, R>(
  store: Store,
  workspace: string | undefined,
  reader: ChildReader<T, R>,
  id: number,
): Promise<R & ChildMeta> {
  const ws = await resolveWorkspace(store.db, workspace);
  const row = await childRowById(store.db, reader.table, ws.id, id);
  if (!row) throw new NotFoundError(reader.noun, String(id));
  return withMeta(reader, row, await keyLookups(store, ws, reader.names));
}

async function keyLookups(store: Store, ws: WorkspaceRow, tables: readonly KeyedTable[]): Promise<KeyIn> {
  const all = { includeArchived: true };
  const rows = await Promise.all(tables.map((table) => keyedRows(store.db, table, ws.id, all)));
  const lookups = new Map<KeyedTable, KeyOf>(tables.map((table, i) => [table, keyLookup(rows[i] ?? [])]));
  return (table, id) => lookups.get(table)?.(id);
}

function withMeta<T extends ChildTable, R>(
  reader: ChildReader<T, R>,
  row: Selectable<Database[T]>,
  keyOf: KeyIn,
): R & ChildMeta {
  const meta = row as unknown as { id: number; version: number; archived_at: number | null };
  return {
    ...reader.present(row, keyOf),
    id: meta.id,
    version: meta.version,
    ...optional('archivedAt', meta.archived_at),
  };
}
