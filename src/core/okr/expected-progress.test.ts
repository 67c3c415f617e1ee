import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, endOf } from '../test-support/engine-fixtures.js';
import { cycleSpan, DAY_MS } from '../time.js';
import { expectedProgress, spanOf } from './expected-progress.js';

const q1 = cycleSpan({ id: 'q1', start: '2026-01-01', end: '2026-03-31' });

describe('expected progress of a cycle', () => {
  it('is exactly N/90 as of the end of day N of a 90-day quarter', () => {
    expect(expectedProgress(q1, endOf('2026-01-01'))).toBe(1 / 90);
    expect(expectedProgress(q1, endOf('2026-02-14'))).toBe(45 / 90);
    expect(expectedProgress(q1, endOf('2026-03-31'))).toBe(1);
  });

  it('is 0 before the cycle starts and 1 after it ends', () => {
    expect(expectedProgress(q1, day('2025-12-15'))).toBe(0);
    expect(expectedProgress(q1, day('2026-05-01'))).toBe(1);
  });

  it('stays in [0, 1] and never goes backwards in time', () => {
    const t = fc.integer({ min: q1.start - 30 * DAY_MS, max: q1.end + 30 * DAY_MS });
    fc.assert(
      fc.property(t, t, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const e = expectedProgress(q1, early);
        expect(e).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(1);
        expect(expectedProgress(q1, late)).toBeGreaterThanOrEqual(e);
      }),
    );
  });

  it('gives no span for a missing cycle or one with an impossible date', () => {
    expect(spanOf(undefined)).toBeUndefined();
    expect(spanOf({ id: 'bad', start: '2026-02-30', end: '2026-03-31' })).toBeUndefined();
  });
});
