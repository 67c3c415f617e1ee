import { describe, expect, it } from 'vitest';
import type { Range } from '../model.js';
import { daily, day, endOf, kpi, weekly } from '../test-support/engine-fixtures.js';
import { DAY_MS } from '../time.js';
import { evaluateKpi } from './evaluate-kpi.js';

const asOf = endOf('2026-03-10');
const churn = (value: number, healthy?: Range, warning?: Range) =>
  kpi({ name: 'Churn', unit: '%', points: [{ at: day('2026-03-10'), value }], healthy, warning });

describe('KPI status as of an instant', () => {
  it.each([
    ['churn 2.5% with at most 3% is healthy', 2.5, { max: 3 }, undefined, 'healthy'],
    [
      'churn exactly 3% with at most 3% is healthy: bounds are inclusive',
      3,
      { max: 3 },
      undefined,
      'healthy',
    ],
    ['churn 3.5% with at most 3% and a warning up to 4% is at risk', 3.5, { max: 3 }, { max: 4 }, 'at_risk'],
    ['churn exactly 4% on the warning bound is still at risk', 4, { max: 3 }, { max: 4 }, 'at_risk'],
    ['churn 6% beyond the warning range is a breach', 6, { max: 3 }, { max: 4 }, 'breach'],
    ['churn 3.1% with no warning range is a breach at once', 3.1, { max: 3 }, undefined, 'breach'],
    ['CSAT 3.8 with at least 4.5 is a breach', 3.8, { min: 4.5 }, undefined, 'breach'],
    ['utilisation 75% between 70% and 80% is healthy', 75, { min: 70, max: 80 }, undefined, 'healthy'],
    ['utilisation exactly 70% on the lower bound is healthy', 70, { min: 70, max: 80 }, undefined, 'healthy'],
    [
      'utilisation 65% between 70–80 with warning 60–90 is at risk',
      65,
      { min: 70, max: 80 },
      { min: 60, max: 90 },
      'at_risk',
    ],
    ['a KPI without a threshold is just a number', 6, undefined, undefined, 'no_threshold'],
    ['an empty range is no threshold either', 6, {}, undefined, 'no_threshold'],
  ] as const)('%s', (_, value, healthy, warning, status) => {
    expect(evaluateKpi(churn(value, healthy, warning), asOf).status).toBe(status);
  });

  it('has no data before its first point', () => {
    const e = evaluateKpi(churn(2, { max: 3 }), endOf('2026-03-09'));
    expect(e.status).toBe('no_data');
    expect(e.latest).toBeUndefined();
    expect(e.stale).toBe(false);
    expect(e.trend).toBeUndefined();
  });

  it('reads the latest point at or before the instant, whatever order the file lists them in', () => {
    const points = daily('2026-03-01', [2, 2.5, 5, 6]).reverse();
    const k = kpi({ points, healthy: { max: 3 } });
    expect(evaluateKpi(k, endOf('2026-03-02')).latest?.value).toBe(2.5);
    expect(evaluateKpi(k, endOf('2026-03-02')).status).toBe('healthy');
    expect(evaluateKpi(k, endOf('2026-03-09')).latest?.value).toBe(6);
    expect(evaluateKpi(k, day('2026-03-03')).latest?.value).toBe(5);
    expect(evaluateKpi(k, day('2026-03-03') - 1).latest?.value).toBe(2.5);
  });
});

describe('stale', () => {
  const weeklyKpi = kpi({
    cadence: 'weekly',
    points: [{ at: day('2026-03-01'), value: 1 }],
    healthy: { max: 3 },
  });
  const lastAt = day('2026-03-01');

  it('is fresh up to exactly 1.5 periods after the latest point', () => {
    expect(evaluateKpi(weeklyKpi, lastAt + 10.5 * DAY_MS).stale).toBe(false);
  });

  it('is stale one millisecond later', () => {
    expect(evaluateKpi(weeklyKpi, lastAt + 10.5 * DAY_MS + 1).stale).toBe(true);
  });

  it('uses 30 days for a monthly KPI', () => {
    const monthly = { ...weeklyKpi, cadence: 'monthly' as const };
    expect(evaluateKpi(monthly, lastAt + 45 * DAY_MS).stale).toBe(false);
    expect(evaluateKpi(monthly, lastAt + 46 * DAY_MS).stale).toBe(true);
  });
});

