import { firstIndexAtOrAfter, latestIndexAtOrBefore, type PreparedKpi } from '../kpi/prepared-kpi.js';
import { rangeKind } from '../kpi/range.js';
import { sortNumbers, type Values } from '../kth-difference.js';
import type { DataPoint, Instant, Range } from '../model.js';
import type { ImpactWindowSummary, ImpactWord, KrImpact } from '../report.types.js';
import { hodgesLehmannSorted, medianOfSorted } from '../shift-estimate.js';
import type { CycleSpan } from '../time.js';

/** domain.md: under 4 points in either window there is too little data for a verdict. */
export const IMPACT_MIN_POINTS = 4;
/** domain.md: the before window is the cycle's length, at most 12 cadence periods. */
export const IMPACT_MAX_BEFORE_PERIODS = 12;

/** +1 when the KR wants the KPI up, −1 when down, 0 when it cannot be told. */
export type Direction = 1 | -1 | 0;

/** The two windows compared: `before` is `[from, to)`, `after` is `[from, to]`. */
export interface ImpactWindows {
  readonly before: { readonly from: Instant; readonly to: Instant };
  readonly after: { readonly from: Instant; readonly to: Instant };
}

/**
 * The windows of the impact verdict (domain.md, "Impact verdict"):
 * - before: the cycle's length before its start, at most 12 cadence periods;
 * - after: from the KR's first check-in or the cycle's midpoint, whichever is earlier (but
 *   not before the cycle starts), to the instant, and no later than the cycle's end, like
 *   the KR's current value: next quarter's data must not re-judge this quarter's work.
 */
export function impactWindows(
  span: CycleSpan,
  periodMs: number,
  firstCheckIn: Instant | undefined,
  asOf: Instant,
): ImpactWindows {
  const length = span.end + 1 - span.start;
  const midpoint = span.start + Math.floor(length / 2);
  const begun = firstCheckIn === undefined ? midpoint : Math.min(firstCheckIn, midpoint);
  return {
    before: { from: span.start - Math.min(length, IMPACT_MAX_BEFORE_PERIODS * periodMs), to: span.start },
    after: { from: Math.max(span.start, begun), to: Math.min(asOf, span.end) },
  };
}

/**
 * Which way a KR wants its KPI to go: from its baseline to its target; without both (or
 * with a milestone), from the KPI's healthy range when it has one side (at least → up,
 * at most → down); else 0, and the verdict cannot say "moved".
 */
export function krDirection(
  baseline: number | undefined,
  target: number | undefined,
  healthy?: Range,
): Direction {
  if (baseline !== undefined && target !== undefined && baseline !== target)
    return target > baseline ? 1 : -1;
  const kind = rangeKind(healthy);
  return kind === 'at_least' ? 1 : kind === 'at_most' ? -1 : 0;
}

/**
 * Did the work move the KPI? The KPI's points in the two windows (only those known by the
 * instant) are compared by the Hodges–Lehmann shift `after − before` and its 95%
 * interval: `moved` when the whole interval lies on the KR's side of zero,
 * `moved_wrong_way` when it lies wholly on the other, `no_clear_change` otherwise (or
 * when the direction is unknown), `too_little_data` under 4 points in either window.
 */
export function krImpact(
  kpi: PreparedKpi,
  span: CycleSpan,
  firstCheckIn: Instant | undefined,
  asOf: Instant,
  direction: Direction,
): KrImpact {
  const windows = impactWindows(span, kpi.periodMs, firstCheckIn, asOf);
  const before = valuesIn(kpi.points, windows.before.from, Math.min(windows.before.to - 1, asOf), 0);
  const after = valuesIn(kpi.points, windows.after.from, windows.after.to, 1);
  const summary = { before: summarise(before), after: summarise(after) };
  if (before.length < IMPACT_MIN_POINTS || after.length < IMPACT_MIN_POINTS) {
    return { verdict: 'too_little_data', ...summary, shift: null, low: null, high: null };
  }
  const estimate = hodgesLehmannSorted(before, after);
  if (!estimate) return { verdict: 'too_little_data', ...summary, shift: null, low: null, high: null };
  return { verdict: verdictOf(estimate.low, estimate.high, direction), ...summary, ...estimate };
}

function verdictOf(low: number, high: number, direction: Direction): ImpactWord {
  if (direction === 0) return 'no_clear_change';
  const wanted = direction === 1 ? low > 0 : high < 0;
  const opposite = direction === 1 ? high < 0 : low > 0;
  return wanted ? 'moved' : opposite ? 'moved_wrong_way' : 'no_clear_change';
}

// One buffer per window, reused by every verdict (JavaScript runs one at a time): a report
// judges thousands of KRs, and a fresh list per window kept the garbage collector busy.
const windowBuffers: Float64Array[] = [new Float64Array(512), new Float64Array(512)];

/**
 * The values of the time-sorted points with `from ≤ at ≤ to`, sorted by value, in window
 * buffer `which`: valid until the next verdict.
 */
function valuesIn(points: readonly DataPoint[], from: Instant, to: Instant, which: 0 | 1): Values {
  const first = firstIndexAtOrAfter(points, from);
  const count = Math.max(0, latestIndexAtOrBefore(points, to) - first + 1);
  let buffer = windowBuffers[which] as Float64Array;
  if (buffer.length < count) {
    buffer = new Float64Array(2 * count);
    windowBuffers[which] = buffer;
  }
  for (let i = 0; i < count; i++) buffer[i] = (points[first + i] as DataPoint).value;
  return sortNumbers(buffer.subarray(0, count));
}

function summarise(sortedValues: Values): ImpactWindowSummary {
  return { median: sortedValues.length === 0 ? null : medianOfSorted(sortedValues), n: sortedValues.length };
}
