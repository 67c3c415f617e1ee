import type { DataPoint, Instant, Range } from '../model.js';
import type { TrendWord } from '../report.types.js';
import { leastSquaresOverTime } from '../stats.js';
import { firstIndexAtOrAfter } from './prepared-kpi.js';
import { midpoint, rangeKind } from './range.js';

/**
 * "Recent" for a trend: at most the last 8 points, and only those within the last 8
 * cadence periods before the instant. Eight periods is two months of weekly data or
 * eight months of monthly data: long enough to see a direction, short enough that last
 * year's story does not drown this month's. A KPI that stopped reporting loses its trend
 * rather than showing an old one.
 */
export const TREND_MAX_POINTS = 8;
export const TREND_WINDOW_PERIODS = 8;

/**
 * A trend is flat when the fitted line would move less than 5% of the KPI's scale over
 * the whole 8-period window. The scale is the width of a `between` range, else the size
 * of the bound (or of the recent values, when the bound is 0), so "flat" means the same
 * for a churn rate of 3% and a revenue of 80,000.
 */
export const FLAT_SHARE = 0.05;

export interface TrendResult {
  /** `undefined` without a healthy range: with no good side there is no better or worse. */
  readonly word: TrendWord | undefined;
  /** Least-squares slope in the KPI's unit per cadence period. */
  readonly slopePerPeriod: number;
  readonly points: number;
}

/** Index range `[from, to)` of the recent points, given the latest point's index. */
export function recentRange(
  points: readonly DataPoint[],
  latestIndex: number,
  asOf: Instant,
  periodMs: number,
): { readonly from: number; readonly to: number } {
  const to = latestIndex + 1;
  const windowStart = firstIndexAtOrAfter(points, asOf - TREND_WINDOW_PERIODS * periodMs);
  return { from: Math.max(windowStart, to - TREND_MAX_POINTS, 0), to };
}

/** The trend over points `[from, to)`, or `undefined` with fewer than two distinct instants. */
export function trendOf(
  points: readonly DataPoint[],
  from: number,
  to: number,
  periodMs: number,
  healthy?: Range,
): TrendResult | undefined {
  const line = leastSquaresOverTime(points, from, to);
  if (!line) return undefined;
  // Fitted per millisecond, reported per cadence period.
  const slopePerPeriod = line.slope * periodMs;
  const latest = (points[to - 1] as DataPoint).value;
  return {
    word: judge(slopePerPeriod, latest, healthy, () => meanMagnitude(points, from, to)),
    slopePerPeriod,
    points: to - from,
  };
}

function judge(
  slope: number,
  latest: number,
  healthy: Range | undefined,
  fallbackScale: () => number,
): TrendWord | undefined {
  const kind = rangeKind(healthy);
  if (!healthy || kind === undefined) return undefined;
  if (Math.abs(slope) * TREND_WINDOW_PERIODS <= FLAT_SHARE * scaleOf(healthy, fallbackScale)) return 'flat';
  let goodDirection: number;
  if (kind === 'at_most') goodDirection = -1;
  else if (kind === 'at_least') goodDirection = 1;
  else {
    // Between: toward the middle is better; sitting on the middle, any move is away from it.
    const mid = midpoint(healthy) as number;
    goodDirection = latest > mid ? -1 : latest < mid ? 1 : 0;
  }
  return Math.sign(slope) === goodDirection ? 'improving' : 'worsening';
}

function scaleOf(healthy: Range, fallbackScale: () => number): number {
  if (healthy.min !== undefined && healthy.max !== undefined) return Math.abs(healthy.max - healthy.min);
  const bound = Math.abs(healthy.max ?? healthy.min ?? 0);
  return bound > 0 ? bound : fallbackScale();
}

function meanMagnitude(points: readonly DataPoint[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += Math.abs((points[i] as DataPoint).value);
  return sum / (to - from);
}
