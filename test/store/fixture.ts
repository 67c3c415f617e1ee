import type { Workspace } from '../../src/core/model.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * A small workspace that uses every field the model has, in a deliberately awkward
 * order: a child team and an aligned objective listed before their parents, points out
 * of time order, optional fields present and absent side by side.
 */
export function everyFieldWorkspace(): Workspace {
  return {
    name: 'Every Field Ltd',
    freelancer: false,
    locale: 'en-GB',
    currency: 'EUR',
    alertRepeat: 86_400_000,
    people: [
      { id: 'maya', name: 'Maya Fischer', email: 'maya@example.com' },
      { id: 'tomas', name: 'Tomás Rivera' },
    ],
    teams: [
      { id: 'tier1', name: 'Tier 1', parent: 'support' },
      { id: 'support', name: 'Customer Support' },
    ],
    cycles: [
      { id: '2026-q3', start: '2026-07-01', end: '2026-09-30' },
      { id: '2026-q4', start: '2026-10-01', end: '2026-12-31' },
    ],
    kpis: [
      {
        id: 'churn',
        name: 'Monthly churn',
        unit: '%',
        owner: 'maya',
        team: 'support',
        cadence: 'monthly',
        healthy: { max: 5 },
        warning: { max: 7 },
        points: [
          { at: day('2026-08-01'), value: 8, note: 'price change', source: 'import' },
          { at: day('2026-09-01'), value: 7.5, source: 'manual' },
          { at: Date.parse('2026-10-01T09:30:00Z'), value: 6.25 },
        ],
        thresholdHistory: [
          {
            at: day('2026-07-01'),
            from: { max: 8 },
            to: { max: 5 },
            keyResult: 'churn-down',
            reason: 'held for a quarter',
          },
          { at: day('2026-01-01'), from: {}, to: { max: 8 } },
        ],
        alert: { for: { kind: 'points', count: 2 }, repeat: 4 * 3_600_000 },
      },
      {
        id: 'utilisation',
        name: 'Billable utilisation',
        cadence: 'weekly',
        healthy: { min: 70, max: 80 },
        points: [],
      },
    ],
    decisions: [
      {
        kpi: 'churn',
        at: day('2026-09-03'),
        by: 'maya',
        text: 'Call every churned account',
        objective: 'retain',
      },
      { kpi: 'utilisation', at: day('2026-09-04'), by: 'Board', text: 'Accept the dip over summer' },
    ],
    objectives: [
      {
        id: 'retain-smb',
        title: 'Small businesses stay with us',
        cycle: '2026-q4',
        type: 'aspirational',
        parents: ['retain'],
        guardrails: ['utilisation', 'churn'],
        keyResults: [
          {
            id: 'onboarding',
            title: 'Onboarding calls held for every new account',
            weight: 0.5,
            milestone: true,
            done: false,
            checkIns: [],
          },
        ],
      },
      {
        id: 'retain',
        title: 'Customers stay because they want to',
        owner: 'maya',
        team: 'tier1',
        cycle: '2026-q4',
        type: 'committed',
        keyResults: [
          {
            id: 'churn-down',
            title: 'Reduce churn from 8% to 5%',
            owner: 'tomas',
            baseline: 8,
            target: 5,
            unit: '%',
            weight: 2,
            kpi: 'churn',
            checkIns: [
              { at: day('2026-10-14'), value: 6.5, confidence: 0.6, note: 'ahead', blockers: 'none' },
              { at: day('2026-10-07'), value: 7 },
            ],
          },
        ],
      },
    ],
    initiatives: [
      {
        id: 'win-back',
        title: 'Win-back calls',
        owner: 'maya',
        keyResults: ['churn-down', 'onboarding'],
        status: 'in_progress',
        due: '2026-12-15',
      },
      { id: 'faq', title: 'Rewrite the FAQ', keyResults: [], status: 'planned' },
    ],
  };
}

/** The same workspace with each KPI's points in time order, as the store returns them. */
export function withPointsInTimeOrder(ws: Workspace): Workspace {
  return { ...ws, kpis: ws.kpis.map((k) => ({ ...k, points: [...k.points].sort((a, b) => a.at - b.at) })) };
}
