import { sortNumbers } from '../kth-difference.js';
import type { DataPoint, Instant, Range } from '../model.js';
import { medianOfSorted } from '../shift-estimate.js';
import { latestIndexAtOrBefore, type PreparedKpi } from './prepared-kpi.js';
import { rangeKind } from './range.js';

/** How many of the latest points the suggestion reads, and how few are too few. */
export const SUGGEST_MAX_POINTS = 30;
export const SUGGEST_MIN_POINTS = 8;
/** Half-width of the suggested band in robust standard deviations (1.4826 × MAD). */
export const SUGGEST_WIDTH_SDS = 3;
/** A flat series still gets a band: at least ±5% of its median. */
export const SUGGEST_MIN_HALF_WIDTH_SHARE = 0.05;
const MAD_TO_SD = 1.4826;
const MEAN_DEVIATION_TO_SD = 1.2533;

/**
 * A healthy range suggested from a KPI's own history, for a KPI that has none ("a KPI
 * without a threshold is just a number"). It is the band the KPI usually lives in:
 * median ± 3 robust standard deviations (1.4826 × the median absolute deviation) over its
 * latest 30 points at or before the instant, 8 at least.
 *
 * Why this statistic: median and MAD ignore the odd spike (a percentile band over 30
 * points moves with two of them), and ±3 robust standard deviations holds about 99% of an
 * ordinary series, so the suggestion flags departures rather than the usual wobble. It is
 * a `between` range because history cannot say which side is good; the owner can drop a
 * side. The lower bound stops at 0 for a series that was never negative, and both bounds
 * are rounded to two significant digits of the band's half-width, so the owner accepts
 * numbers a person would write. `undefined` when the KPI has a range or too few points.
 */
export function suggestedHealthy(prepared: PreparedKpi, asOf: Instant): Range | undefined {
  if (rangeKind(prepared.kpi.healthy) !== undefined) return undefined;
  const last = latestIndexAtOrBefore(prepared.points, asOf);
  const first = Math.max(0, last + 1 - SUGGEST_MAX_POINTS);
  if (last + 1 - first < SUGGEST_MIN_POINTS) return undefined;
  const values: number[] = [];
  for (let i = first; i <= last; i++) values.push((prepared.points[i] as DataPoint).value);
  return robustBand(values);
}

/**
 * median ± max(3 robust SDs, 5% of |median|), rounded; `undefined` for a band of width 0.
 * When more than half the values sit on the median (a count that is mostly 0) the MAD is
 * 0, and the mean absolute deviation from the median stands in for it.
 */
export function robustBand(values: readonly number[]): Range | undefined {
  const sorted = sortNumbers(Float64Array.from(values));
  const median = medianOfSorted(sorted);
  const deviations = sorted.map((v) => Math.abs(v - median));
  const mad = medianOfSorted(sortNumbers(deviations.slice()));
  const sd =
    mad > 0
      ? MAD_TO_SD * mad
      : (MEAN_DEVIATION_TO_SD * deviations.reduce((sum, d) => sum + d, 0)) / deviations.length;
  const halfWidth = Math.max(SUGGEST_WIDTH_SDS * sd, SUGGEST_MIN_HALF_WIDTH_SHARE * Math.abs(median));
  if (!(halfWidth > 0) || !Number.isFinite(halfWidth)) return undefined;
  const step = 10 ** (Math.floor(Math.log10(halfWidth)) - 1);
  const round = (x: number) => Number((Math.round(x / step) * step).toPrecision(12));
  const neverNegative = (sorted[0] as number) >= 0;
  const min = round(median - halfWidth);
  return { min: neverNegative ? Math.max(0, min) : min, max: round(median + halfWidth) };
}
