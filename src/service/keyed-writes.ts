import type { Kysely } from 'kysely';
import type { Store } from '../store/database.js';
import { findKeyedRef, type KeyedRef, type KeyedTable } from '../store/keyed.repository.js';
import type { Database } from '../store/tables.js';
import { slugify } from '../store/workspace.repository.js';
import { ConflictError, staleVersion, type ValidationIssue } from './errors.js';
import { resolveWorkspace } from './workspace-ref.js';

/**
 * What the services for objectives, key results, cycles, initiatives, teams and people
 * share: keys the workspace file can hold, keys derived from a title when the caller
 * gives none, and the optimistic version check.
 */

/** The workspace file's ids: letters, digits, `-` and `_` (e.g. `first-response-time`). */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*$/i;

export function keyIssue(key: string | undefined, path = 'id'): ValidationIssue[] {
  if (key === undefined || (KEY_PATTERN.test(key) && key.length <= 100)) return [];
  return [{ path, message: 'use letters, digits, - and _ (at most 100), e.g. reduce-churn' }];
}

/**
 * The caller's key, which must be free, or one derived from `title`: `Reduce churn` →
 * `reduce-churn`, then `reduce-churn-2` when that is taken (archived records keep theirs).
 */
export async function keyFor(
  trx: Kysely<Database>,
  table: KeyedTable,
  workspaceId: number,
  wanted: string | undefined,
  title: string,
  entity: string,
): Promise<string> {
  if (wanted !== undefined) {
    if (await findKeyedRef(trx, table, workspaceId, wanted)) {
      throw new ConflictError(
        `The workspace already has ${entity} "${wanted}" (perhaps archived); choose another id.`,
      );
    }
    return wanted;
  }
  const base = slugify(title).slice(0, 80).replace(/-+$/, '') || entity.replace(/\W+/g, '-');
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!(await findKeyedRef(trx, table, workspaceId, key))) return key;
  }
}

/**
 * Throws the usual conflict when the caller read an older version. Without an expected
 * version the edit applies to whatever is stored (last write wins), which is what a
 * form that never showed a version asks for.
 */
export function checkVersion(entity: string, ref: KeyedRef, expected: number | undefined): number {
  if (expected !== undefined && expected !== ref.version) {
    throw staleVersion(entity, ref.key, expected, ref.version);
  }
  return ref.version;
}

/** A free key derived from `title`, for services that take an explicit id (KPIs). */
export async function freeKey(
  store: Store,
  workspace: string | undefined,
  table: KeyedTable,
  title: string,
  entity: string,
): Promise<string> {
  const ws = await resolveWorkspace(store.db, workspace);
  return keyFor(store.db, table, ws.id, undefined, title, entity);
}
