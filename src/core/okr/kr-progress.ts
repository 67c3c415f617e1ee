import { clamp } from '../stats.js';

/**
 * Progress of a numeric KR (domain.md): clamp((current − baseline) / (target − baseline), 0, 1).
 * One formula for increasing and decreasing KRs alike. A KR missing its baseline or
 * target, or with the two equal, has no measurable distance to cover: progress 0 (the
 * coach asks for the missing number) rather than a crash or a NaN.
 */
export function numericProgress(
  baseline: number | undefined,
  target: number | undefined,
  current: number | undefined,
): number {
  if (!isNumber(baseline) || !isNumber(target) || !isNumber(current) || baseline === target) return 0;
  // + 0 turns the −0 of a decreasing KR at its baseline (0 / −27) into a plain 0.
  return clamp((current - baseline) / (target - baseline), 0, 1) + 0;
}

function isNumber(x: number | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
