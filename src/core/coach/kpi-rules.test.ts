import { describe, expect, it } from 'vitest';
import type { Kpi, Workspace } from '../model.js';
import {
  daily,
  day,
  endOf,
  keyResult,
  kpi,
  objective,
  weekly,
  workspace,
} from '../test-support/engine-fixtures.js';
import { runCoach } from './run-coach.js';

const findings = (ws: Workspace, rule: string, asOf = endOf('2026-02-14')) =>
  runCoach(ws, asOf).filter((f) => f.rule === rule);
const kpis = (n: number, team?: string): Kpi[] =>
  Array.from({ length: n }, (_, i) => kpi({ id: `k${i}`, owner: 'ana', team, healthy: { max: 1 } }));

describe('kpi-no-threshold', () => {
  it('flags a KPI without a healthy range', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'mrr', owner: 'ana' }), kpi({ id: 'churn', healthy: { max: 3 } })],
    });
    expect(findings(ws, 'kpi-no-threshold')).toMatchObject([{ ref: 'mrr', severity: 'warning' }]);
  });
});

describe('too-many-kpis', () => {
  it('allows 7 per team and flags the eighth', () => {
    expect(findings(workspace({ kpis: kpis(7, 'ops') }), 'too-many-kpis')).toEqual([]);
    expect(findings(workspace({ kpis: kpis(8, 'ops') }), 'too-many-kpis')).toMatchObject([{ ref: 'ops' }]);
  });

  it('allows a freelancer 5', () => {
    expect(findings(workspace({ freelancer: true, kpis: kpis(5) }), 'too-many-kpis')).toEqual([]);
    expect(findings(workspace({ freelancer: true, kpis: kpis(6) }), 'too-many-kpis')).toMatchObject([
      { ref: 'Acme' },
    ]);
  });
});

describe('stale-kpi', () => {
  it('flags a weekly KPI once its latest point is more than 10.5 days old', () => {
    const k = kpi({ id: 'nps', cadence: 'weekly', healthy: { min: 30 }, points: daily('2026-02-01', [40]) });
    expect(findings(workspace({ kpis: [k] }), 'stale-kpi', day('2026-02-11') + 12 * 3_600_000)).toEqual([]);
    const [f] = findings(workspace({ kpis: [k] }), 'stale-kpi', endOf('2026-02-11'));
    expect(f).toMatchObject({ ref: 'nps', severity: 'warning' });
    expect(f?.message).toContain('Feb 1, 2026');
  });
});

describe('unanswered-breach', () => {
  const churn = kpi({
    id: 'churn',
    name: 'churn',
    unit: '%',
    healthy: { max: 3 },
    warning: { max: 5 },
    points: daily('2026-02-01', [6, 6.5]),
  });

  it('is an error for a breach and offers the drafted OKR', () => {
    const [f] = findings(workspace({ kpis: [churn] }), 'unanswered-breach', endOf('2026-02-02'));
    expect(f).toMatchObject({ ref: 'churn', severity: 'error' });
    expect(f?.message).toBe(
      'KPI "churn" has been in breach since Feb 1, 2026 with no answer: record a decision, or start an OKR such as "Reduce churn from 6.5% to 3%".',
    );
  });

  it('is a warning for a KPI at risk', () => {
    const atRisk = { ...churn, points: daily('2026-02-01', [4, 4.5]) };
    expect(findings(workspace({ kpis: [atRisk] }), 'unanswered-breach', endOf('2026-02-02'))).toMatchObject([
      { severity: 'warning' },
    ]);
  });
});

describe('noise-kpi', () => {
  it('suggests cutting a KPI that stayed healthy for 180 days and led to nothing', () => {
    const quiet = kpi({
      id: 'load',
      cadence: 'weekly',
      healthy: { max: 3 },
      points: weekly('2025-06-02', Array(40).fill(2)),
    });
    expect(findings(workspace({ kpis: [quiet] }), 'noise-kpi', endOf('2026-02-14'))).toMatchObject([
      { ref: 'load', severity: 'info' },
    ]);
  });
});

describe('okrs-without-kpis and kpis-without-okrs', () => {
  it('flags a team with OKRs in the current cycle but no KPIs', () => {
    const ws = workspace({ objectives: [objective({ team: 'ops' })], kpis: kpis(1, 'sales') });
    expect(findings(ws, 'okrs-without-kpis')).toMatchObject([{ ref: 'ops' }]);
  });

  it('flags a team whose KPIs reported through the last two cycles with no objective in either', () => {
    const k = kpi({
      id: 'churn',
      team: 'ops',
      healthy: { max: 3 },
      points: weekly('2026-01-05', Array(20).fill(2)),
    });
    const asOf = endOf('2026-05-01');
    expect(findings(workspace({ kpis: [k] }), 'kpis-without-okrs', asOf)).toMatchObject([
      { ref: 'ops', severity: 'info' },
    ]);
    const withOkr = workspace({
      kpis: [k],
      objectives: [objective({ team: 'ops', cycle: 'q1', keyResults: [keyResult()] })],
    });
    expect(findings(withOkr, 'kpis-without-okrs', asOf)).toEqual([]);
  });

  it('does not flag a team whose KPIs only started this cycle', () => {
    const k = kpi({ id: 'churn', team: 'ops', healthy: { max: 3 }, points: weekly('2026-04-06', [2, 2]) });
    expect(findings(workspace({ kpis: [k] }), 'kpis-without-okrs', endOf('2026-05-01'))).toEqual([]);
  });
});
