import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn, KeyResult, Objective } from '../model.js';
import { day, endOf, keyResult, objective, workspace } from '../test-support/engine-fixtures.js';
import { evaluateObjectives } from './evaluate-objectives.js';
import { gradeColour, gradeOf } from './grade.js';
import { weightedProgress } from './weighted-progress.js';

const at = (value: number): CheckIn[] => [{ at: day('2026-02-01'), value }];
/** A 0→100 KR checked in at `value`, i.e. at `value`% progress. */
const krAt = (id: string, value: number, weight = 1): KeyResult =>
  keyResult({ id, baseline: 0, target: 100, weight, checkIns: at(value) });

function evaluate(objectives: Objective[], asOf = endOf('2026-02-14')) {
  return evaluateObjectives(workspace({ objectives }), asOf, new Map());
}

describe('objective progress', () => {
  it('is the weighted mean of its key results', () => {
    const [e] = evaluate([objective({ keyResults: [krAt('a', 100, 1), krAt('b', 40, 3)] })]);
    expect(e?.progress).toBeCloseTo((1 * 1 + 0.4 * 3) / 4);
  });

  it('mixes increasing and decreasing KRs on one objective', () => {
    const churn = keyResult({ id: 'churn', baseline: 8, target: 5, checkIns: at(6.5) });
    const csat = keyResult({ id: 'csat', baseline: 3.8, target: 4.5, checkIns: at(4.5) });
    const [e] = evaluate([objective({ keyResults: [churn, csat] })]);
    expect(e?.progress).toBeCloseTo(0.75);
  });

  it('takes the mean of aligned children when it has no KRs of its own', () => {
    const [parent] = evaluate([
      objective({ id: 'company' }),
      objective({ id: 'sales', parents: ['company'], keyResults: [krAt('s', 80)] }),
      objective({ id: 'support', parents: ['company'], keyResults: [krAt('p', 40)] }),
    ]);
    expect(parent?.progress).toBeCloseTo(0.6);
  });

  it('counts a child that supports two parents in the progress of each', () => {
    const results = evaluate([
      objective({ id: 'grow' }),
      objective({ id: 'keep' }),
      objective({ id: 'faster', parents: ['grow', 'keep'], keyResults: [krAt('f', 70)] }),
      objective({ id: 'cheaper', parents: ['keep'], keyResults: [krAt('c', 30)] }),
    ]);
    const progress = (id: string) => results.find((r) => r.objective.id === id)?.progress;
    expect(progress('grow')).toBeCloseTo(0.7);
    expect(progress('keep')).toBeCloseTo(0.5);
  });

  it('follows children recursively and survives a loop of parents', () => {
    const results = evaluate([
      objective({ id: 'a', parents: ['c'] }),
      objective({ id: 'b', parents: ['a'] }),
      objective({ id: 'c', parents: ['b'] }),
      objective({ id: 'leaf', parents: ['b'], keyResults: [krAt('x', 50)] }),
    ]);
    expect(results.map((r) => r.progress).every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(results.find((r) => r.objective.id === 'b')?.progress).toBeGreaterThan(0);
  });

  it('is 0 with neither KRs nor children', () => {
    expect(evaluate([objective()])[0]?.progress).toBe(0);
  });

  it('does not change when every weight is scaled by the same factor', () => {
    const item = fc.record({
      progress: fc.double({ min: 0, max: 1, noNaN: true }),
      weight: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 1000 }),
        (items, k) => {
          const scaled = items.map((i) => ({ ...i, weight: i.weight * k }));
          expect(weightedProgress(scaled)).toBeCloseTo(weightedProgress(items), 9);
        },
      ),
    );
  });

  it('counts every KR the same when no weight is positive', () => {
    expect(
      weightedProgress([
        { progress: 1, weight: 0 },
        { progress: 0, weight: 0 },
      ]),
    ).toBe(0.5);
  });
});

describe('objective status', () => {
  it('is judged like a KR against the same expected progress', () => {
    // 14 February is 45/90 of Q1: expected 0.5.
    const [onTrack, atRisk, offTrack] = evaluate([
      objective({ id: '1', keyResults: [krAt('a', 45)] }),
      objective({ id: '2', keyResults: [krAt('b', 30)] }),
      objective({ id: '3', keyResults: [krAt('c', 10)] }),
    ]);
    expect(onTrack?.expected).toBe(0.5);
    expect([onTrack?.status, atRisk?.status, offTrack?.status]).toEqual(['on_track', 'at_risk', 'off_track']);
  });

  it('is not started before its cycle and measured against expected 0 in an unknown cycle', () => {
    expect(evaluate([objective({ cycle: 'q2', keyResults: [krAt('a', 10)] })])[0]?.status).toBe(
      'not_started',
    );
    const [unknown] = evaluate([objective({ cycle: 'nope', keyResults: [krAt('a', 10)] })]);
    expect(unknown?.expected).toBe(0);
    expect(unknown?.status).toBe('on_track');
  });
});

describe('grading', () => {
  it.each([
    [0.72, 0.7, 'green'],
    [0.65, 0.7, 'green'],
    [0.64, 0.6, 'yellow'],
    [0.4, 0.4, 'yellow'],
    [0.349, 0.3, 'red'],
    [1, 1, 'green'],
    [0, 0, 'red'],
  ] as const)('progress %f grades %f, %s', (progress, grade, colour) => {
    expect(gradeOf(progress)).toBe(grade);
    expect(gradeColour(gradeOf(progress))).toBe(colour);
  });

  it('says an aspirational objective with every KR at 1.0 was probably too easy', () => {
    const [e] = evaluate([objective({ keyResults: [krAt('a', 100), krAt('b', 120)] })]);
    expect(e?.gradeNote).toMatch(/probably too easy/);
  });

  it('says a committed objective below 1.0 at close was missed, but not while the cycle runs', () => {
    const o = objective({ type: 'committed', keyResults: [krAt('a', 96), krAt('b', 100)] });
    expect(evaluate([o])[0]?.gradeNote).toBeUndefined();
    const [closed] = evaluate([o], endOf('2026-04-02'));
    expect(closed?.grade).toBe(1);
    expect(closed?.gradeNote).toMatch(/Committed objective missed/);
  });

  it('has nothing to say about an aspirational objective at 0.7', () => {
    expect(
      evaluate([objective({ keyResults: [krAt('a', 70), krAt('b', 70)] })], endOf('2026-04-02'))[0]
        ?.gradeNote,
    ).toBeUndefined();
  });
});
