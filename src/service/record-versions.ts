import type { Store } from '../store/database.js';
import { type KeyedTable, keyedRefs } from '../store/keyed.repository.js';

/**
 * The stored version of every record of a kind, by key: what an editor sends back with
 * the next change. Reads go through a cached workspace snapshot, which has no versions.
 */
export async function recordVersions(
  store: Store,
  workspaceId: number,
  table: KeyedTable,
): Promise<ReadonlyMap<string, number>> {
  const refs = await keyedRefs(store.db, table, workspaceId);
  return new Map([...refs].map(([key, ref]) => [key, ref.version]));
}
