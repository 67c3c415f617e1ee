import type { DataPoint, Instant, Kpi } from '../model.js';
import type { KpiStatus } from '../report.types.js';
import { type BreachStreak, breachStreak } from './breach-streak.js';
import { statusOfValue } from './kpi-status.js';
import { latestIndexAtOrBefore, type PreparedKpi, prepareKpi } from './prepared-kpi.js';
import { recentRange, type TrendResult, trendOf } from './trend.js';

/** domain.md: stale when the latest point is older than 1.5 × the cadence period. */
export const STALE_AFTER_PERIODS = 1.5;

/** Everything the engine knows about one KPI as of an instant. */
export interface KpiEvaluation {
  readonly kpi: Kpi;
  readonly prepared: PreparedKpi;
  readonly asOf: Instant;
  readonly status: KpiStatus;
  /** The latest data point at or before the instant. */
  readonly latest: DataPoint | undefined;
  /** False with no data: "no data" is its own state, not a stale one. */
  readonly stale: boolean;
  readonly streak: BreachStreak;
  readonly trend: TrendResult | undefined;
  /** Values of the recent points (the trend's window), oldest first. */
  readonly recent: readonly number[];
}

/** Evaluates a KPI as of `asOf`. Pass a `PreparedKpi` to reuse its sorted points. */
export function evaluateKpi(kpiOrPrepared: Kpi | PreparedKpi, asOf: Instant): KpiEvaluation {
  const prepared = 'periodMs' in kpiOrPrepared ? kpiOrPrepared : prepareKpi(kpiOrPrepared);
  const { kpi, points, periodMs } = prepared;
  const index = latestIndexAtOrBefore(points, asOf);
  if (index < 0) {
    return {
      kpi,
      prepared,
      asOf,
      status: 'no_data',
      latest: undefined,
      stale: false,
      streak: breachStreak(points, index, kpi.healthy),
      trend: undefined,
      recent: [],
    };
  }
  const latest = points[index] as DataPoint;
  const { from, to } = recentRange(points, index, asOf, periodMs);
  const recent: number[] = [];
  for (let i = from; i < to; i++) recent.push((points[i] as DataPoint).value);
  return {
    kpi,
    prepared,
    asOf,
    status: statusOfValue(latest.value, kpi.healthy, kpi.warning),
    latest,
    stale: asOf - latest.at > STALE_AFTER_PERIODS * periodMs,
    streak: breachStreak(points, index, kpi.healthy),
    trend: trendOf(points, from, to, periodMs, kpi.healthy),
    recent,
  };
}
