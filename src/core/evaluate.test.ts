import { describe, expect, it } from 'vitest';
import { evaluateWorkspace } from './evaluate.js';
import { daily, day, endOf, keyResult, kpi, objective, workspace } from './test-support/engine-fixtures.js';

const ws = workspace({
  kpis: [
    kpi({
      id: 'response-time',
      name: 'Response time',
      unit: 'min',
      owner: 'ana',
      team: 'ops',
      healthy: { max: 30 },
      points: daily('2026-02-01', [52, 45, 38]),
    }),
    kpi({ id: 'csat', name: 'CSAT', owner: 'ana', team: 'ops', healthy: { min: 4.5 } }),
  ],
  objectives: [
    objective({
      id: 'support',
      title: 'Customers get help fast',
      owner: 'ana',
      team: 'ops',
      keyResults: [
        keyResult({
          id: 'rt',
          title: 'Reduce response time from 52 min to 25 min',
          owner: 'ana',
          baseline: 52,
          target: 25,
          unit: 'min',
          kpi: 'response-time',
        }),
        keyResult({
          id: 'csat-kr',
          title: 'Increase CSAT from 3.8 to 4.5',
          owner: 'ana',
          baseline: 3.8,
          target: 4.5,
          checkIns: [{ at: day('2026-02-02'), value: 4.15, confidence: 0.6 }],
        }),
      ],
    }),
  ],
});

describe('evaluating a workspace', () => {
  const report = evaluateWorkspace(ws, endOf('2026-02-03'));

  it('reports the instant and the time of each value as ISO timestamps', () => {
    expect(report.asOf).toBe('2026-02-03T23:59:59.999Z');
    expect(report.kpis[0]?.at).toBe('2026-02-03T00:00:00.000Z');
  });

  it('lists KPIs in file order with their status, streak and trend (the breach is answered by the linked KR)', () => {
    expect(report.kpis.map((k) => [k.id, k.status])).toEqual([
      ['response-time', 'breach'],
      ['csat', 'no_data'],
    ]);
    expect(report.kpis.map((k) => k.id)).toEqual(ws.kpis.map((k) => k.id));
    expect(report.kpis[0]).toMatchObject({
      value: 38,
      breachStreak: 3,
      trend: 'improving',
      recent: [52, 45, 38],
      unansweredBreach: false,
      breachSince: '2026-02-01T00:00:00.000Z',
    });
    expect(report.kpis[0]?.trendSlope).toBeCloseTo(-7);
  });

  it('reports KR progress: the linked response time at 38 of 52→25 is 52% done', () => {
    const [rt, csat] = report.objectives[0]?.keyResults ?? [];
    expect(rt?.current).toBe(38);
    expect(rt?.progress).toBeCloseTo(0.5185, 4);
    expect(csat).toMatchObject({ current: 4.15, confidence: 0.6, baseline: 3.8, target: 4.5 });
    expect(csat?.progress).toBeCloseTo(0.5);
    expect(report.objectives[0]?.progress).toBeCloseTo((0.5185 + 0.5) / 2, 3);
    expect(report.objectives[0]?.grade).toBe(0.5);
    expect(report.objectives[0]?.gradeColour).toBe('yellow');
  });

  it('includes the coach findings', () => {
    const untidy = { ...ws, kpis: [...ws.kpis, kpi({ id: 'nps', name: 'NPS' })] };
    const findings = evaluateWorkspace(untidy, endOf('2026-02-03')).findings;
    expect(findings.map((f) => [f.rule, f.ref])).toEqual([
      ['kpi-no-threshold', 'nps'],
      ['no-owner', 'nps'],
    ]);
  });

  it('serialises to JSON without losing anything', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('the report of guardrails and suggested ranges', () => {
  it('lists each guardrail with its status and whether it broke during the cycle', () => {
    const ws = workspace({
      kpis: [
        kpi({ id: 'csat', healthy: { min: 4 }, points: daily('2026-02-01', [4.2, 3.7, 3.9]) }),
        kpi({ id: 'tickets', points: daily('2026-01-01', [40, 42, 38, 41, 39, 40, 43, 37, 40, 41]) }),
      ],
      objectives: [objective({ id: 'faster', guardrails: ['csat'] })],
    });
    const report = evaluateWorkspace(ws, endOf('2026-02-10'));
    expect(report.objectives[0]?.guardrails).toEqual([{ kpi: 'csat', status: 'breach', breached: true }]);
    expect(report.kpis.map((k) => k.suggestedHealthy)).toEqual([null, { min: 35.6, max: 44.4 }]);
  });
});
