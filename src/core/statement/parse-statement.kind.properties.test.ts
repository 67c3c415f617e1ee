import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.js';

/** Statements are read as of this date (it places dates written without a year). */
const read = (text: string) => parseStatement(text, '2026-01-15');

describe("parseStatement, the labelling guide's kind decision", () => {
  const metric = fc.constantFrom(
    'churn',
    'the error rate',
    'first response time',
    'uptime',
    'NPS',
    'monthly active users',
    'billable utilisation',
  );
  const n = fc.integer({ min: 1, max: 999 });
  const unit = fc.constantFrom('', '%');
  const bound = fc.constantFrom(
    ['below', 'at_most'],
    ['under', 'at_most'],
    ['at most', 'at_most'],
    ['no more than', 'at_most'],
    ['above', 'at_least'],
    ['at least', 'at_least'],
    ['over', 'at_least'],
  );

  it('reads a maintain verb with a bound as a KPI at that bound, whatever the KR or objective label (Q3)', () => {
    const verb = fc.constantFrom('Keep', 'Maintain', 'Sustain', 'Preserve', 'Hold');
    const label = fc.constantFrom('', 'KR2: ', 'Key result: ', 'Objective: ', 'KPI: ', '- ');
    fc.assert(
      fc.property(label, verb, metric, bound, n, unit, (l, v, m, [word, direction], value, u) => {
        const r = read(`${l}${v} ${m} ${word} ${value}${u}`);
        expect([r.kind, r.direction, r.target]).toEqual(['kpi', direction, value]);
      }),
      { numRuns: 200 },
    );
  });

  it('never turns a held level (a maintain verb, a bound, a reading against a target) into another kind with a "KR2:" label', () => {
    const held = fc.oneof(
      fc.tuple(metric, bound, n, unit).map(([m, [w], v, u]) => `Keep ${m} ${w} ${v}${u}`),
      fc
        .tuple(metric, fc.constantFrom('<', '≤', '>', '≥'), n, unit)
        .map(([m, c, v, u]) => `${m} ${c} ${v}${u}`),
      fc.tuple(metric, n, n, unit).map(([m, a, b, u]) => `${m} = ${a}${u} (target ${b}${u})`),
      fc.tuple(metric, n, n).map(([m, a, b]) => `${m}: ${Math.min(a, b)}–${Math.max(a, b) + 1}%`),
    );
    fc.assert(
      fc.property(held, (s) => {
        const { text: _a, why: _b, findings: _c, ...alone } = read(s);
        const { text: _d, why: _e, findings: _f, ...labelled } = read(`KR2: ${s}`);
        expect(alone.kind).toBe('kpi');
        expect(labelled).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('never reads a statement with no number as a key result, nor as a KPI with a threshold (Q1)', () => {
    const word = fc.constantFrom(
      'Reduce',
      'Increase',
      'Keep',
      'Maintain',
      'Improve',
      'Achieve',
      'Reach',
      'Win',
      'Hire',
      'Launch',
      'Ship',
      'Create',
      'Become',
      'Ensure',
      'churn',
      'revenue',
      'rate',
      'customers',
      'the new website',
      'a Head of People',
      'NPS',
      'response time',
      'below',
      'under',
      'above',
      'at least',
      'to',
      'from',
      'by',
      'low',
      'high',
      'healthy',
      'record',
      'more',
      'by Q4',
      'KR2:',
      ':',
      '=',
      '(target)',
      'currently',
      'world-class',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const r = read(words.join(' '));
        expect(r.kind).not.toBe('key_result');
        expect([r.target, r.low, r.high, r.baseline, r.change]).toEqual([null, null, null, null, null]);
      }),
      { numRuns: 300 },
    );
  });
});
