import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.js';

/** Statements are read as of this date (it places dates written without a year). */
const read = (text: string) => parseStatement(text, '2026-01-15');

describe("domain.md's plain-language statements", () => {
  it('"Reduce churn from 8% to 5%" is a decreasing key result from 8 to 5 %', () => {
    expect(read('Reduce churn from 8% to 5%')).toMatchObject({
      kind: 'key_result',
      metric: 'churn',
      direction: 'decrease',
      baseline: 8,
      target: 5,
      unit: '%',
      findings: [],
    });
  });

  it('"Keep billable utilisation between 70% and 80%" is a KPI range', () => {
    expect(read('Keep billable utilisation between 70% and 80%')).toMatchObject({
      kind: 'kpi',
      direction: 'between',
      low: 70,
      high: 80,
      target: null,
    });
  });

  it('"Keep first response time under four hours" is a KPI of at most 4 h, the bound in target and high', () => {
    expect(read('Keep first response time under four hours')).toMatchObject({
      kind: 'kpi',
      direction: 'at_most',
      target: 4,
      high: 4,
      low: null,
      unit: 'h',
    });
  });

  it('"Increase monthly recurring revenue from retainers by 25%" asks for a baseline', () => {
    const r = read('Increase monthly recurring revenue from retainers by 25%');
    expect(r).toMatchObject({
      kind: 'key_result',
      direction: 'increase',
      baseline: null,
      change: { amount: 25, relative: true },
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['kr-no-baseline']);
  });

  it('"Response time = 52 min (target 30 min)" is a KPI reading: current 52, at most 30', () => {
    expect(read('Response time = 52 min (target 30 min)')).toMatchObject({
      kind: 'kpi',
      current: 52,
      direction: 'at_most',
      target: 30,
      unit: 'min',
    });
  });

  it('"Hold weekly client meetings" is an activity', () => {
    expect(read('Hold weekly client meetings')).toMatchObject({
      kind: 'task',
      findings: [{ rule: 'kr-is-task' }],
    });
  });

  it('"Become the go-to podcast in the digital marketing space" is an objective', () => {
    expect(read('Become the go-to podcast in the digital marketing space')).toMatchObject({
      kind: 'objective',
      findings: [],
    });
  });
});

describe('readings', () => {
  it('take the direction from the numbers before the verb, and say so', () => {
    const r = read('Improve on-time delivery to 90% (currently 65%)');
    expect(r).toMatchObject({ direction: 'increase', baseline: 65, target: 90 });
    expect(r.why).toContain('numbers');
  });

  it('fall back on the polarity of the metric: lower churn is better', () => {
    const r = read('Churn: 5% (target: 3%)');
    expect(r).toMatchObject({ direction: 'at_most', current: 5, target: 3 });
    expect(r.why).toContain('lower-is-better');
  });

  it('read "launch X" as a milestone and "launch 3 new X" as a count', () => {
    expect(read('Launch the new onboarding flow')).toMatchObject({
      kind: 'milestone',
      findings: [{ rule: 'kr-binary' }],
    });
    expect(read('Launch 3 new products by June')).toMatchObject({
      kind: 'key_result',
      target: 3,
      due: '2026-06-30',
      findings: [],
    });
  });

  it('flag an objective that is a number', () => {
    expect(read('Objective: Achieve $10k/month revenue').findings.map((f) => f.rule)).toContain(
      'objective-is-metric',
    );
  });

  it('flag vanity metrics', () => {
    expect(read('Get 10,000 Instagram followers').findings.map((f) => f.rule)).toContain('vanity-metric');
  });

  it('compute a target from a baseline and a change', () => {
    expect(read('Increase revenue from $200k by 20%')).toMatchObject({
      baseline: 200000,
      target: 240000,
      unit: 'USD',
    });
  });
});
