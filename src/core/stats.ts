/**
 * Small numeric helpers for the engine: clamping and an ordinary least-squares line.
 * Pure arithmetic, no allocation in the hot paths.
 */

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** A fitted line through its centroid: y = meanY + slope × (x − meanX). */
export interface Line {
  readonly slope: number;
  readonly meanX: number;
  readonly meanY: number;
}

/**
 * Ordinary least squares over `items[from, to)` with x = `at` and y = `value`, read
 * straight from the records (data points, check-ins) without copying them into arrays.
 * Returns `undefined` with fewer than two points or when every instant is the same (a
 * vertical line has no slope). Centring on the means keeps epoch-millisecond x values
 * from losing precision.
 */
export function leastSquaresOverTime(
  items: readonly { readonly at: number; readonly value: number }[],
  from: number,
  to: number,
): Line | undefined {
  const n = to - from;
  if (n < 2) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (let i = from; i < to; i++) {
    const item = items[i] as { at: number; value: number };
    sumX += item.at;
    sumY += item.value;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = from; i < to; i++) {
    const item = items[i] as { at: number; value: number };
    const dx = item.at - meanX;
    sxx += dx * dx;
    sxy += dx * (item.value - meanY);
  }
  return sxx === 0 ? undefined : { slope: sxy / sxx, meanX, meanY };
}

/** The value of a fitted line at `x`. */
export function lineAt(line: Line, x: number): number {
  return line.meanY + line.slope * (x - line.meanX);
}
