import { describe, expect, it } from 'vitest';
import type { KeyResult, Kpi } from '../model.js';
import { daily, endOf, keyResult, kpi, objective, workspace } from '../test-support/engine-fixtures.js';
import { ratchetProposals, tightenedRange } from './ratchet-proposals.js';

// "Reduce churn from 6% to 3%" against a KPI healthy at most 5%: achieved in March.
const churn: Kpi = kpi({
  id: 'churn',
  name: 'churn',
  unit: '%',
  healthy: { max: 5 },
  points: daily('2026-03-29', [3.4, 3.1, 2.9]),
});
const reduceChurn: KeyResult = keyResult({
  id: 'kr-churn',
  title: 'Reduce churn from 6% to 3%',
  baseline: 6,
  target: 3,
  kpi: 'churn',
});

function proposals(kr: KeyResult, k: Kpi = churn, asOf = endOf('2026-04-01')) {
  const ws = workspace({ kpis: [k], objectives: [objective({ cycle: 'q1', keyResults: [kr] })] });
  return ratchetProposals(ws, 'q1', asOf);
}

describe('ratchet proposals at cycle close', () => {
  it('proposes moving the healthy maximum to an achieved KR target', () => {
    const [p] = proposals(reduceChurn);
    expect(p).toMatchObject({
      kpi: 'churn',
      keyResult: 'kr-churn',
      cycle: 'q1',
      from: { max: 5 },
      to: { max: 3 },
    });
    expect(p?.message).toBe(
      `"Reduce churn from 6% to 3%" was achieved: move the healthy maximum of churn from 5% to 3% so the new standard holds.`,
    );
  });

  it('proposes nothing while the cycle is still open', () => {
    expect(proposals(reduceChurn, churn, endOf('2026-03-30'))).toEqual([]);
  });

  it('proposes nothing for a KR that was not achieved', () => {
    const missed = { ...churn, points: daily('2026-03-29', [3.4, 3.6, 3.5]) };
    expect(proposals(reduceChurn, missed)).toEqual([]);
  });

  it('proposes nothing when the bound is already as strict, or the ratchet was already applied', () => {
    expect(proposals(reduceChurn, { ...churn, healthy: { max: 3 } })).toEqual([]);
    const applied = {
      ...churn,
      thresholdHistory: [
        { at: endOf('2026-03-31'), from: { max: 5 }, to: { max: 3 }, keyResult: 'kr-churn' },
      ],
    };
    expect(proposals(reduceChurn, applied)).toEqual([]);
  });

  it('proposes nothing for a KR that is not linked to a KPI', () => {
    expect(proposals({ ...reduceChurn, kpi: undefined, checkIns: daily('2026-03-30', [2.9]) })).toEqual([]);
  });
});

describe('tightening a range', () => {
  it.each([
    ['an increasing KR raises the minimum', 3.8, 4.5, { min: 4 }, { min: 4.5 }],
    [
      'a decreasing KR lowers the maximum of a between range',
      85,
      78,
      { min: 70, max: 80 },
      { min: 70, max: 78 },
    ],
    ['an increasing KR on an at-most KPI tightens nothing', 1, 2, { max: 5 }, undefined],
    ['a target beyond the other bound would empty the range', 85, 65, { min: 70, max: 80 }, undefined],
  ])('%s', (_, baseline, target, healthy, expected) => {
    expect(tightenedRange(keyResult({ baseline, target }), healthy)).toEqual(expected);
  });
});
