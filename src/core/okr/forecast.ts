import { firstIndexAtOrAfter, latestIndexAtOrBefore, type PreparedKpi } from '../kpi/prepared-kpi.js';
import type { CheckIn, Instant, KeyResult } from '../model.js';
import type { Forecast } from '../report.types.js';
import { leastSquaresOverTime, lineAt } from '../stats.js';
import type { CycleSpan } from '../time.js';
import { numericProgress } from './kr-progress.js';

/**
 * Where the KR is heading (domain.md): a least-squares line through its readings so far,
 * read at the last millisecond of the cycle. Readings are the check-ins at or before the
 * instant, or for a KR linked to a KPI the KPI's points inside the cycle up to the
 * instant. Two readings at different instants are the minimum; a milestone has no
 * forecast (it is done or not).
 */
export function forecastKr(
  kr: KeyResult,
  checkIns: readonly CheckIn[],
  asOf: Instant,
  span: CycleSpan | undefined,
  kpi: PreparedKpi | undefined,
): Forecast | undefined {
  if (kr.milestone || !span) return undefined;
  const line = kpi
    ? leastSquaresOverTime(
        kpi.points,
        firstIndexAtOrAfter(kpi.points, span.start),
        latestIndexAtOrBefore(kpi.points, Math.min(asOf, span.end)) + 1,
      )
    : leastSquaresOverTime(checkIns, 0, latestIndexAtOrBefore(checkIns, asOf) + 1);
  if (!line) return undefined;
  const value = lineAt(line, span.end);
  return { value, progress: numericProgress(kr.baseline, kr.target, value) };
}
