import { describe, expect, it } from 'vitest';
import type { Workspace } from '../model.js';
import { daily, endOf, keyResult, kpi, objective, workspace } from '../test-support/engine-fixtures.js';
import { runCoach } from './run-coach.js';

const asOf = endOf('2026-02-14');
const two = [
  keyResult({ id: 'kr1', owner: 'ana', baseline: 1, target: 2 }),
  keyResult({ id: 'kr2', owner: 'ana', baseline: 1, target: 2 }),
];
const findings = (ws: Workspace, rule: string) => runCoach(ws, asOf).filter((f) => f.rule === rule);

describe('no-owner', () => {
  it('flags an objective, a KR and a KPI without an owner', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'churn' })],
      objectives: [objective({ id: 'o', keyResults: [keyResult({ id: 'kr' })] })],
    });
    expect(findings(ws, 'no-owner').map((f) => [f.ref, f.severity])).toEqual([
      ['churn', 'warning'],
      ['kr', 'warning'],
      ['o', 'warning'],
    ]);
  });

  it('only nudges about a KR without an owner when its objective has one', () => {
    const ws = workspace({
      objectives: [objective({ owner: 'ana', keyResults: [keyResult({ id: 'kr' })] })],
    });
    expect(findings(ws, 'no-owner')).toMatchObject([{ ref: 'kr', severity: 'info' }]);
  });

  it('calls an owner who is not a person of the workspace an error', () => {
    const ws = workspace({ kpis: [kpi({ id: 'churn', owner: 'bob' })] });
    const [f] = findings(ws, 'no-owner');
    expect(f).toMatchObject({ ref: 'churn', severity: 'error' });
    expect(f?.message).toContain('"bob"');
  });

  it('leaves objectives of closed cycles alone', () => {
    const ws = workspace({ objectives: [objective({ cycle: 'q1' })] });
    expect(runCoach(ws, endOf('2026-04-05')).filter((f) => f.rule === 'no-owner')).toEqual([]);
  });
});

describe('kr-count', () => {
  it.each([
    [0, true],
    [1, true],
    [2, false],
    [5, false],
    [6, true],
  ])('an objective with %i key results is flagged: %s', (n, flagged) => {
    const krs = Array.from({ length: n }, (_, i) =>
      keyResult({ id: `kr${i}`, owner: 'ana', baseline: 0, target: 1 }),
    );
    const ws = workspace({ objectives: [objective({ owner: 'ana', keyResults: krs })] });
    expect(findings(ws, 'kr-count').length).toBe(flagged ? 1 : 0);
  });

  it('leaves a parent measured through its aligned children alone', () => {
    const ws = workspace({
      objectives: [
        objective({ id: 'parent' }),
        objective({ id: 'child', parents: ['parent'], keyResults: two }),
      ],
    });
    expect(findings(ws, 'kr-count')).toEqual([]);
  });
});

describe('too-many-objectives', () => {
  const objectives = (n: number, team = 'ops') =>
    Array.from({ length: n }, (_, i) =>
      objective({ id: `o${i}`, owner: 'ana', team, cycle: 'q1', keyResults: two }),
    );

  it('allows 3 objectives per team in a cycle and flags the fourth', () => {
    expect(findings(workspace({ objectives: objectives(3) }), 'too-many-objectives')).toEqual([]);
    const flagged = findings(workspace({ objectives: objectives(4) }), 'too-many-objectives');
    expect(flagged.map((f) => f.ref).sort()).toEqual(['ana', 'ops']);
    expect(flagged.find((f) => f.ref === 'ops')?.message).toBe(
      'Team Operations has 4 objectives in cycle q1: focus on at most 3 and move the rest to the next cycle or to KPIs.',
    );
  });

  it('allows a freelancer only 2', () => {
    const ws = workspace({ freelancer: true, objectives: objectives(3) });
    expect(findings(ws, 'too-many-objectives')).toMatchObject([{ ref: 'Acme' }]);
  });

  it('counts each cycle on its own and ignores closed ones', () => {
    const spread = objectives(4).map((o, i) => ({ ...o, cycle: i < 2 ? 'q1' : 'q2' }));
    expect(findings(workspace({ objectives: spread }), 'too-many-objectives')).toEqual([]);
    expect(
      runCoach(workspace({ objectives: objectives(4) }), endOf('2026-04-05')).some(
        (f) => f.rule === 'too-many-objectives',
      ),
    ).toBe(false);
  });
});

