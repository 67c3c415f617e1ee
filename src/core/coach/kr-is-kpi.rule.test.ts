import { describe, expect, it } from 'vitest';
import { endOf, keyResult, objective, workspace } from '../test-support/engine-fixtures.js';
import { runCoach } from './run-coach.js';

const asOf = endOf('2026-02-14');
const findings = (title: string) =>
  runCoach(
    workspace({
      objectives: [objective({ owner: 'ana', keyResults: [keyResult({ id: 'kr', title, owner: 'ana' })] })],
    }),
    asOf,
  ).filter((f) => f.rule === 'kr-is-kpi');

describe('kr-is-kpi', () => {
  it('flags a key result that only keeps churn below 3%: maintain is a KPI', () => {
    const [f] = findings('Keep churn below 3%');
    expect(f).toMatchObject({ ref: 'kr', severity: 'warning' });
    expect(f?.message).toContain('Reduce/Increase churn from');
  });

  it('flags a range to hold', () => {
    expect(findings('Keep billable utilisation between 70% and 80%')).toHaveLength(1);
  });

  it('does not flag an improvement or a bare metric name', () => {
    expect(findings('Reduce churn from 6% to 3%')).toEqual([]);
    expect(findings('Churn rate')).toEqual([]);
  });

  it('believes a key result whose baseline and target differ: it sets out to move (issue #14)', () => {
    const ws = workspace({
      objectives: [
        objective({
          owner: 'ana',
          keyResults: [
            keyResult({
              id: 'kr',
              owner: 'ana',
              title: 'Keep scope changes billed within five working days at 90%',
              baseline: 40,
              target: 90,
            }),
          ],
        }),
      ],
    });
    expect(runCoach(ws, asOf).filter((f) => f.rule === 'kr-is-kpi')).toEqual([]);
  });

  it('leaves a milestone to kr-binary alone', () => {
    const ws = workspace({
      objectives: [
        objective({
          owner: 'ana',
          keyResults: [
            keyResult({
              id: 'kr',
              owner: 'ana',
              title: 'All eight tier-1 agents certified on billing',
              milestone: true,
            }),
          ],
        }),
      ],
    });
    const rules = runCoach(ws, asOf)
      .filter((f) => f.ref === 'kr')
      .map((f) => f.rule);
    expect(rules).toContain('kr-binary');
    expect(rules).not.toContain('kr-is-kpi');
  });
});
