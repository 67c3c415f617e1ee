import { describe, expect, it } from 'vitest';
import { endOf, keyResult, kpi, objective, workspace } from '../test-support/engine-fixtures.js';
import { COACH_RULES } from './rules.js';
import { compareFindings, runCoach } from './run-coach.js';

describe('the coach', () => {
  it('gives every rule a distinct id', () => {
    const ids = COACH_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts findings by severity, then by the record they point at', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'b-kpi', owner: 'ghost' }), kpi({ id: 'a-kpi' })],
      objectives: [
        objective({
          id: 'z-obj',
          owner: 'ana',
          keyResults: [keyResult({ id: 'kr', owner: 'ana', milestone: true })],
        }),
      ],
    });
    const findings = runCoach(ws, endOf('2026-02-14'));
    expect([...findings].sort(compareFindings)).toEqual(findings);
    expect(findings[0]).toMatchObject({ severity: 'error', ref: 'b-kpi', rule: 'no-owner' });
    expect(findings.map((f) => f.severity)).toEqual(
      [...findings.map((f) => f.severity)].sort((a, b) => rank(a) - rank(b)),
    );
  });

  it('finds nothing to say about a tidy workspace', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'churn', owner: 'ana', team: 'ops', healthy: { max: 3 } })],
      objectives: [
        objective({
          owner: 'ana',
          team: 'ops',
          keyResults: [
            keyResult({ id: 'a', owner: 'ana', baseline: 8, target: 5 }),
            keyResult({ id: 'b', owner: 'ana', baseline: 3.8, target: 4.5 }),
          ],
        }),
      ],
    });
    expect(runCoach(ws, endOf('2026-02-14'))).toEqual([]);
  });
});

function rank(s: string): number {
  return ['error', 'warning', 'info'].indexOf(s);
}
