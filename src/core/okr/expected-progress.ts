import type { Cycle, Instant } from '../model.js';
import { clamp } from '../stats.js';
import { type CycleSpan, cycleSpan } from '../time.js';

/**
 * The share of the cycle elapsed at `asOf` (domain.md: from the start date's 00:00 to
 * the end of the end date, clamped to [0, 1]). An instant covers its whole millisecond
 * [t, t + 1), so as of the end of day N of a 90-day cycle exactly N/90 has elapsed.
 */
export function expectedProgress(span: CycleSpan, asOf: Instant): number {
  return clamp((asOf + 1 - span.start) / (span.end + 1 - span.start), 0, 1);
}

/** The span of a cycle, or `undefined` when it is missing or has a date that does not exist. */
export function spanOf(cycle: Cycle | undefined): CycleSpan | undefined {
  if (!cycle) return undefined;
  try {
    return cycleSpan(cycle);
  } catch {
    // An invalid date is reported by the workspace validator; the engine just cannot time it.
    return undefined;
  }
}
