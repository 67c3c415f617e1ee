import type { DataPoint, Instant, Kpi } from '../model.js';
import { cadencePeriodMs } from '../time.js';

/**
 * A KPI with its data points in time order, ready for as-of lookups by binary search.
 * Files may list points in any order (model.ts); the engine sorts once here and never
 * again, so every later question ("latest at or before t", "points in a window") is a
 * binary search plus a short walk.
 */
export interface PreparedKpi {
  readonly kpi: Kpi;
  /** Sorted by `at`, oldest first; ties keep file order, so the later-listed point wins. */
  readonly points: readonly DataPoint[];
  /** One cadence period in milliseconds. */
  readonly periodMs: number;
}

/** Sorts a KPI's points once. Already-ordered series (the common case) are used as they are. */
export function prepareKpi(kpi: Kpi): PreparedKpi {
  return { kpi, points: sortedByTime(kpi.points), periodMs: cadencePeriodMs(kpi.cadence) };
}

/** A time-sorted view of `items`: the same array when already in order, else a sorted copy. */
export function sortedByTime<T extends { readonly at: Instant }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    if ((items[i] as T).at < (items[i - 1] as T).at) {
      return [...items].sort((a, b) => a.at - b.at);
    }
  }
  return items;
}

/** Index of the latest item at or before `t` in a time-sorted list, or -1 when there is none. */
export function latestIndexAtOrBefore(items: readonly { readonly at: Instant }[], t: Instant): number {
  let lo = 0;
  let hi = items.length;
  // First index whose `at` is after t; the one before it is the answer.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { at: Instant }).at <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first item at or after `t` in a time-sorted list (`items.length` when none). */
export function firstIndexAtOrAfter(items: readonly { readonly at: Instant }[], t: Instant): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { at: Instant }).at < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
