import { describe, expect, it } from 'vitest';
import { prepareKpi } from '../kpi/prepared-kpi.js';
import { daily, day, endOf, keyResult, kpi } from '../test-support/engine-fixtures.js';
import { cycleSpan } from '../time.js';
import { evaluateKeyResult } from './evaluate-key-result.js';
import { progressStatus } from './kr-status.js';

const q1 = cycleSpan({ id: 'q1', start: '2026-01-01', end: '2026-03-31' });
const responseTime = keyResult({
  title: 'Reduce response time from 52 min to 25 min',
  baseline: 52,
  target: 25,
});

describe('the current value of a key result', () => {
  it('is the latest check-in at or before the instant', () => {
    const kr = {
      ...responseTime,
      checkIns: [
        { at: day('2026-02-01'), value: 38, confidence: 0.7 },
        { at: day('2026-01-15'), value: 45 },
        { at: day('2026-03-01'), value: 30 },
      ],
    };
    const e = evaluateKeyResult(kr, q1, endOf('2026-02-10'));
    expect(e.current).toEqual({ value: 38, at: day('2026-02-01'), source: 'check_in' });
    expect(e.progress).toBeCloseTo(0.5185, 4);
    expect(e.confidence).toBe(0.7);
  });

  it('is the baseline with no check-in yet', () => {
    const e = evaluateKeyResult(responseTime, q1, endOf('2026-01-10'));
    expect(e.current).toEqual({ value: 52, at: undefined, source: 'baseline' });
    expect(e.progress).toBe(0);
  });

  it("is the linked KPI's latest data point, not the check-ins", () => {
    const churn = prepareKpi(kpi({ id: 'churn', points: daily('2026-02-01', [7, 6.5]) }));
    const kr = keyResult({
      baseline: 8,
      target: 5,
      kpi: 'churn',
      checkIns: [{ at: day('2026-02-02'), value: 7.9 }],
    });
    const e = evaluateKeyResult(kr, q1, endOf('2026-02-02'), new Map([['churn', churn]]));
    expect(e.current.value).toBe(6.5);
    expect(e.current.source).toBe('kpi');
    expect(e.progress).toBeCloseTo(0.5);
  });

  it("stops reading the linked KPI at the cycle's end", () => {
    const churn = prepareKpi(
      kpi({
        id: 'churn',
        points: [
          { at: day('2026-03-30'), value: 5 },
          { at: day('2026-04-15'), value: 9 },
        ],
      }),
    );
    const kr = keyResult({ baseline: 8, target: 5, kpi: 'churn' });
    const e = evaluateKeyResult(kr, q1, endOf('2026-05-01'), new Map([['churn', churn]]));
    expect(e.current.value).toBe(5);
    expect(e.status).toBe('achieved');
  });

  it('has progress 0 and no crash without a baseline or a target', () => {
    const kr = keyResult({ target: 500, checkIns: [{ at: day('2026-02-01'), value: 300 }] });
    const e = evaluateKeyResult(kr, q1, endOf('2026-02-14'));
    expect(e.progress).toBe(0);
    expect(e.status).toBe('off_track');
    expect(evaluateKeyResult(keyResult(), q1, endOf('2026-02-14')).current.value).toBeUndefined();
  });
});

describe('milestones', () => {
  it('are done when marked done', () => {
    const e = evaluateKeyResult(keyResult({ milestone: true, done: true }), q1, endOf('2026-02-01'));
    expect(e.progress).toBe(1);
    expect(e.status).toBe('achieved');
  });

  it('are done when the latest check-in reports 1, and not before', () => {
    const kr = keyResult({ milestone: true, checkIns: [{ at: day('2026-03-01'), value: 1 }] });
    expect(evaluateKeyResult(kr, q1, endOf('2026-02-20')).progress).toBe(0);
    expect(evaluateKeyResult(kr, q1, endOf('2026-03-01')).progress).toBe(1);
  });

  it('have no forecast', () => {
    const kr = keyResult({ milestone: true, checkIns: daily('2026-01-01', [0, 0, 0]) });
    expect(evaluateKeyResult(kr, q1, endOf('2026-02-01')).forecast).toBeUndefined();
  });
});

