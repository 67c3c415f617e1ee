import type { Range } from '../model.js';

/** Whether two healthy ranges have the same bounds (an absent range has none). */
export function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  return a?.min === b?.min && a?.max === b?.max;
}

/**
 * users.md §6: "every change to a target or threshold needs a reason and shows in the
 * history". A healthy range that moves without words for why breaks it.
 */
export function movesWithoutReason(
  from: Range | undefined,
  to: Range | undefined,
  reason: string | undefined,
): boolean {
  return !sameRange(from, to) && (reason === undefined || reason.trim() === '');
}
