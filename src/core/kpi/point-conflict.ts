import type { Instant } from '../model.js';

/**
 * One value per KPI and instant (domain.md, "Data point"). A value sent for an instant
 * that already holds a different one is a conflict: the person is asked before the old
 * value is replaced. The same value again is no conflict (a repeated upload is harmless).
 */
export interface PointConflict {
  readonly at: Instant;
  /** The value stored at that instant. */
  readonly stored: number;
  /** The value that would replace it. */
  readonly value: number;
}

/** The incoming values that would replace a different stored value, in the order given. */
export function pointConflicts(
  stored: ReadonlyMap<Instant, number>,
  incoming: Iterable<{ readonly at: Instant; readonly value: number }>,
): PointConflict[] {
  const conflicts: PointConflict[] = [];
  for (const p of incoming) {
    const was = stored.get(p.at);
    if (was !== undefined && was !== p.value) conflicts.push({ at: p.at, stored: was, value: p.value });
  }
  return conflicts;
}
