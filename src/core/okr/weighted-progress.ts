/**
 * The weighted mean of KR progress (domain.md: weight default 1). Only the ratio of the
 * weights matters, so doubling every weight changes nothing. A weight that is not a
 * positive number counts as 0 (the workspace validator reports it); when no weight is
 * positive, every KR counts the same rather than the objective dividing by zero.
 */
export function weightedProgress(
  items: readonly { readonly progress: number; readonly weight?: number }[],
): number {
  if (items.length === 0) return 0;
  let sum = 0;
  let totalWeight = 0;
  let plainSum = 0;
  for (const item of items) {
    const weight = effectiveWeight(item.weight);
    sum += item.progress * weight;
    totalWeight += weight;
    plainSum += item.progress;
  }
  return totalWeight > 0 ? sum / totalWeight : plainSum / items.length;
}

function effectiveWeight(weight: number | undefined): number {
  if (weight === undefined) return 1;
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
}
