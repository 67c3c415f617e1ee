import type { Kysely } from 'kysely';
import type { ObjectiveParentRow } from './objective.table.js';
import type { Database } from './tables.js';

/** The alignment links of the workspace's objectives, each objective's parents in list order. */
export async function parentRows(db: Kysely<Database>, workspaceId: number): Promise<ObjectiveParentRow[]> {
  return db
    .selectFrom('objective_parents')
    .innerJoin('objectives', 'objectives.id', 'objective_parents.objective_id')
    .selectAll('objective_parents')
    .where('objectives.workspace_id', '=', workspaceId)
    .orderBy('objective_parents.objective_id')
    .orderBy('objective_parents.position')
    .execute();
}

/** Makes `parentIds` the objectives this one supports, in that order (a repeated id counts once). */
export async function replaceParents(
  db: Kysely<Database>,
  objectiveId: number,
  parentIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('objective_parents').where('objective_id', '=', objectiveId).execute();
  const unique = [...new Set(parentIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('objective_parents')
    .values(unique.map((parent_id, position) => ({ objective_id: objectiveId, parent_id, position })))
    .execute();
}
