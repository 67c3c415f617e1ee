import type { Cycle, Instant } from '../model.js';
import { spanOf } from '../okr/expected-progress.js';

/**
 * The cycle a new OKR belongs in as of an instant: the one that contains it (the
 * shortest, when a quarter sits inside a year: fixing a breach is quarter-sized work),
 * else the next one to start. `undefined` when the workspace has no such cycle.
 */
export function currentOrNextCycle(cycles: readonly Cycle[], asOf: Instant): Cycle | undefined {
  let containing: { cycle: Cycle; length: number } | undefined;
  let next: { cycle: Cycle; start: Instant } | undefined;
  for (const cycle of cycles) {
    const span = spanOf(cycle);
    if (!span) continue;
    if (span.start <= asOf && asOf <= span.end) {
      const length = span.end - span.start;
      if (!containing || length < containing.length) containing = { cycle, length };
    } else if (span.start > asOf && (!next || span.start < next.start)) {
      next = { cycle, start: span.start };
    }
  }
  return containing?.cycle ?? next?.cycle;
}