describe('key result status against the expected progress', () => {
  it.each([
    ['progress 1 is achieved', 1, 0.5, false, 'achieved'],
    ['anything before the cycle starts is not started', 0.3, 0, true, 'not_started'],
    ['progress 0.4 at expected 0.5 is on track (within 0.10)', 0.4, 0.5, false, 'on_track'],
    ['progress 0.6 at expected 0.7 is on track, despite floating point', 0.6, 0.7, false, 'on_track'],
    ['progress 0.39 at expected 0.5 is at risk', 0.39, 0.5, false, 'at_risk'],
    ['progress 0.25 at expected 0.5 is at risk (within 0.25)', 0.25, 0.5, false, 'at_risk'],
    ['progress 0.24 at expected 0.5 is off track', 0.24, 0.5, false, 'off_track'],
  ] as const)('%s', (_, progress, expected, beforeStart, status) => {
    expect(progressStatus(progress, expected, beforeStart)).toBe(status);
  });

  it('is not started as of the day before the cycle, and measured after it ends', () => {
    expect(evaluateKeyResult(responseTime, q1, endOf('2025-12-31')).status).toBe('not_started');
    const late = evaluateKeyResult(responseTime, q1, endOf('2026-04-10'));
    expect(late.expected).toBe(1);
    expect(late.status).toBe('off_track');
  });
});

describe('forecast', () => {
  it('extrapolates the check-ins to the end of the cycle', () => {
    // Customer base 100 → 500, +10 a day from 1 January: 90 days later, 1,000.
    const kr = keyResult({ baseline: 100, target: 500, checkIns: daily('2026-01-01', [100, 110, 120, 130]) });
    const f = evaluateKeyResult(kr, q1, endOf('2026-01-04')).forecast;
    expect(f?.value).toBeCloseTo(100 + 10 * (90 - 1 / 86_400_000), 3);
    expect(f?.progress).toBe(1);
  });

  it('needs two readings at different instants', () => {
    const kr = keyResult({ baseline: 100, target: 500, checkIns: daily('2026-01-01', [120]) });
    expect(evaluateKeyResult(kr, q1, endOf('2026-01-04')).forecast).toBeUndefined();
  });

  it('uses the linked KPI points inside the cycle only', () => {
    const churn = prepareKpi(
      kpi({
        id: 'churn',
        points: [{ at: day('2025-12-01'), value: 20 }, ...daily('2026-01-01', [8, 7.9, 7.8])],
      }),
    );
    const kr = keyResult({ baseline: 8, target: 5, kpi: 'churn' });
    const f = evaluateKeyResult(kr, q1, endOf('2026-01-03'), new Map([['churn', churn]])).forecast;
    // −0.1 a day for 90 days: 8 − 9 = −1, past the target.
    expect(f?.value).toBeCloseTo(-1, 3);
    expect(f?.progress).toBe(1);
  });
});

describe('a KPI-linked key result without a baseline', () => {
  const churn = prepareKpi(
    kpi({
      id: 'churn',
      points: [{ at: day('2025-12-20'), value: 8 }, ...daily('2026-01-10', [7.5, 7, 6.5])],
    }),
  );
  const kpis = new Map([['churn', churn]]);

  it("takes the KPI's value at the cycle start: churn 8% → 5% is half done at 6.5%", () => {
    const e = evaluateKeyResult(keyResult({ target: 5, kpi: 'churn' }), q1, endOf('2026-01-12'), kpis);
    expect(e.baseline).toEqual({ value: 8, source: 'kpi_at_cycle_start' });
    expect(e.progress).toBeCloseTo(0.5);
  });

  it('keeps a baseline written on the key result', () => {
    const e = evaluateKeyResult(
      keyResult({ baseline: 9, target: 5, kpi: 'churn' }),
      q1,
      endOf('2026-01-12'),
      kpis,
    );
    expect(e.baseline).toEqual({ value: 9, source: 'key_result' });
  });

  it("takes the KPI's first reading when it began reporting during the cycle", () => {
    const fresh = prepareKpi(kpi({ id: 'churn', points: daily('2026-01-10', [7.5, 7]) }));
    const kr = keyResult({ target: 5, kpi: 'churn' });
    expect(
      evaluateKeyResult(kr, q1, endOf('2026-01-09'), new Map([['churn', fresh]])).baseline.value,
    ).toBeUndefined();
    expect(evaluateKeyResult(kr, q1, endOf('2026-01-11'), new Map([['churn', fresh]])).baseline.value).toBe(
      7.5,
    );
  });
});

describe('the impact verdict on a key result', () => {
  it('is given for a KR linked to a known KPI in a known cycle, and only then', () => {
    const churn = prepareKpi(kpi({ id: 'churn', points: daily('2025-12-20', [8, 8, 8, 8]) }));
    const kr = keyResult({ baseline: 8, target: 5, kpi: 'churn' });
    expect(evaluateKeyResult(kr, q1, endOf('2026-02-01'), new Map([['churn', churn]])).impact?.verdict).toBe(
      'too_little_data',
    );
    expect(evaluateKeyResult(kr, q1, endOf('2026-02-01')).impact).toBeUndefined();
    expect(evaluateKeyResult(responseTime, q1, endOf('2026-02-01')).impact).toBeUndefined();
  });
});
