import type { PreparedKpi } from '../kpi/prepared-kpi.js';
import { firstIndexAtOrAfter, latestIndexAtOrBefore } from '../kpi/prepared-kpi.js';
import { inRange } from '../kpi/range.js';
import type { DataPoint, Instant, ThresholdChange } from '../model.js';
import { DAY_MS } from '../time.js';

export type HeldVerdict = 'held' | 'slipped' | 'too_early' | 'no_data';

export interface HeldResult {
  readonly verdict: HeldVerdict;
  /** The ratchet being judged: the latest change at or before the instant. */
  readonly change: ThresholdChange;
  /** Points after the change within the judging window, up to the instant. */
  readonly points: number;
  /** How many of them fell outside the new healthy range. */
  readonly outside: number;
}

/**
 * How long a ratchet is watched: one quarter, or three cadence periods for KPIs slower
 * than that. After the window the KPI's ordinary status takes over; "held?" is about
 * whether the new standard survived its first stretch (domain.md, "Held?").
 */
export function heldWindowMs(periodMs: number): number {
  return Math.max(91 * DAY_MS, 3 * periodMs);
}

/**
 * Whether the latest ratchet of a KPI held: `slipped` as soon as a point after the change
 * leaves the new healthy range; `held` when the whole window has passed with every point
 * inside; `too_early` while the window is still running; `no_data` when it passed
 * without a single point. `undefined` for a KPI never ratcheted by the instant.
 */
export function heldVerdict(prepared: PreparedKpi, asOf: Instant): HeldResult | undefined {
  const change = latestChange(prepared.kpi.thresholdHistory ?? [], asOf);
  if (!change) return undefined;
  const windowEnd = change.at + heldWindowMs(prepared.periodMs);
  const { points } = prepared;
  const from = firstIndexAtOrAfter(points, change.at + 1);
  const to = latestIndexAtOrBefore(points, Math.min(asOf, windowEnd)) + 1;
  let outside = 0;
  for (let i = from; i < to; i++) {
    if (!inRange((points[i] as DataPoint).value, change.to)) outside++;
  }
  const count = Math.max(0, to - from);
  let verdict: HeldVerdict;
  if (outside > 0) verdict = 'slipped';
  else if (asOf < windowEnd) verdict = 'too_early';
  else verdict = count > 0 ? 'held' : 'no_data';
  return { verdict, change, points: count, outside };
}

function latestChange(history: readonly ThresholdChange[], asOf: Instant): ThresholdChange | undefined {
  let latest: ThresholdChange | undefined;
  for (const change of history) {
    if (change.at <= asOf && (!latest || change.at >= latest.at)) latest = change;
  }
  return latest;
}
