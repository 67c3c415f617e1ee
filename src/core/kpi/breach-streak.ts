import type { DataPoint, Instant, Range } from '../model.js';
import { rangeLimits } from './range.js';

export interface BreachStreak {
  /** Consecutive latest points outside the healthy range (0 when the latest is inside). */
  readonly length: number;
  /** When the first point of the streak was taken; `undefined` with no streak. */
  readonly since: Instant | undefined;
}

const NO_STREAK: BreachStreak = { length: 0, since: undefined };

/**
 * The breach streak ending at `latestIndex` (domain.md: "the number of consecutive
 * latest points outside the healthy range"). At-risk points count too: they are outside
 * the healthy range. Walks back only as far as the streak goes.
 */
export function breachStreak(
  points: readonly DataPoint[],
  latestIndex: number,
  healthy?: Range,
): BreachStreak {
  if (!healthy || latestIndex < 0) return NO_STREAK;
  const { low, high } = rangeLimits(healthy);
  let i = latestIndex;
  for (; i >= 0; i--) {
    const value = (points[i] as DataPoint).value;
    if (value >= low && value <= high) break;
  }
  const length = latestIndex - i;
  if (length === 0) return NO_STREAK;
  return { length, since: (points[i + 1] as DataPoint).at };
}
