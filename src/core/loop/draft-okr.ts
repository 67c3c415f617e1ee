import { evaluateKpi, type KpiEvaluation } from '../kpi/evaluate-kpi.js';
import { midpoint, violatedBound } from '../kpi/range.js';
import type { Cycle, Instant, KeyResult, Objective, Range, Workspace } from '../model.js';
import { generatedKrTitle } from '../okr/kr-title.js';
import { currentOrNextCycle } from './choose-cycle.js';
import { inSentence } from './in-sentence.js';
import { tightenedRange } from './ratchet-proposals.js';

export type NoDraftReason = 'unknown_kpi' | 'no_data' | 'no_threshold' | 'healthy' | 'no_cycle';

/**
 * The two targets a draft can aim at: the healthy bound itself ("back to healthy") and a
 * target past it ("raise the floor"), absent when the bound leaves no room past it.
 */
export interface DraftTargets {
  readonly backToHealthy: number;
  readonly raiseTheFloor: number | undefined;
}

export type DraftResult =
  | {
      readonly ok: true;
      readonly objective: Objective;
      readonly keyResult: KeyResult;
      readonly cycle: Cycle;
      readonly targets: DraftTargets;
      /** Whether achieving the drafted KR proposes a ratchet at close (its target lies past the bound). */
      readonly ratchets: boolean;
    }
  | { readonly ok: false; readonly reason: NoDraftReason; readonly message: string };

export interface DraftIds {
  readonly objective: string;
  readonly keyResult: string;
}

export interface DraftOptions {
  readonly ids?: DraftIds;
  /** Aim past the bound ("raise the floor") instead of at it. */
  readonly stretch?: boolean;
}

/**
 * domain.md, "Drafted OKR from a KPI": objective "Bring ‹KPI› back to healthy" with one
 * KR "Reduce/Increase ‹KPI› from ‹current› to ‹bound›": baseline = current, target =
 * the violated bound (the midpoint of a `between` range), linked to the KPI, in the cycle
 * containing the instant or else the next one. The objective is committed: getting a
 * KPI back to healthy is a must, not a stretch. Ids are parameters (the core makes none
 * up at random); by default they derive from the KPI id.
 */
export function draftOkrFromKpi(
  ws: Workspace,
  kpiId: string,
  asOf: Instant,
  options: DraftOptions = {},
): DraftResult {
  const kpi = ws.kpis.find((k) => k.id === kpiId);
  if (!kpi)
    return none('unknown_kpi', `There is no KPI with id "${kpiId}". Check the id in the workspace file.`);
  return draftFromEvaluation(ws, evaluateKpi(kpi, asOf), options);
}

/** The same draft from a KPI already evaluated (the coach has one for every KPI). */
export function draftFromEvaluation(
  ws: Workspace,
  evaluation: KpiEvaluation,
  options: DraftOptions = {},
): DraftResult {
  const { ids } = options;
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

  const targets = draftTargets(kpi.healthy, kpi.warning, side);
  const target = options.stretch ? (targets.raiseTheFloor ?? targets.backToHealthy) : targets.backToHealthy;
  const format = { locale: ws.locale, currency: ws.currency };
  const krId = ids?.keyResult ?? `${kpi.id}-back-to-healthy-kr`;
  const keyResult: KeyResult = {
    id: krId,
    title: generatedKrTitle(named, { baseline: current, target, unit: kpi.unit }, format),
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
  const ratchets = tightenedRange(keyResult, kpi.healthy) !== undefined;
  return { ok: true, objective, keyResult, cycle, targets, ratchets };
}

/**
 * "Back to healthy" is the violated bound (the midpoint of a `between` range). "Raise the
 * floor" goes past the bound by the warning band's width on that side, or by 10% of the
 * bound when there is no band, or when the band is so wide that the target would cross
 * zero. A `between` range never aims past its midpoint, and a bound of zero leaves no
 * 10% to go: then there is no stretch target.
 */
export function draftTargets(healthy: Range, warning: Range | undefined, side: 'min' | 'max'): DraftTargets {
  const bound = (side === 'max' ? healthy.max : healthy.min) as number;
  const mid = midpoint(healthy);
  const backToHealthy = mid ?? bound;
  const band = side === 'max' ? (warning?.max ?? bound) - bound : bound - (warning?.min ?? bound);
  const tenth = Math.abs(bound) / 10;
  const step = band > 0 && band < Math.abs(bound) ? band : tenth;
  if (step === 0) return { backToHealthy, raiseTheFloor: undefined };
  let stretch = tidyPast(side === 'max' ? bound - step : bound + step, bound, side);
  if (mid !== undefined) stretch = side === 'max' ? Math.max(stretch, mid) : Math.min(stretch, mid);
  return { backToHealthy, raiseTheFloor: stretch === backToHealthy ? undefined : stretch };
}

/** Rounds away binary noise (4.2 + 0.6 = 4.800000000000001) unless that would land back on the bound. */
function tidyPast(x: number, bound: number, side: 'min' | 'max'): number {
  const tidy = Number(x.toPrecision(12));
  return (side === 'max' ? tidy < bound : tidy > bound) ? tidy : x;
}

function none(reason: NoDraftReason, message: string): DraftResult {
  return { ok: false, reason, message };
}
