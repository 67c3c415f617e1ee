import type { KeyResult, Objective, Workspace } from '../../core/model.js';
import { NotFoundError } from '../../service/errors.js';
import { recordVersions } from '../../service/record-versions.js';
import type { WorkspaceScope } from '../env.js';
import { presentKeyResult, presentObjective } from '../presenters/objective.presenter.js';
import type { ServerDeps } from '../server-deps.js';
import type { WorkspaceSnapshots } from '../workspace-snapshots.js';

/** Objectives and key results as stored now (the snapshot reloads after any change). */
export function findObjective(ws: Workspace, id: string): Objective {
  const objective = ws.objectives.find((o) => o.id === id);
  if (!objective) throw new NotFoundError('objective', id, 'GET /objectives lists them.');
  return objective;
}

export function findKeyResult(ws: Workspace, id: string): { objective: Objective; keyResult: KeyResult } {
  for (const objective of ws.objectives) {
    const keyResult = objective.keyResults.find((kr) => kr.id === id);
    if (keyResult) return { objective, keyResult };
  }
  throw new NotFoundError('key result', id, 'Each objective lists its key results.');
}

/** Who answers for a key result: its owner, else the objective's owner; the objective's team. */
export function keyResultOwnership(objective: Objective, keyResult: KeyResult) {
  return {
    kind: 'key result',
    id: keyResult.id,
    owner: keyResult.owner ?? objective.owner,
    team: objective.team,
  };
}

export async function objectiveVersions(deps: ServerDeps, scope: WorkspaceScope) {
  const [objectives, keyResults] = await Promise.all([
    recordVersions(deps.store, scope.workspace.id, 'objectives'),
    recordVersions(deps.store, scope.workspace.id, 'key_results'),
  ]);
  return { objectives, keyResults };
}

export async function storedObjective(
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  scope: WorkspaceScope,
  id: string,
) {
  const { workspace } = await snapshots.get(scope.workspace);
  const versions = await objectiveVersions(deps, scope);
  return presentObjective(findObjective(workspace, id), versions.objectives, versions.keyResults);
}

export async function storedKeyResult(
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  scope: WorkspaceScope,
  id: string,
) {
  const { workspace } = await snapshots.get(scope.workspace);
  const { objective, keyResult } = findKeyResult(workspace, id);
  const versions = await recordVersions(deps.store, scope.workspace.id, 'key_results');
  return presentKeyResult(keyResult, objective.id, versions.get(id) ?? 1);
}
