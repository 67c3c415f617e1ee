import { latestIndexAtOrBefore, type PreparedKpi } from '../kpi/prepared-kpi.js';
import type { CheckIn, DataPoint, Instant, KeyResult } from '../model.js';
import type { CycleSpan } from '../time.js';

/** Where a KR's current value came from. */
export type CurrentSource = 'kpi' | 'check_in' | 'baseline' | 'none';

export interface KrCurrent {
  readonly value: number | undefined;
  readonly at: Instant | undefined;
  readonly source: CurrentSource;
}

/**
 * The current value of a numeric KR (domain.md, "Key result progress"):
 *
 * - linked to a known KPI with a data point by then: the KPI's latest point. The reading
 *   stops at the cycle's end: once the cycle closes the KR is history and the KPI goes
 *   back to being a KPI, so next quarter's data must not re-grade this quarter's KR;
 * - else the latest check-in at or before the instant (a late check-in dated after the
 *   close still counts: late data for a closed cycle can be entered);
 * - with neither, the baseline (progress 0).
 */
export function krCurrent(
  checkIns: readonly CheckIn[],
  kr: KeyResult,
  asOf: Instant,
  span: CycleSpan | undefined,
  kpi: PreparedKpi | undefined,
): KrCurrent {
  if (kpi) {
    const until = span ? Math.min(asOf, span.end) : asOf;
    const index = latestIndexAtOrBefore(kpi.points, until);
    if (index >= 0) {
      const point = kpi.points[index] as DataPoint;
      return { value: point.value, at: point.at, source: 'kpi' };
    }
  }
  const latest = latestCheckIn(checkIns, asOf);
  if (latest) return { value: latest.value, at: latest.at, source: 'check_in' };
  if (kr.baseline !== undefined) return { value: kr.baseline, at: undefined, source: 'baseline' };
  return { value: undefined, at: undefined, source: 'none' };
}

/** The latest check-in at or before `asOf` from a time-sorted list. */
export function latestCheckIn(checkIns: readonly CheckIn[], asOf: Instant): CheckIn | undefined {
  const index = latestIndexAtOrBefore(checkIns, asOf);
  return index < 0 ? undefined : checkIns[index];
}