describe('kr-no-baseline and kr-binary', () => {
  it('asks for a baseline, suggesting the linked KPI value at the start of the cycle', () => {
    const churn = kpi({ id: 'churn', name: 'Churn', unit: '%', points: daily('2025-12-31', [8]) });
    const ws = workspace({
      kpis: [churn],
      objectives: [
        objective({
          keyResults: [
            keyResult({ id: 'plain', target: 500 }),
            keyResult({ id: 'linked', target: 5, kpi: 'churn' }),
            keyResult({ id: 'fine', baseline: 8, target: 5 }),
          ],
        }),
      ],
    });
    const byRef = new Map(findings(ws, 'kr-no-baseline').map((f) => [f.ref, f]));
    expect([...byRef.keys()].sort()).toEqual(['linked', 'plain']);
    expect(byRef.get('linked')?.message).toBe(
      'The key result "A key result" has no baseline of its own, so it is measured from its KPI "Churn" at the cycle start: 8%. Write 8% down as its baseline, so a later correction to the KPI\'s history cannot move its progress.',
    );
    expect(byRef.get('plain')?.message).toMatch(/record where it stands today as its baseline/);
    expect(byRef.get('plain')?.severity).toBe('warning');
  });

  it('before its KPI has a point at the cycle start, says the baseline will come from it then', () => {
    const churn = kpi({ id: 'churn', name: 'Churn', unit: '%', points: [] });
    const ws = workspace({
      kpis: [churn],
      objectives: [objective({ keyResults: [keyResult({ id: 'linked', target: 5, kpi: 'churn' })] })],
    });
    expect(findings(ws, 'kr-no-baseline').map((f) => f.message)).toEqual([
      expect.stringMatching(
        /has no baseline: it will be measured from its KPI "Churn" at the cycle start \(Jan 1, 2026\), once the KPI has a point then/,
      ),
    ]);
  });

  it('asks whether a milestone improved anything', () => {
    const ws = workspace({
      objectives: [objective({ keyResults: [keyResult({ id: 'launch', milestone: true })] })],
    });
    expect(findings(ws, 'kr-binary')).toMatchObject([{ ref: 'launch', severity: 'info' }]);
    expect(findings(ws, 'kr-no-baseline')).toEqual([]);
  });
});

describe('guardrail-breached', () => {
  // Faster replies, guarded by CSAT (at least 4 out of 5).
  const csat = kpi({ id: 'csat', name: 'CSAT', unit: '/5', healthy: { min: 4 } });
  const faster = (guardrails: string[]) =>
    objective({ id: 'faster', title: 'Reply faster', owner: 'ana', keyResults: two, guardrails });

  it('flags the objective when a guardrail left its healthy range during the cycle', () => {
    const ws = workspace({
      kpis: [{ ...csat, points: daily('2026-02-01', [4.3, 3.8, 4.2]) }],
      objectives: [faster(['csat'])],
    });
    const [f] = findings(ws, 'guardrail-breached');
    expect(f).toMatchObject({ ref: 'faster', severity: 'warning' });
    expect(f?.message).toContain('guardrail KPI "CSAT" left its healthy range');
    expect(f?.message).toContain('back in range now');
  });

  it('stays quiet while the guardrail holds, or when it broke before the cycle', () => {
    const ws = workspace({
      kpis: [{ ...csat, points: [...daily('2025-12-30', [3.5]), ...daily('2026-01-05', [4.1, 4.4])] }],
      objectives: [faster(['csat'])],
    });
    expect(findings(ws, 'guardrail-breached')).toEqual([]);
  });
});
