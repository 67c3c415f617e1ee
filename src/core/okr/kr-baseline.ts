import { firstIndexAtOrAfter, latestIndexAtOrBefore, type PreparedKpi } from '../kpi/prepared-kpi.js';
import type { DataPoint, Instant, KeyResult } from '../model.js';
import type { CycleSpan } from '../time.js';

/** Where a KR's baseline came from: written on the KR, or read from its KPI's history. */
export type BaselineSource = 'key_result' | 'kpi_at_cycle_start';

export interface KrBaseline {
  readonly value: number | undefined;
  readonly source: BaselineSource | undefined;
}

/**
 * The baseline a KR is measured from (domain.md: "a KPI-linked KR without a baseline takes
 * the KPI's value at the cycle start"). The value at the start is the KPI's latest point
 * at or before the start's 00:00; a KPI that began reporting during the cycle gives its
 * first point instead. Only points known by the instant count, so the past never sees
 * the future; a written baseline always wins.
 */
export function krBaseline(
  kr: KeyResult,
  span: CycleSpan | undefined,
  asOf: Instant,
  kpi: PreparedKpi | undefined,
): KrBaseline {
  if (kr.baseline !== undefined) return { value: kr.baseline, source: 'key_result' };
  if (kr.milestone || !kpi || !span) return { value: undefined, source: undefined };
  const value = kpiValueAtStart(kpi, span, asOf);
  return value === undefined
    ? { value: undefined, source: undefined }
    : { value, source: 'kpi_at_cycle_start' };
}

/** The KPI's value when the cycle began, as known at `asOf`, or `undefined`. */
export function kpiValueAtStart(kpi: PreparedKpi, span: CycleSpan, asOf: Instant): number | undefined {
  const atStart = latestIndexAtOrBefore(kpi.points, Math.min(span.start, asOf));
  if (atStart >= 0) return (kpi.points[atStart] as DataPoint).value;
  const first = kpi.points[firstIndexAtOrAfter(kpi.points, span.start)];
  return first !== undefined && first.at <= Math.min(asOf, span.end) ? first.value : undefined;
}
