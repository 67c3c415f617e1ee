import type { CheckIn, KeyResult, Objective } from '../../core/model.js';
import type { KeyResultEvaluation } from '../../core/okr/evaluate-key-result.js';
import type { ObjectiveEvaluation } from '../../core/okr/evaluate-objectives.js';
import type { CheckInRecord } from '../../service/records.js';
import { presentImpact } from './report.presenter.js';

export type Versions = ReadonlyMap<string, number>;

/**
 * Every field of an objective the API sends, its key results and their check-ins
 * included, with what the engine says of it as of the evaluation's instant: each
 * guardrail's status, each KPI-linked KR's impact verdict (the report's shapes).
 */
export function presentObjective(
  objective: Objective,
  versions: Versions,
  krVersions: Versions,
  evaluation: ObjectiveEvaluation | undefined,
) {
  const krEvaluations = new Map(evaluation?.keyResults.map((e) => [e.keyResult.id, e]));
  return {
    id: objective.id,
    title: objective.title,
    owner: objective.owner ?? null,
    team: objective.team ?? null,
    cycle: objective.cycle,
    type: objective.type,
    parent: objective.parents?.[0] ?? null,
    parents: [...(objective.parents ?? [])],
    guardrails: (evaluation?.guardrails ?? []).map((g) => ({
      kpi: g.kpi,
      status: g.status,
      breached: g.breached,
    })),
    keyResults: objective.keyResults.map((kr) =>
      presentKeyResult(kr, objective.id, krVersions.get(kr.id) ?? 1, krEvaluations.get(kr.id)),
    ),
    version: versions.get(objective.id) ?? 1,
  };
}

export function presentKeyResult(
  kr: KeyResult,
  objective: string,
  version: number,
  evaluation: KeyResultEvaluation | undefined,
) {
  return {
    id: kr.id,
    objective,
    title: kr.title,
    owner: kr.owner ?? null,
    baseline: kr.baseline ?? null,
    target: kr.target ?? null,
    unit: kr.unit ?? null,
    weight: kr.weight,
    kpi: kr.kpi ?? null,
    milestone: kr.milestone ?? false,
    done: kr.done ?? null,
    checkIns: [...kr.checkIns].sort((a, b) => a.at - b.at).map(presentCheckInSummary),
    impact: evaluation?.impact ? presentImpact(evaluation.impact) : null,
    version,
  };
}

export function presentCheckInSummary(c: CheckIn) {
  return {
    at: new Date(c.at).toISOString(),
    value: c.value,
    confidence: c.confidence ?? null,
    note: c.note ?? null,
    blockers: c.blockers ?? null,
  };
}

export function presentCheckIn(c: CheckInRecord) {
  return { ...presentCheckInSummary(c), id: c.id, keyResult: c.keyResult, version: c.version };
}
