import { type PreparedKpi, sortedByTime } from '../kpi/prepared-kpi.js';
import { krDirection, krImpact } from '../loop/impact.js';
import type { CheckIn, Instant, KeyResult } from '../model.js';
import type { Forecast, KrImpact, KrStatus } from '../report.types.js';
import type { CycleSpan } from '../time.js';
import { expectedProgress } from './expected-progress.js';
import { forecastKr } from './forecast.js';
import { type KrBaseline, krBaseline } from './kr-baseline.js';
import { type KrCurrent, krCurrent, latestCheckIn } from './kr-current.js';
import { numericProgress } from './kr-progress.js';
import { progressStatus } from './kr-status.js';

/** Everything the engine knows about one key result as of an instant. */
export interface KeyResultEvaluation {
  readonly keyResult: KeyResult;
  /** The KR's own baseline, or for a KPI-linked KR without one the KPI's value at the cycle start. */
  readonly baseline: KrBaseline;
  readonly current: KrCurrent;
  /** In [0, 1]. */
  readonly progress: number;
  /** The cycle's expected progress at the instant, in [0, 1]. */
  readonly expected: number;
  readonly status: KrStatus;
  readonly forecast: Forecast | undefined;
  /** Confidence of the latest check-in at or before the instant. */
  readonly confidence: number | undefined;
  /** Did the work move the linked KPI? `undefined` for a KR without a known KPI or cycle. */
  readonly impact: KrImpact | undefined;
}

/**
 * Evaluates a KR in its objective's cycle. `span` is `undefined` when the cycle is
 * unknown: the KR is then judged as if the cycle had not begun to elapse (expected 0).
 * `kpis` resolves a linked KPI; a link to an unknown KPI falls back to check-ins.
 */
export function evaluateKeyResult(
  kr: KeyResult,
  span: CycleSpan | undefined,
  asOf: Instant,
  kpis?: ReadonlyMap<string, PreparedKpi>,
): KeyResultEvaluation {
  const checkIns = sortedByTime(kr.checkIns);
  const kpi = kr.kpi === undefined ? undefined : kpis?.get(kr.kpi);
  const latest = latestCheckIn(checkIns, asOf);
  const expected = span ? expectedProgress(span, asOf) : 0;
  const beforeStart = span !== undefined && asOf < span.start;
  const confidence = latest?.confidence;
  const baseline = krBaseline(kr, span, asOf, kpi);
  const impact =
    kpi && span
      ? krImpact(kpi, span, checkIns[0]?.at, asOf, krDirection(baseline.value, kr.target, kpi.kpi.healthy))
      : undefined;

  if (kr.milestone) {
    const progress = milestoneProgress(kr, latest);
    return {
      keyResult: kr,
      baseline,
      current: { value: progress, at: latest?.at, source: latest ? 'check_in' : 'none' },
      progress,
      expected,
      status: progressStatus(progress, expected, beforeStart),
      forecast: undefined,
      confidence,
      impact,
    };
  }

  // Progress and forecast read the baseline from the KR; one taken from the KPI's history
  // stands in for a missing one.
  const measured = baseline.source === 'kpi_at_cycle_start' ? { ...kr, baseline: baseline.value } : kr;
  const current = krCurrent(checkIns, measured, asOf, span, kpi);
  const progress = numericProgress(baseline.value, kr.target, current.value);
  return {
    keyResult: kr,
    baseline,
    current,
    progress,
    expected,
    status: progressStatus(progress, expected, beforeStart),
    forecast: forecastKr(measured, checkIns, asOf, span, kpi),
    confidence,
    impact,
  };
}

/**
 * A milestone is 0 or 1 (domain.md). It is done when marked `done`, or when its latest
 * check-in by then reports 1 (check-ins on a milestone read 0 = not yet, 1 = done).
 */
export function milestoneProgress(kr: KeyResult, latest: CheckIn | undefined): number {
  return kr.done === true || (latest !== undefined && latest.value >= 1) ? 1 : 0;
}
