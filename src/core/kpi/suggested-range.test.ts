import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daily, endOf, kpi } from '../test-support/engine-fixtures.js';
import { prepareKpi } from './prepared-kpi.js';
import { robustBand, suggestedHealthy } from './suggested-range.js';

describe('a healthy range suggested from history', () => {
  it('is the median ± 3 robust standard deviations of the latest points', () => {
    // Utilisation around 75%: median 75, MAD 2 → ± 3 × 1.4826 × 2 = ± 8.9.
    const utilisation = kpi({ points: daily('2026-01-01', [73, 75, 77, 75, 71, 79, 75, 73, 77, 75]) });
    expect(suggestedHealthy(prepareKpi(utilisation), endOf('2026-01-31'))).toEqual({ min: 66.1, max: 83.9 });
  });

  it('is not thrown by one wild point', () => {
    const calm = [73, 75, 77, 75, 71, 79, 75, 73, 77, 75];
    expect(robustBand([...calm.slice(1), 400])).toEqual(robustBand([...calm.slice(1), 79]));
  });

  it('stops at 0 for a series that was never negative', () => {
    expect(robustBand([0, 0, 1, 0, 3, 0, 1, 0, 2, 0])?.min).toBe(0);
  });

  it('gives a flat series a band of ± 5% of its level', () => {
    expect(robustBand([40, 40, 40, 40, 40, 40, 40, 40])).toEqual({ min: 38, max: 42 });
  });

  it('is not offered with fewer than 8 points, or for a KPI that has a range', () => {
    const few = kpi({ points: daily('2026-01-01', [1, 2, 3, 4, 5, 6, 7]) });
    expect(suggestedHealthy(prepareKpi(few), endOf('2026-01-31'))).toBeUndefined();
    const ranged = kpi({ healthy: { max: 4 }, points: daily('2026-01-01', [1, 2, 3, 4, 5, 6, 7, 8]) });
    expect(suggestedHealthy(prepareKpi(ranged), endOf('2026-01-31'))).toBeUndefined();
  });

  it('reads only what was known by the instant', () => {
    const k = prepareKpi(
      kpi({ points: daily('2026-01-01', [10, 10, 11, 9, 10, 10, 11, 9, 500, 500, 500, 500]) }),
    );
    expect(suggestedHealthy(k, endOf('2026-01-08'))).toEqual(robustBand([10, 10, 11, 9, 10, 10, 11, 9]));
  });

  it('always holds the median of the history it read', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 8, maxLength: 30 });
    fc.assert(
      fc.property(values, (xs) => {
        const band = robustBand(xs);
        const sorted = [...xs].sort((a, b) => a - b);
        const median =
          ((sorted[(sorted.length - 1) >> 1] as number) + (sorted[sorted.length >> 1] as number)) / 2;
        if (!band) return;
        // Rounding moves a bound by at most a twentieth of the half-width.
        const slack = ((band.max ?? 0) - (band.min ?? 0)) / 10 + 1e-9;
        expect(median).toBeGreaterThanOrEqual((band.min ?? 0) - slack);
        expect(median).toBeLessThanOrEqual((band.max ?? 0) + slack);
      }),
    );
  });
});
