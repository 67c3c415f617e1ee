import { describe, expect, it } from 'vitest';
import { endOf, objective, workspace } from '../test-support/engine-fixtures.js';
import { runCoach } from './run-coach.js';

const asOf = endOf('2026-02-14');
const findings = (title: string) =>
  runCoach(workspace({ objectives: [objective({ id: 'o', owner: 'ana', title })] }), asOf).filter(
    (f) => f.rule === 'objective-is-metric',
  );

describe('objective-is-metric', () => {
  it('flags an objective that is a number', () => {
    expect(findings('Achieve $10k/month revenue from European clients')).toMatchObject([
      { ref: 'o', severity: 'warning' },
    ]);
    expect(findings('Reduce churn from 8% to 5%')).toHaveLength(1);
  });

  it('leaves qualitative objectives alone', () => {
    expect(findings('Become the go-to podcast in the digital marketing space')).toEqual([]);
    expect(findings('Improve delivery predictability for client projects')).toEqual([]);
  });

  it('leaves objectives without a number alone, whatever their verb (issue #14)', () => {
    expect(findings('Keep the clients we have')).toEqual([]);
    expect(findings('Stop losing the customers we already won')).toEqual([]);
    expect(findings('Bring tickets reopened within 7 days back to healthy')).toEqual([]);
    expect(findings('Bring client retention, rolling 12 months back to healthy')).toEqual([]);
  });
});
