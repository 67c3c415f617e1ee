import { formatValue } from '../format.js';
import { evaluateKpi, type KpiEvaluation } from '../kpi/evaluate-kpi.js';
import { midpoint, violatedBound } from '../kpi/range.js';
import type { Cycle, Instant, KeyResult, Kpi, Objective, Workspace } from '../model.js';
import { currentOrNextCycle } from './choose-cycle.js';
import { inSentence } from './in-sentence.js';

export type NoDraftReason = 'unknown_kpi' | 'no_data' | 'no_threshold' | 'healthy' | 'no_cycle';

export type DraftResult =
  | { readonly ok: true; readonly objective: Objective; readonly keyResult: KeyResult; readonly cycle: Cycle }
  | { readonly ok: false; readonly reason: NoDraftReason; readonly message: string };

export interface DraftIds {
  readonly objective: string;
  readonly keyResult: string;
}

/**
 * domain.md, "Drafted OKR from a KPI": objective "Bring ‹KPI› back to healthy" with one
 * KR "Reduce/Increase ‹KPI› from ‹current› to ‹bound›": baseline = current, target =
 * the violated bound (the midpoint of a `between` range), linked to the KPI, in the cycle
 * containing the instant or else the next one. The objective is committed: getting a
 * KPI back to healthy is a must, not a stretch. Ids are parameters (the core makes none
 * up at random); by default they derive from the KPI id.
 */
export function draftOkrFromKpi(ws: Workspace, kpiId: string, asOf: Instant, ids?: DraftIds): DraftResult {
  const kpi = ws.kpis.find((k) => k.id === kpiId);
  if (!kpi)
    return none('unknown_kpi', `There is no KPI with id "${kpiId}". Check the id in the workspace file.`);
  return draftFromEvaluation(ws, evaluateKpi(kpi, asOf), ids);
}

/** The same draft from a KPI already evaluated (the coach has one for every KPI). */
export function draftFromEvaluation(ws: Workspace, evaluation: KpiEvaluation, ids?: DraftIds): DraftResult {
  const { kpi, asOf } = evaluation;
  const name = kpi.name;
  const named = inSentence(name);
  if (evaluation.status === 'no_data' || !evaluation.latest) {
    return none('no_data', `${name} has no data yet: add a data point before drafting an OKR to fix it.`);
  }
  if (evaluation.status === 'no_threshold' || !kpi.healthy) {
    return none('no_threshold', `${name} has no healthy range, so it cannot be out of it: set one first.`);
  }
  const current = evaluation.latest.value;
  const side = violatedBound(current, kpi.healthy);
  if (evaluation.status === 'healthy' || side === undefined) {
    return none('healthy', `${name} is healthy: there is nothing to bring back.`);
  }
  const cycle = currentOrNextCycle(ws.cycles, asOf);
  if (!cycle) return none('no_cycle', 'There is no current or upcoming cycle: add one to plan the OKR in.');

  const target = targetFor(kpi, side);
  const verb = target < current ? 'Reduce' : 'Increase';
  const format = { locale: ws.locale, currency: ws.currency };
  const from = formatValue(current, kpi.unit, format);
  const to = formatValue(target, kpi.unit, format);
  const krId = ids?.keyResult ?? `${kpi.id}-back-to-healthy-kr`;
  const keyResult: KeyResult = {
    id: krId,
    title: `${verb} ${named} from ${from} to ${to}`,
    ...(kpi.owner !== undefined && { owner: kpi.owner }),
    baseline: current,
    target,
    ...(kpi.unit !== undefined && { unit: kpi.unit }),
    weight: 1,
    kpi: kpi.id,
    checkIns: [],
  };
  const objective: Objective = {
    id: ids?.objective ?? `${kpi.id}-back-to-healthy`,
    title: `Bring ${named} back to healthy`,
    ...(kpi.owner !== undefined && { owner: kpi.owner }),
    ...(kpi.team !== undefined && { team: kpi.team }),
    cycle: cycle.id,
    type: 'committed',
    keyResults: [keyResult],
  };
  return { ok: true, objective, keyResult, cycle };
}

function targetFor(kpi: Kpi, side: 'min' | 'max'): number {
  const healthy = kpi.healthy ?? {};
  const mid = midpoint(healthy);
  if (mid !== undefined) return mid;
  return (side === 'max' ? healthy.max : healthy.min) as number;
}

function none(reason: NoDraftReason, message: string): DraftResult {
  return { ok: false, reason, message };
}
