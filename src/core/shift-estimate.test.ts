import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hodgesLehmann, lowerCriticalRank, median } from './shift-estimate.js';

/** The exact lower critical value of Mann–Whitney's U at two-sided 5%, by counting arrangements. */
function exactLowerCritical(m: number, n: number): number {
  const memo = new Map<string, number[]>();
  const counts = (i: number, j: number): number[] => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known) return known;
    let result: number[] = [1];
    if (i > 0 && j > 0) {
      result = new Array<number>(i * j + 1).fill(0);
      counts(i - 1, j).forEach((c, u) => {
        result[u + j] = (result[u + j] ?? 0) + c;
      });
      counts(i, j - 1).forEach((c, u) => {
        result[u] = (result[u] ?? 0) + c;
      });
    }
    memo.set(key, result);
    return result;
  };
  const distribution = counts(m, n);
  const total = distribution.reduce((s, c) => s + c, 0);
  let cumulative = 0;
  let u = -1;
  for (const [k, c] of distribution.entries()) {
    cumulative += c;
    if (cumulative / total > 0.025) break;
    u = k;
  }
  return u;
}

describe('the Hodges–Lehmann shift', () => {
  it('is the median of every difference after − before', () => {
    // Differences: 9 − {1, 2, 3} = 8, 7, 6 and 10 − {1, 2, 3} = 9, 8, 7 → median 7.5.
    expect(hodgesLehmann([1, 2, 3], [9, 10])?.shift).toBe(7.5);
  });

  it('agrees with writing out and sorting every difference: the shift and both interval ends, ties included', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }));
    const sample = fc.array(value, { minLength: 1, maxLength: 100 });
    fc.assert(
      fc.property(sample, sample, (before, after) => {
        const all = after.flatMap((a) => before.map((b) => a - b)).sort((x, y) => x - y);
        const total = all.length;
        const u = lowerCriticalRank(before.length, after.length);
        const mid = (total - 1) >>> 1;
        const shift = total % 2 === 1 ? all[mid] : ((all[mid] as number) + (all[mid + 1] as number)) / 2;
        expect(hodgesLehmann(before, after)).toEqual({ shift, low: all[u], high: all[total - 1 - u] });
      }),
      { numRuns: 300 },
    );
  });

  it('is the step itself for two flat series', () => {
    expect(hodgesLehmann([5, 5, 5, 5], [8, 8, 8, 8])).toEqual({ shift: 3, low: 3, high: 3 });
  });

  it('barely notices one wild point', () => {
    const before = [10, 11, 9, 10, 10, 11, 9];
    const after = [12, 13, 11, 12, 12, 13, 500];
    expect(hodgesLehmann(before, after)?.shift).toBe(2);
  });

  it('has no estimate when a sample is empty', () => {
    expect(hodgesLehmann([], [1, 2])).toBeUndefined();
  });

  it('brackets its estimate with the interval', () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, (before, after) => {
        const e = hodgesLehmann(before, after);
        expect(e && e.low <= e.shift && e.shift <= e.high).toBe(true);
      }),
    );
  });

  it('moves by exactly as much as the later sample is moved', () => {
    const sample = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 4, maxLength: 20 });
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: -500, max: 500 }), (before, after, d) => {
        const base = hodgesLehmann(before, after);
        const moved = hodgesLehmann(
          before,
          after.map((v) => v + d),
        );
        expect(moved?.shift).toBe((base?.shift ?? 0) + d);
        expect(moved?.low).toBe((base?.low ?? 0) + d);
        expect(moved?.high).toBe((base?.high ?? 0) + d);
      }),
    );
  });
});

describe('the critical rank of the 95% interval', () => {
  it('is the exact value or one rank more cautious for samples of 4 to 30', () => {
    for (let m = 4; m <= 30; m += 2) {
      for (let n = 4; n <= 30; n += 3) {
        const exact = exactLowerCritical(m, n);
        expect([exact, exact - 1], `${m} × ${n}`).toContain(lowerCriticalRank(m, n));
      }
    }
  });

  it('uses the extreme differences for four points against four', () => {
    expect(lowerCriticalRank(4, 4)).toBe(0);
  });
});

describe('the median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
