import { prepareKpi } from '../../core/kpi/prepared-kpi.js';
import type { KeyResult, Objective, Workspace } from '../../core/model.js';
import { evaluateObjectives, type ObjectiveEvaluation } from '../../core/okr/evaluate-objectives.js';
import { endOfDate, toIsoDate } from '../../core/time.js';
import { NotFoundError } from '../../service/errors.js';
import { recordVersions } from '../../service/record-versions.js';
import type { WorkspaceScope } from '../env.js';
import type { OwnedRecord } from '../middleware/workspace-scope.js';
import { presentKeyResult, presentObjective } from '../presenters/objective.presenter.js';
import type { ServerDeps } from '../server-deps.js';
import type { Snapshot, WorkspaceSnapshots } from '../workspace-snapshots.js';

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
export function keyResultOwnership(
  objective: Pick<Objective, 'owner' | 'team'>,
  keyResult: {
    readonly id?: string | undefined;
    readonly title?: string;
    readonly owner?: string | undefined;
  },
): OwnedRecord {
  return {
    kind: 'key result',
    id: keyResult.id ?? keyResult.title ?? 'new',
    owner: keyResult.owner ?? objective.owner,
    team: objective.team,
  };
}

/**
 * A key result's edit for `assertMayEdit`: as it was, as it will be, and the KPI a new
 * link ties it to (keeping an existing link is no new claim on that KPI).
 */
export function keyResultEdit(
  ws: Workspace,
  objective: Pick<Objective, 'owner' | 'team'>,
  after: { readonly id?: string; readonly title?: string; readonly owner?: string; readonly kpi?: string },
  before?: KeyResult,
) {
  const kpi = after.kpi === before?.kpi ? undefined : ws.kpis.find((k) => k.id === after.kpi);
  return {
    ...(before && { before: keyResultOwnership(objective, before) }),
    after: keyResultOwnership(objective, after),
    links: kpi ? [{ kind: 'KPI', id: kpi.id, owner: kpi.owner, team: kpi.team }] : [],
  };
}

export async function objectiveVersions(deps: ServerDeps, scope: WorkspaceScope) {
  const [objectives, keyResults] = await Promise.all([
    recordVersions(deps.store, scope.workspace.id, 'objectives'),
    recordVersions(deps.store, scope.workspace.id, 'key_results'),
  ]);
  return { objectives, keyResults };
}

/**
 * What the engine says of every objective as of the end of today (GET /report's default
 * instant, so an objective's record and the report agree): guardrail states and impact
 * verdicts. Kept with the snapshot for the day, so a list of objectives costs one evaluation.
 */
export function objectiveEvaluations(
  snapshot: Snapshot,
  now: number,
): ReadonlyMap<string, ObjectiveEvaluation> {
  const today = toIsoDate(now);
  const key = `objectives|${today}`;
  let evaluations = snapshot.derived.get(key) as ReadonlyMap<string, ObjectiveEvaluation> | undefined;
  if (evaluations === undefined) {
    const ws = snapshot.workspace;
    const kpis = new Map(ws.kpis.map((k) => [k.id, prepareKpi(k)]));
    const asOf = endOfDate(today) ?? now;
    evaluations = new Map(evaluateObjectives(ws, asOf, kpis).map((e) => [e.objective.id, e]));
    for (const old of snapshot.derived.keys())
      if (old.startsWith('objectives|')) snapshot.derived.delete(old);
    snapshot.derived.set(key, evaluations);
  }
  return evaluations;
}

export async function storedObjective(
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  scope: WorkspaceScope,
  id: string,
) {
  const snapshot = await snapshots.get(scope.workspace);
  const versions = await objectiveVersions(deps, scope);
  const objective = findObjective(snapshot.workspace, id);
  const evaluation = objectiveEvaluations(snapshot, deps.now()).get(id);
  return presentObjective(objective, versions.objectives, versions.keyResults, evaluation);
}

export async function storedKeyResult(
  deps: ServerDeps,
  snapshots: WorkspaceSnapshots,
  scope: WorkspaceScope,
  id: string,
) {
  const snapshot = await snapshots.get(scope.workspace);
  const { objective, keyResult } = findKeyResult(snapshot.workspace, id);
  const versions = await recordVersions(deps.store, scope.workspace.id, 'key_results');
  const evaluation = objectiveEvaluations(snapshot, deps.now())
    .get(objective.id)
    ?.keyResults.find((e) => e.keyResult.id === id);
  return presentKeyResult(keyResult, objective.id, versions.get(id) ?? 1, evaluation);
}
