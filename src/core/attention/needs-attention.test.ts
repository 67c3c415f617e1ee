import { describe, expect, it } from 'vitest';
import { evaluateWorkspace } from '../evaluate.js';
import { day, endOf, keyResult, objective, workspace } from '../test-support/engine-fixtures.js';
import { needsAttention } from './needs-attention.js';

describe('what needs attention', () => {
  const ws = workspace({
    objectives: [
      objective({
        id: 'grow',
        cycle: 'q2',
        keyResults: [
          keyResult({
            id: 'calls',
            title: 'Make 40 sales calls',
            baseline: 0,
            target: 40,
            checkIns: [{ at: day('2026-04-06'), value: 2 }],
          }),
        ],
      }),
      objective({
        id: 'later',
        cycle: 'q4',
        keyResults: [keyResult({ id: 'later-kr', baseline: 0, target: 1 })],
      }),
    ],
  });
  const asOf = endOf('2026-05-20');
  const report = evaluateWorkspace(ws, asOf);
  const items = needsAttention({
    ws,
    asOf,
    kpis: report.kpis,
    objectives: report.objectives,
    proposals: [],
    findings: report.findings,
  });

  it('names a key result far behind its expected progress, and its check-in six weeks late', () => {
    expect(items.filter((i) => i.ref === 'calls').map((i) => [i.kind, i.severity])).toEqual([
      ['at_risk_kr', 'error'],
      ['missing_check_in', 'info'],
    ]);
    expect(items.find((i) => i.kind === 'at_risk_kr')?.message).toBe(
      'Make 40 sales calls is off track: 5% done, 55% expected by now.',
    );
  });

  it('asks no check-in of an objective whose cycle has not started', () => {
    expect(items.filter((i) => i.ref === 'later-kr')).toEqual([]);
  });
});
