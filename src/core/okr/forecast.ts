import { firstIndexAtOrAfter, latestIndexAtOrBefore, type PreparedKpi } from '../kpi/prepared-kpi.js';
import type { CheckIn, DataPoint, Instant, KeyResult } from '../model.js';
import type { Forecast } from '../report.types.js';
import { leastSquares, lineAt } from '../stats.js';
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
  const readings = kpi ? kpiReadings(kpi, asOf, span) : checkInReadings(checkIns, asOf);
  if (!readings) return undefined;
  const line = leastSquares(readings.xs, readings.ys);
  if (!line) return undefined;
  const value = lineAt(line, span.end);
  return { value, progress: numericProgress(kr.baseline, kr.target, value) };
}

interface Readings {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
}

function kpiReadings(kpi: PreparedKpi, asOf: Instant, span: CycleSpan): Readings | undefined {
  const from = firstIndexAtOrAfter(kpi.points, span.start);
  const to = latestIndexAtOrBefore(kpi.points, Math.min(asOf, span.end)) + 1;
  return collect(kpi.points, from, to);
}

function checkInReadings(checkIns: readonly CheckIn[], asOf: Instant): Readings | undefined {
  return collect(checkIns, 0, latestIndexAtOrBefore(checkIns, asOf) + 1);
}

function collect(items: readonly (DataPoint | CheckIn)[], from: number, to: number): Readings | undefined {
  const n = to - from;
  if (n < 2) return undefined;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[from + i] as DataPoint | CheckIn;
    xs[i] = item.at;
    ys[i] = item.value;
  }
  return { xs, ys };
}
