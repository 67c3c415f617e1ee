import { describe, expect, it } from 'vitest';
import type { Workspace } from '../model.js';
import { day, endOf, keyResult, kpi, objective, workspace } from '../test-support/engine-fixtures.js';
import { runCoach } from './run-coach.js';

const asOf = endOf('2026-02-14');
const findings = (ws: Workspace) => runCoach(ws, asOf).filter((f) => f.rule === 'vanity-metric');

describe('vanity-metric', () => {
  it('flags a followers KPI that never led to a decision or a key result', () => {
    const ws = workspace({ kpis: [kpi({ id: 'followers', name: 'Social media followers' })] });
    expect(findings(ws)).toMatchObject([{ ref: 'followers', severity: 'info' }]);
  });

  it('lets a page-views KPI pass once a decision was recorded on it', () => {
    const ws = workspace({
      kpis: [kpi({ id: 'views', name: 'Page views' })],
      decisions: [{ kpi: 'views', at: day('2026-01-10'), by: 'ana', text: 'Content review when below 10k' }],
    });
    expect(findings(ws)).toEqual([]);
  });

  it('flags a key result that counts impressions unless it is linked to a KPI', () => {
    const kr = (kpiId?: string) =>
      keyResult({
        id: 'kr',
        owner: 'ana',
        title: 'Reach 1 million impressions on LinkedIn',
        ...(kpiId ? { kpi: kpiId } : {}),
      });
    expect(
      findings(workspace({ objectives: [objective({ owner: 'ana', keyResults: [kr()] })] })),
    ).toMatchObject([{ ref: 'kr' }]);
    const linked = workspace({
      kpis: [kpi({ id: 'leads', name: 'Qualified leads' })],
      objectives: [objective({ owner: 'ana', keyResults: [kr('leads')] })],
    });
    expect(findings(linked)).toEqual([]);
  });

  it('does not flag outcome metrics', () => {
    expect(findings(workspace({ kpis: [kpi({ id: 'conv', name: 'Lead conversion rate' })] }))).toEqual([]);
  });
});
