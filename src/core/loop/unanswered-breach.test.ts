import { describe, expect, it } from 'vitest';
import { evaluateKpi } from '../kpi/evaluate-kpi.js';
import type { Kpi, Workspace } from '../model.js';
import { daily, day, endOf, keyResult, kpi, objective, workspace } from '../test-support/engine-fixtures.js';
import { buildLoopIndex } from './loop-index.js';
import { isUnansweredBreach } from './unanswered-breach.js';

// Churn, daily, healthy at most 3%: in breach from 1 February.
const churn: Kpi = kpi({
  id: 'churn',
  name: 'Churn',
  unit: '%',
  healthy: { max: 3 },
  points: daily('2026-01-30', [2, 2.5, 6, 6.2, 6.1]),
});

function unanswered(ws: Workspace, asOf: number): boolean {
  return isUnansweredBreach(evaluateKpi(churn, asOf), buildLoopIndex(ws), asOf);
}

describe('unanswered breach', () => {
  it('is flagged once the streak began at least one cadence period ago', () => {
    expect(unanswered(workspace({ kpis: [churn] }), endOf('2026-02-03'))).toBe(true);
  });

  it('waits a full period: a breach that began less than a day ago is not yet unanswered', () => {
    expect(unanswered(workspace({ kpis: [churn] }), day('2026-02-02') - 1)).toBe(false);
    expect(unanswered(workspace({ kpis: [churn] }), day('2026-02-02'))).toBe(true);
  });

  it('is answered by a decision dated on or after the first point of the streak', () => {
    const ws = workspace({
      kpis: [churn],
      decisions: [{ kpi: 'churn', at: day('2026-02-01'), by: 'ana', text: 'Call the lost accounts.' }],
    });
    expect(unanswered(ws, endOf('2026-02-03'))).toBe(false);
  });

  it('is not answered by a decision older than the streak, or one dated after the instant', () => {
    const ws = workspace({
      kpis: [churn],
      decisions: [
        { kpi: 'churn', at: day('2026-01-15'), by: 'ana', text: 'Old news.' },
        { kpi: 'churn', at: day('2026-02-10'), by: 'ana', text: 'Future.' },
      ],
    });
    expect(unanswered(ws, endOf('2026-02-03'))).toBe(true);
  });

  it('is answered by a KR linked to the KPI in a cycle that includes the instant', () => {
    const linked = objective({
      cycle: 'q1',
      keyResults: [keyResult({ kpi: 'churn', baseline: 6, target: 3 })],
    });
    expect(unanswered(workspace({ kpis: [churn], objectives: [linked] }), endOf('2026-02-03'))).toBe(false);
    const nextQuarter = { ...linked, cycle: 'q2' };
    expect(unanswered(workspace({ kpis: [churn], objectives: [nextQuarter] }), endOf('2026-02-03'))).toBe(
      true,
    );
  });

  it('does not apply to a healthy KPI', () => {
    expect(unanswered(workspace({ kpis: [churn] }), endOf('2026-01-31'))).toBe(false);
  });
});
