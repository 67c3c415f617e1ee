import type { Kysely } from 'kysely';
import { findKeyedRef, findKpiRef, type KeyedRef, type KeyedTable } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import { NotFoundError } from './errors.js';

const ENTITY_NAMES: Record<KeyedTable, string> = {
  people: 'person',
  teams: 'team',
  cycles: 'cycle',
  kpis: 'KPI',
  objectives: 'objective',
  key_results: 'key result',
  initiatives: 'initiative',
};

/** The record with this key, not archived, or a NotFoundError naming what was missing. */
export async function activeRef(
  db: Kysely<Database>,
  table: KeyedTable,
  workspaceId: number,
  key: string,
): Promise<KeyedRef> {
  return active(table, key, await findKeyedRef(db, table, workspaceId, key));
}

function active<R extends KeyedRef>(table: KeyedTable, key: string, ref: R | undefined): R {
  if (!ref || ref.archived_at !== null) {
    throw new NotFoundError(ENTITY_NAMES[table], key, ref ? 'It is archived.' : '');
  }
  return ref;
}

/** The KPI with this key, not archived, with its name (for messages about it). */
export const activeKpiRef = async (
  db: Kysely<Database>,
  workspaceId: number,
  key: string,
): Promise<KeyedRef & { readonly name: string }> =>
  active('kpis', key, await findKpiRef(db, workspaceId, key));

/** An optional reference: undefined stays null, a key must name an active record. */
export async function optionalRefId(
  db: Kysely<Database>,
  table: KeyedTable,
  workspaceId: number,
  key: string | undefined | null,
): Promise<number | null> {
  if (key === undefined || key === null) return null;
  return (await activeRef(db, table, workspaceId, key)).id;
}
