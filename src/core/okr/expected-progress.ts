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

// Cycles are immutable records, so a span worked out once holds for the object's life;
// the engine asks for the same few cycles thousands of times per report.
const spans = new WeakMap<Cycle, CycleSpan | null>();

/** The span of a cycle, or `undefined` when it is missing or has a date that does not exist. */
export function spanOf(cycle: Cycle | undefined): CycleSpan | undefined {
  if (!cycle) return undefined;
  let span = spans.get(cycle);
  if (span === undefined) {
    span = computeSpan(cycle);
    spans.set(cycle, span);
  }
  return span ?? undefined;
}

function computeSpan(cycle: Cycle): CycleSpan | null {
  try {
    return cycleSpan(cycle);
  } catch {
    // An invalid date is reported by the workspace validator; the engine just cannot time it.
    return null;
  }
}
