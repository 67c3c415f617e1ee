import type { PreparedKpi } from '../kpi/prepared-kpi.js';
import { firstIndexAtOrAfter, latestIndexAtOrBefore } from '../kpi/prepared-kpi.js';
import { rangeKind, rangeLimits } from '../kpi/range.js';
import type { DataPoint, Instant } from '../model.js';
import { DAY_MS } from '../time.js';
import { hasDecisionBetween, hasLinkedKrOverlapping, type LoopIndex } from './loop-index.js';

/** domain.md, "Noise": judged over the last 180 days. */
export const NOISE_WINDOW_DAYS = 180;

/**
 * A KPI is probably noise when, over the last 180 days, it never left its healthy range
 * and never led to a decision or a KR (a linked KR in a cycle overlapping the window).
 * Only KPIs that can be judged qualify: one with a healthy range, data at least 180
 * days old (a new KPI has not had the chance to matter yet) and a point inside the
 * window (a silent KPI is stale, which is a different finding).
 */
export function isNoise(prepared: PreparedKpi, index: LoopIndex, asOf: Instant): boolean {
  const { kpi, points } = prepared;
  if (!kpi.healthy || rangeKind(kpi.healthy) === undefined) return false;
  const windowStart = asOf - NOISE_WINDOW_DAYS * DAY_MS;
  const first = points[0];
  if (!first || first.at > windowStart) return false;
  const from = firstIndexAtOrAfter(points, windowStart);
  const last = latestIndexAtOrBefore(points, asOf);
  if (last < from) return false;
  // Newest first: a KPI that left its range did so recently, more often than not.
  const { low, high } = rangeLimits(kpi.healthy);
  for (let i = last; i >= from; i--) {
    const value = (points[i] as DataPoint).value;
    if (value < low || value > high) return false;
  }
  if (hasDecisionBetween(index, kpi.id, windowStart, asOf)) return false;
  return !hasLinkedKrOverlapping(index, kpi.id, windowStart, asOf);
}
