import { describe, expect, it } from 'vitest';
import { endOf, keyResult, objective, workspace } from '../test-support/engine-fixtures.js';
import { runCoach } from './run-coach.js';

const asOf = endOf('2026-02-14');
const titled = (...titles: string[]) =>
  workspace({
    objectives: [
      objective({
        id: 'o',
        owner: 'ana',
        keyResults: titles.map((title, i) => keyResult({ id: `kr${i}`, title, owner: 'ana' })),
      }),
    ],
  });

describe('kr-is-task', () => {
  it('flags "Hold weekly client meetings": an activity, not an outcome', () => {
    const found = runCoach(titled('Hold weekly client meetings'), asOf).filter(
      (f) => f.rule === 'kr-is-task',
    );
    expect(found).toMatchObject([{ ref: 'kr0', severity: 'warning' }]);
    expect(found[0]?.message).toContain('initiative');
  });

  it('flags "Post 5 times a week on LinkedIn" even though it has a number', () => {
    expect(
      runCoach(titled('Post 5 times a week on LinkedIn'), asOf).filter((f) => f.rule === 'kr-is-task'),
    ).toHaveLength(1);
  });

  it('leaves outcomes alone', () => {
    const ws = titled('Increase customer satisfaction score from 7.1 to 8.5', 'Reduce churn from 8% to 5%');
    expect(runCoach(ws, asOf).filter((f) => f.rule === 'kr-is-task')).toEqual([]);
  });
});
