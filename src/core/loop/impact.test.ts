import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareKpi } from '../kpi/prepared-kpi.js';
import type { DataPoint } from '../model.js';
import { day, endOf, kpi } from '../test-support/engine-fixtures.js';
import { cycleSpan, DAY_MS } from '../time.js';
import { type Direction, impactWindows, krDirection, krImpact } from './impact.js';

const q2 = cycleSpan({ id: 'q2', start: '2026-04-01', end: '2026-06-30' });
const WEEK = 7 * DAY_MS;

/** A weekly KPI: `before` in the 12 weeks before Q2, `after` weekly from 1 May (its first check-in). */
function weeklyKpi(before: readonly number[], after: readonly number[]) {
  const points: DataPoint[] = [
    ...before.map((value, i) => ({ at: day('2026-04-01') - (before.length - i) * WEEK, value })),
    ...after.map((value, i) => ({ at: day('2026-05-01') + i * WEEK, value })),
  ];
  return prepareKpi(kpi({ id: 'reply-time', cadence: 'weekly', points }));
}

const asOf = endOf('2026-06-30');
const firstCheckIn = day('2026-05-01');
const impactOf = (before: readonly number[], after: readonly number[], direction: Direction) =>
  krImpact(weeklyKpi(before, after), q2, firstCheckIn, asOf, direction);

describe('the impact verdict of a KPI-linked key result', () => {
  it('says the work moved first response time down from about 52 to about 30 minutes', () => {
    const impact = impactOf([52, 55, 50, 53, 51, 54], [34, 31, 29, 30, 28, 32], -1);
    expect(impact.verdict).toBe('moved');
    expect(impact.before).toEqual({ median: 52.5, n: 6 });
    expect(impact.after).toEqual({ median: 30.5, n: 6 });
    expect(impact.shift).toBe(-22);
    expect(impact.high).toBeLessThan(0);
  });

  it('says it moved the wrong way when replies got slower', () => {
    expect(impactOf([30, 31, 29, 30], [40, 42, 41, 39], -1).verdict).toBe('moved_wrong_way');
  });

  it('sees no clear change in overlapping noise', () => {
    expect(impactOf([30, 35, 28, 33, 31], [32, 29, 34, 30, 31], -1).verdict).toBe('no_clear_change');
  });

  it('needs 4 points in each window', () => {
    const impact = impactOf([52, 55, 50], [34, 31, 29, 30], -1);
    expect(impact).toMatchObject({ verdict: 'too_little_data', shift: null, low: null, high: null });
    expect(impact.before).toEqual({ median: 52, n: 3 });
  });

  it('cannot call a change "moved" without knowing which way the KR wants it', () => {
    expect(impactOf([52, 55, 50, 53], [34, 31, 29, 30], 0).verdict).toBe('no_clear_change');
  });

  it('does not see points after the instant', () => {
    const kpi = weeklyKpi([52, 55, 50, 53], [34, 31, 29, 30]);
    expect(krImpact(kpi, q2, firstCheckIn, endOf('2026-05-10'), -1).after.n).toBe(2);
  });
});

describe('the impact windows', () => {
  it('look back one cycle length, at most 12 cadence periods, before the start', () => {
    expect(impactWindows(q2, WEEK, undefined, asOf).before).toEqual({
      from: day('2026-04-01') - 12 * WEEK,
      to: day('2026-04-01'),
    });
    expect(impactWindows(q2, DAY_MS, undefined, asOf).before.from).toBe(day('2026-04-01') - 12 * DAY_MS);
    // A 91-day quarter of a monthly KPI: the quarter's length, not 12 months.
    expect(impactWindows(q2, 30 * DAY_MS, undefined, asOf).before.from).toBe(day('2025-12-31'));
  });

  it("start after at the first check-in or the cycle's midpoint, whichever is earlier", () => {
    expect(impactWindows(q2, WEEK, day('2026-04-20'), asOf).after.from).toBe(day('2026-04-20'));
    // Q2 has 91 days: its midpoint is noon on 16 May.
    const midpoint = day('2026-05-16') + DAY_MS / 2;
    expect(impactWindows(q2, WEEK, day('2026-06-01'), asOf).after.from).toBe(midpoint);
    expect(impactWindows(q2, WEEK, undefined, asOf).after.from).toBe(midpoint);
  });

  it("end at the instant, and no later than the cycle's end", () => {
    expect(impactWindows(q2, WEEK, undefined, endOf('2026-06-10')).after.to).toBe(endOf('2026-06-10'));
    expect(impactWindows(q2, WEEK, undefined, endOf('2026-09-10')).after.to).toBe(endOf('2026-06-30'));
  });
});

describe('which way a key result wants its KPI', () => {
  it('follows baseline → target, else the side of the healthy range', () => {
    expect(krDirection(8, 5)).toBe(-1);
    expect(krDirection(40, 90)).toBe(1);
    expect(krDirection(undefined, 5, { min: 90 })).toBe(1);
    expect(krDirection(undefined, undefined, { max: 4 })).toBe(-1);
    expect(krDirection(undefined, undefined, { min: 1, max: 4 })).toBe(0);
  });
});

describe('impact verdict properties', () => {
  // At most 9 weekly points fit between 1 May and the end of June.
  const values = fc.array(fc.integer({ min: -10_000, max: 10_000 }), { minLength: 4, maxLength: 9 });
  const direction = fc.constantFrom<Direction>(1, -1);

  it('calls a pure step change in the KR’s direction "moved"', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: 4, max: 9 }),
        fc.integer({ min: 1, max: 1000 }),
        direction,
        (before, n, size, dir) => {
          // Every later value sits past every earlier one by the step: a step with noise
          // smaller than itself.
          const top = dir === 1 ? Math.max(...before) : Math.min(...before);
          const after = Array.from({ length: n }, (_, i) => top + dir * (size + (i % 3)));
          expect(impactOf(before, after, dir).verdict).toBe('moved');
        },
      ),
    );
  });

  it('never calls the same values, shuffled, "moved"', () => {
    fc.assert(
      fc.property(
        values.chain((v) => fc.tuple(fc.constant(v), fc.shuffledSubarray(v, { minLength: v.length }))),
        direction,
        ([before, after], dir) => {
          const impact = impactOf(before, after, dir);
          expect(impact.verdict).toBe('no_clear_change');
          expect(impact.shift).toBe(0);
        },
      ),
    );
  });

  it('is mirror-symmetric: a decreasing KR on the negated series gets the same verdict', () => {
    fc.assert(
      fc.property(values, values, direction, (before, after, dir) => {
        const up = impactOf(before, after, dir);
        const down = impactOf(
          before.map((v) => -v),
          after.map((v) => -v),
          dir === 1 ? -1 : 1,
        );
        expect(down.verdict).toBe(up.verdict);
        expect(down.shift).toBe(-(up.shift ?? 0));
      }),
    );
  });
});
