import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, leastSquares, lineAt } from './stats.js';

describe('least squares', () => {
  it('finds the line through points that lie on one', () => {
    const line = leastSquares([0, 1, 2, 3], [5, 7, 9, 11]);
    expect(line?.slope).toBeCloseTo(2);
    expect(line && lineAt(line, 10)).toBeCloseTo(25);
  });

  it('has no line through fewer than two points or a single x', () => {
    expect(leastSquares([1], [1])).toBeUndefined();
    expect(leastSquares([4, 4, 4], [1, 2, 3])).toBeUndefined();
  });

  it('stays precise on epoch-millisecond x values', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const day = 86_400_000;
    const line = leastSquares([t0, t0 + day, t0 + 2 * day], [10, 11, 12]);
    expect(line && lineAt(line, t0 + 10 * day)).toBeCloseTo(20, 9);
  });

  it('recovers any straight line', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (slope, intercept) => {
          const xs = [0, 1, 2, 5, 9];
          const line = leastSquares(
            xs,
            xs.map((x) => intercept + slope * x),
          );
          expect(line?.slope).toBeCloseTo(slope, 6);
        },
      ),
    );
  });
});

describe('clamp', () => {
  it('keeps a value inside its bounds', () => {
    expect(clamp(-0.2, 0, 1)).toBe(0);
    expect(clamp(0.4, 0, 1)).toBe(0.4);
    expect(clamp(1.7, 0, 1)).toBe(1);
  });
});
