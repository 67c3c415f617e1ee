/**
 * The Hodges–Lehmann estimate of a shift between two samples, with the distribution-free
 * confidence interval that inverts the Mann–Whitney test (Hollander & Wolfe, "Nonparametric
 * Statistical Methods", §4.3). It asks "by how much did the values move?" without assuming
 * the values are normal, and one wild point cannot drag it far: the estimate is the median
 * of every pairwise difference `after − before`, and the interval's ends are two order
 * statistics of those differences.
 */

import { kthDifferences, type Values } from './kth-difference.js';

/** A shift `after − before` and its interval, in the samples' unit. */
export interface ShiftEstimate {
  readonly shift: number;
  readonly low: number;
  readonly high: number;
}

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * The Hodges–Lehmann shift of `after` against `before` with its two-sided interval at the
 * level `z` stands for (95% by default), or `undefined` when a sample is empty.
 *
 * The interval runs from the (u+1)-th smallest to the (u+1)-th largest of the m·n pairwise
 * differences (found by `kthDifferences` without writing them all out), where u is the lower critical value of the Mann–Whitney U statistic. u comes
 * from the normal approximation with a continuity correction,
 * `u = ⌊mn/2 − z·√(mn(m+n+1)/12) − ½⌋`: for samples of 4 to 30 points at 95% it equals the
 * exact value or is one rank more cautious, never narrower (the tests check it). Ties are not corrected for: that only widens the interval (the
 * cautious side for a verdict).
 */
export function hodgesLehmann(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  z: number = Z_95,
): ShiftEstimate | undefined {
  return hodgesLehmannSorted(sortedCopy(before), sortedCopy(after), z);
}

/** `hodgesLehmann` for samples already sorted ascending (the engine sorts each window once). */
export function hodgesLehmannSorted(b: Values, a: Values, z: number = Z_95): ShiftEstimate | undefined {
  const m = b.length;
  const n = a.length;
  if (m === 0 || n === 0) return undefined;
  const total = m * n;
  const u = lowerCriticalRank(m, n, z);
  const middle = (total - 1) >>> 1;
  // With an even count the median is the mean of its two middle differences.
  const upperMiddle = total % 2 === 1 ? middle : middle + 1;
  const [lower, upper, low, high] = kthDifferences(b, a, [middle, upperMiddle, u, total - 1 - u]) as [
    number,
    number,
    number,
    number,
  ];
  return { shift: (lower + upper) / 2, low, high };
}

/** The Mann–Whitney lower critical value u (0-based rank of the interval's low end). */
export function lowerCriticalRank(m: number, n: number, z: number = Z_95): number {
  const mn = m * n;
  const sd = Math.sqrt((mn * (m + n + 1)) / 12);
  const u = Math.floor(mn / 2 - z * sd - 0.5);
  return Math.min(Math.max(u, 0), Math.floor((mn - 1) / 2));
}

/** The median of a sorted, non-empty list. */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const mid = n >>> 1;
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of any non-empty list (not modified). */
export function median(values: ArrayLike<number>): number {
  return medianOfSorted(sortedCopy(values));
}

function sortedCopy(values: ArrayLike<number>): Values {
  return Float64Array.from(values).sort();
}
