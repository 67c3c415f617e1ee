import { evaluateKpi, type KpiEvaluation } from './kpi/evaluate-kpi.js';
import { type PreparedKpi, prepareKpi } from './kpi/prepared-kpi.js';
import { suggestedHealthy } from './kpi/suggested-range.js';
import { type HeldResult, heldVerdict } from './loop/held.js';
import { buildLoopIndex, type LoopIndex } from './loop/loop-index.js';
import { isNoise } from './loop/noise.js';
import { isUnansweredBreach } from './loop/unanswered-breach.js';
import type { Instant, Range, Workspace } from './model.js';
import { evaluateObjectives, type ObjectiveEvaluation } from './okr/evaluate-objectives.js';

/** A KPI's evaluation plus where it stands in the loop (domain.md, "The loop, made explicit"). */
export interface KpiLoopEvaluation extends KpiEvaluation {
  readonly unansweredBreach: boolean;
  readonly noise: boolean;
  /** The latest ratchet's verdict, or `undefined` for a KPI never ratcheted. */
  readonly held: HeldResult | undefined;
  /** For a KPI without a healthy range, one suggested from its history. */
  readonly suggestedHealthy: Range | undefined;
}

/**
 * The whole engine's view of a workspace at one instant, computed once and shared by the
 * report and the coach rules so nothing is evaluated twice.
 */
export interface WorkspaceEvaluation {
  readonly workspace: Workspace;
  readonly asOf: Instant;
  /** File order. */
  readonly kpis: readonly KpiLoopEvaluation[];
  readonly kpiById: ReadonlyMap<string, KpiLoopEvaluation>;
  /** File order. */
  readonly objectives: readonly ObjectiveEvaluation[];
  readonly objectiveById: ReadonlyMap<string, ObjectiveEvaluation>;
  readonly preparedKpis: ReadonlyMap<string, PreparedKpi>;
  readonly loop: LoopIndex;
}

/** Evaluates every KPI and objective of a workspace as of `asOf`. Pure. */
export function evaluateRecords(ws: Workspace, asOf: Instant): WorkspaceEvaluation {
  const preparedKpis = new Map<string, PreparedKpi>();
  const prepared = ws.kpis.map((kpi) => {
    const p = prepareKpi(kpi);
    preparedKpis.set(kpi.id, p);
    return p;
  });
  const loop = buildLoopIndex(ws);
  const kpis = prepared.map((p): KpiLoopEvaluation => {
    const e = evaluateKpi(p, asOf);
    // Listed field by field rather than spread: a literal of known shape is several times
    // cheaper for V8 to build, and this runs once per KPI on every report.
    return {
      kpi: e.kpi,
      prepared: e.prepared,
      asOf: e.asOf,
      status: e.status,
      latest: e.latest,
      stale: e.stale,
      streak: e.streak,
      trend: e.trend,
      recent: e.recent,
      unansweredBreach: isUnansweredBreach(e, loop, asOf),
      noise: isNoise(p, loop, asOf),
      held: heldVerdict(p, asOf),
      suggestedHealthy: suggestedHealthy(p, asOf),
    };
  });
  const objectives = evaluateObjectives(ws, asOf, preparedKpis);
  return {
    workspace: ws,
    asOf,
    kpis,
    kpiById: new Map(kpis.map((k) => [k.kpi.id, k])),
    objectives,
    objectiveById: new Map(objectives.map((o) => [o.objective.id, o])),
    preparedKpis,
    loop,
  };
}
