import type { Kysely } from 'kysely';
import type { ObjectiveGuardrailRow } from './objective.table.js';
import type { Database } from './tables.js';

/** The guardrail links of the workspace's objectives, each objective's in list order. */
export async function guardrailRows(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<ObjectiveGuardrailRow[]> {
  return db
    .selectFrom('objective_guardrails')
    .innerJoin('objectives', 'objectives.id', 'objective_guardrails.objective_id')
    .selectAll('objective_guardrails')
    .where('objectives.workspace_id', '=', workspaceId)
    .orderBy('objective_guardrails.objective_id')
    .orderBy('objective_guardrails.position')
    .execute();
}

/** Makes `kpiIds` the objective's guardrails, in that order (a repeated id counts once). */
export async function replaceGuardrails(
  db: Kysely<Database>,
  objectiveId: number,
  kpiIds: readonly number[],
): Promise<void> {
  await db.deleteFrom('objective_guardrails').where('objective_id', '=', objectiveId).execute();
  const unique = [...new Set(kpiIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('objective_guardrails')
    .values(unique.map((kpi_id, position) => ({ objective_id: objectiveId, kpi_id, position })))
    .execute();
}
