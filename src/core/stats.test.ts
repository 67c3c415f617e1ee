import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, leastSquaresOverTime, lineAt } from './stats.js';

const series = (xs: readonly number[], ys: readonly number[]) =>
  xs.map((at, i) => ({ at, value: ys[i] ?? 0 }));
const fitLine = (xs: readonly number[], ys: readonly number[]) =>
  leastSquaresOverTime(series(xs, ys), 0, xs.length);

describe('least squares over time', () => {
  it('finds the line through points that lie on one', () => {
    const line = fitLine([0, 1, 2, 3], [5, 7, 9, 11]);
    expect(line?.slope).toBeCloseTo(2);
    expect(line && lineAt(line, 10)).toBeCloseTo(25);
  });

  it('fits only the slice it is given', () => {
    const line = leastSquaresOverTime(series([0, 1, 2, 3], [100, 7, 9, 11]), 1, 4);
    expect(line?.slope).toBeCloseTo(2);
  });

  it('has no line through fewer than two points or a single instant', () => {
    expect(fitLine([1], [1])).toBeUndefined();
    expect(fitLine([4, 4, 4], [1, 2, 3])).toBeUndefined();
  });

  it('stays precise on epoch-millisecond instants', () => {
    const t0 = Date.UTC(2026, 0, 1);
    const day = 86_400_000;
    const line = fitLine([t0, t0 + day, t0 + 2 * day], [10, 11, 12]);
    expect(line && lineAt(line, t0 + 10 * day)).toBeCloseTo(20, 9);
  });

  it('recovers any straight line', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (slope, intercept) => {
          const xs = [0, 1, 2, 5, 9];
          const line = fitLine(
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