describe('breach streak', () => {
  const healthy = { max: 3 };

  it('counts the consecutive latest points outside the healthy range', () => {
    const k = kpi({ points: daily('2026-03-01', [2, 4, 5, 3.5]), healthy, warning: { max: 4 } });
    const e = evaluateKpi(k, endOf('2026-03-04'));
    expect(e.streak.length).toBe(3);
    expect(e.streak.since).toBe(day('2026-03-02'));
  });

  it('resets when a point comes back inside', () => {
    const k = kpi({ points: daily('2026-03-01', [4, 5, 2.9, 6]), healthy });
    expect(evaluateKpi(k, endOf('2026-03-03')).streak.length).toBe(0);
    expect(evaluateKpi(k, endOf('2026-03-04')).streak).toEqual({ length: 1, since: day('2026-03-04') });
  });

  it('is zero without a healthy range', () => {
    const k = kpi({ points: daily('2026-03-01', [4, 5]) });
    expect(evaluateKpi(k, endOf('2026-03-02')).streak.length).toBe(0);
  });
});

describe('trend', () => {
  it('calls a falling response time improving when lower is better, in units per period', () => {
    const k = kpi({
      cadence: 'weekly',
      points: weekly('2026-01-05', [52, 48, 44, 40]),
      healthy: { max: 30 },
    });
    const e = evaluateKpi(k, endOf('2026-01-26'));
    expect(e.trend?.word).toBe('improving');
    expect(e.trend?.slopePerPeriod).toBeCloseTo(-4);
    expect(e.trend?.points).toBe(4);
  });

  it('calls a falling CSAT worsening when higher is better', () => {
    const k = kpi({ points: daily('2026-03-01', [4.4, 4.2, 4.0, 3.8]), healthy: { min: 4.5 } });
    expect(evaluateKpi(k, endOf('2026-03-04')).trend?.word).toBe('worsening');
  });

  it('calls a KPI above a between range improving when it falls toward the middle', () => {
    const k = kpi({ points: daily('2026-03-01', [90, 88, 86]), healthy: { min: 70, max: 80 } });
    expect(evaluateKpi(k, endOf('2026-03-03')).trend?.word).toBe('improving');
  });

  it('calls a KPI below a between range worsening when it keeps falling', () => {
    const k = kpi({ points: daily('2026-03-01', [68, 66, 64]), healthy: { min: 70, max: 80 } });
    expect(evaluateKpi(k, endOf('2026-03-03')).trend?.word).toBe('worsening');
  });

  it('calls a move of under 5% of the scale over the window flat', () => {
    // 0.01 a day over 8 days is 0.08, under 5% of a 3% bound (0.15).
    const k = kpi({ points: daily('2026-03-01', [2.0, 2.01, 2.02, 2.03]), healthy: { max: 3 } });
    expect(evaluateKpi(k, endOf('2026-03-04')).trend?.word).toBe('flat');
  });

  it('uses at most the last 8 points within the last 8 periods', () => {
    const k = kpi({ points: daily('2026-03-01', [9, 9, 1, 2, 3, 4, 5, 6, 7, 8]), healthy: { min: 5 } });
    const e = evaluateKpi(k, endOf('2026-03-10'));
    expect(e.recent).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(e.trend?.slopePerPeriod).toBeCloseTo(1);
    expect(e.trend?.word).toBe('improving');
  });

  it('has no trend from a single recent point, and none once the data has gone quiet', () => {
    const k = kpi({ points: daily('2026-03-01', [1, 2, 3]), healthy: { min: 5 } });
    expect(evaluateKpi(k, endOf('2026-03-01')).trend).toBeUndefined();
    expect(evaluateKpi(k, endOf('2026-03-20')).trend).toBeUndefined();
  });

  it('reports a slope but no word without a healthy range', () => {
    const k = kpi({ points: daily('2026-03-01', [1, 2, 3]) });
    const trend = evaluateKpi(k, endOf('2026-03-03')).trend;
    expect(trend?.slopePerPeriod).toBeCloseTo(1);
    expect(trend?.word).toBeUndefined();
  });
});
