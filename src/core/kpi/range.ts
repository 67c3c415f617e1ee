import type { Range } from '../model.js';

/** The three shapes of a healthy range (domain.md, "KPI health"). */
export type RangeKind = 'at_least' | 'at_most' | 'between';

function isBound(x: number | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** The shape of a range, or `undefined` when it has no usable bound ("just a number"). */
export function rangeKind(range: Range | undefined): RangeKind | undefined {
  if (!range) return undefined;
  const hasMin = isBound(range.min);
  const hasMax = isBound(range.max);
  if (hasMin && hasMax) return 'between';
  if (hasMin) return 'at_least';
  if (hasMax) return 'at_most';
  return undefined;
}

/**
 * A range as two plain numbers, −∞ and +∞ for a missing side, for loops over many points:
 * comparing with `low`/`high` inline keeps each value unboxed, where a call per point
 * made the engine allocate a number for every point it looked at.
 */
export function rangeLimits(range: Range): { readonly low: number; readonly high: number } {
  return {
    low: isBound(range.min) ? range.min : Number.NEGATIVE_INFINITY,
    high: isBound(range.max) ? range.max : Number.POSITIVE_INFINITY,
  };
}

/** Bounds are inclusive: a value exactly on a bound is inside. */
export function inRange(value: number, range: Range): boolean {
  if (isBound(range.min) && value < range.min) return false;
  if (isBound(range.max) && value > range.max) return false;
  return true;
}

/** The middle of a `between` range, the natural target for a KPI that left it on either side. */
export function midpoint(range: Range): number | undefined {
  return isBound(range.min) && isBound(range.max) ? (range.min + range.max) / 2 : undefined;
}

/**
 * The bound a value violates: the max when it is above, the min when it is below,
 * `undefined` when it is inside.
 */
export function violatedBound(value: number, range: Range): 'min' | 'max' | undefined {
  if (isBound(range.max) && value > range.max) return 'max';
  if (isBound(range.min) && value < range.min) return 'min';
  return undefined;
}
