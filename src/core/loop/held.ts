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
  /** When the watch ends: after it, the KPI's ordinary status takes over. */
  readonly watchUntil: Instant;
  /** Points after the change within the judging window, up to the instant. */
  readonly points: number;
  /** How many of them fell outside the new healthy range. */
  readonly outside: number;
  /** The first point after the change outside the new range: when it slipped. */
  readonly slippedAt: Instant | undefined;
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
  return change && changeHeld(prepared, change, asOf);
}

/**
 * The same judgement for one given change of the KPI's history (a cycle review asks about
 * the ratchet it proposed, even when a later move followed). The change must be at or
 * before `asOf`.
 */
export function changeHeld(prepared: PreparedKpi, change: ThresholdChange, asOf: Instant): HeldResult {
  const watchUntil = change.at + heldWindowMs(prepared.periodMs);
  const { points } = prepared;
  const from = firstIndexAtOrAfter(points, change.at + 1);
  const to = latestIndexAtOrBefore(points, Math.min(asOf, watchUntil)) + 1;
  let outside = 0;
  let slippedAt: Instant | undefined;
  for (let i = from; i < to; i++) {
    const point = points[i] as DataPoint;
    if (inRange(point.value, change.to)) continue;
    outside++;
    slippedAt ??= point.at;
  }
  const count = Math.max(0, to - from);
  let verdict: HeldVerdict;
  if (outside > 0) verdict = 'slipped';
  else if (asOf < watchUntil) verdict = 'too_early';
  else verdict = count > 0 ? 'held' : 'no_data';
  return { verdict, change, watchUntil, points: count, outside, slippedAt };
}

function latestChange(history: readonly ThresholdChange[], asOf: Instant): ThresholdChange | undefined {
  let latest: ThresholdChange | undefined;
  for (const change of history) {
    if (change.at <= asOf && (!latest || change.at >= latest.at)) latest = change;
  }
  return latest;
}
