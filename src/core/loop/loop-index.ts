import type { Cycle, Instant, KeyResult, Objective, Workspace } from '../model.js';
import { spanOf } from '../okr/expected-progress.js';
import type { CycleSpan } from '../time.js';

/** A key result that points at a KPI, with where it lives. */
export interface LinkedKeyResult {
  readonly keyResult: KeyResult;
  readonly objective: Objective;
  /** `undefined` when the objective's cycle is unknown or invalid. */
  readonly span: CycleSpan | undefined;
}

/**
 * Lookups the loop's questions share ("was this breach answered?", "is this KPI noise?"),
 * built in one pass so that asking them for every KPI stays linear in the workspace.
 */
export interface LoopIndex {
  /** Decision instants per KPI id, oldest first. */
  readonly decisionsByKpi: ReadonlyMap<string, readonly Instant[]>;
  readonly linkedByKpi: ReadonlyMap<string, readonly LinkedKeyResult[]>;
}

export function buildLoopIndex(ws: Workspace): LoopIndex {
  const decisionsByKpi = new Map<string, Instant[]>();
  for (const d of ws.decisions) push(decisionsByKpi, d.kpi, d.at);
  for (const list of decisionsByKpi.values()) list.sort((a, b) => a - b);

  const cycles = new Map<string, Cycle>(ws.cycles.map((c) => [c.id, c]));
  const linkedByKpi = new Map<string, LinkedKeyResult[]>();
  for (const objective of ws.objectives) {
    const span = spanOf(cycles.get(objective.cycle));
    for (const keyResult of objective.keyResults) {
      if (keyResult.kpi !== undefined) push(linkedByKpi, keyResult.kpi, { keyResult, objective, span });
    }
  }
  return { decisionsByKpi, linkedByKpi };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether any decision on the KPI is dated within [from, to]. */
export function hasDecisionBetween(index: LoopIndex, kpiId: string, from: Instant, to: Instant): boolean {
  const list = index.decisionsByKpi.get(kpiId);
  if (!list) return false;
  for (const at of list) {
    if (at > to) return false;
    if (at >= from) return true;
  }
  return false;
}

/** Whether a KR linked to the KPI sits in a cycle overlapping [from, to]. */
export function hasLinkedKrOverlapping(index: LoopIndex, kpiId: string, from: Instant, to: Instant): boolean {
  const list = index.linkedByKpi.get(kpiId);
  if (!list) return false;
  return list.some((l) => l.span !== undefined && l.span.start <= to && l.span.end >= from);
}
