import { describe, expect, it } from 'vitest';
import type { AttentionItem, Dashboard, DashboardObjective } from '../../api/types.js';
import { cycleScope } from './cycle-scope.js';
import { scopedDashboard } from './scoped-dashboard.js';

const q1 = { id: '2026-q1', start: '2026-01-01', end: '2026-03-31' };
const q2 = { id: '2026-q2', start: '2026-04-01', end: '2026-06-30' };

function objective(id: string, cycle: string, kr: string): DashboardObjective {
  return {
    id,
    title: id,
    cycle,
    type: 'aspirational',
    progress: 0.5,
    expected: 0.5,
    status: 'on_track',
    grade: 0.5,
    gradeColour: 'yellow',
    gradeNote: null,
    owner: null,
    team: null,
    parent: null,
    parents: [],
    guardrails: [],
    keyResults: [
      {
        id: kr,
        title: kr,
        current: null,
        progress: 0.2,
        status: 'off_track',
        forecast: null,
        confidence: null,
        impact: null,
        baseline: 0,
        baselineSource: 'key_result',
        target: 10,
        unit: null,
        kpi: null,
        milestone: false,
        expected: 0.5,
      },
    ],
  };
}

const item = (kind: AttentionItem['kind'], ref: string): AttentionItem => ({
  kind,
  ref,
  title: ref,
  message: ref,
  severity: 'warning',
});

const dashboard: Dashboard = {
  workspace: { slug: 'acme', name: 'Acme', locale: null, currency: null, freelancer: false },
  asOf: '2026-05-10T00:00:00.000Z',
  kpis: [],
  objectives: [objective('old', '2026-q1', 'old-kr'), objective('now', '2026-q2', 'now-kr')],
  needsAttention: [
    item('at_risk_kr', 'old-kr'),
    item('missing_check_in', 'old-kr'),
    item('at_risk_kr', 'now-kr'),
    item('unanswered_breach', 'churn'),
  ],
  findings: [],
};

describe('the dashboard of the current cycle', () => {
  it('keeps this quarter’s objectives and drops last quarter’s', () => {
    const scoped = scopedDashboard(dashboard, cycleScope(undefined, [q1, q2], '2026-05-10'));
    expect(scoped.objectives.map((o) => o.id)).toEqual(['now']);
  });

  it('drops the slipping key results and missing check-ins of hidden objectives, never a breach', () => {
    const scoped = scopedDashboard(dashboard, cycleScope(undefined, [q1, q2], '2026-05-10'));
    expect(scoped.needsAttention.map((i) => `${i.kind}:${i.ref}`)).toEqual([
      'at_risk_kr:now-kr',
      'unanswered_breach:churn',
    ]);
  });

  it('shows everything for all cycles', () => {
    expect(scopedDashboard(dashboard, cycleScope('all', [q1, q2], '2026-05-10'))).toBe(dashboard);
  });
});
