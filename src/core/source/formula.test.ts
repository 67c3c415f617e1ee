import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFormula, formulaName, parseFormula } from './formula.js';
import { dependentFormulas, formulaCycles } from './formula-cycles.js';
import { alignByPeriod, periodStart } from './period-align.js';

const ids = ['billable-hours', 'available-hours', 'revenue', 'costs'];

function compute(expression: string, values: Record<string, number>) {
  const parsed = parseFormula(expression, ids);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return evaluateFormula(parsed, new Map(Object.entries(values)));
}

describe('a formula KPI', () => {
  it('computes utilisation from billable and available hours, ids written with _ for -', () => {
    const parsed = parseFormula('billable_hours / available_hours * 100', ids);
    expect(parsed.ok && parsed.inputs).toEqual(['billable-hours', 'available-hours']);
    expect(
      compute('billable_hours / available_hours * 100', { 'billable-hours': 30, 'available-hours': 40 }),
    ).toEqual({
      ok: true,
      value: 75,
    });
    expect(formulaName('first-response-time')).toBe('first_response_time');
  });

  it('names an unknown KPI and where it is', () => {
    const parsed = parseFormula('revenue - cost', ids);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems[0]).toMatchObject({
        message: expect.stringMatching(/no KPI "cost"/),
        offset: 10,
      });
  });

  it.each([
    ['x = 1', /cannot assign/],
    ['f(x) = x', /cannot assign or define/],
    ['import("fs")', /import is not a formula function/],
    ['evaluate("1+1")', /evaluate is not a formula function/],
    ['revenue.constructor', /property access/],
    ['[revenue, costs]', /a list/],
    ['"text"', /not a number/],
    ['revenue +', /cannot be read/],
  ])('refuses %s', (expression, message) => {
    const parsed = parseFormula(expression, ids);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.message).join(' ')).toMatch(message);
  });

  it('reports division by zero as an error, not Infinity', () => {
    expect(
      compute('billable_hours / available_hours', { 'billable-hours': 5, 'available-hours': 0 }),
    ).toEqual({
      ok: false,
      error: 'division by zero: available_hours is 0',
    });
  });

  it('agrees with plain arithmetic for any inputs', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (r, c) => {
          expect(compute('revenue - costs', { revenue: r, costs: c })).toEqual({ ok: true, value: r - c });
        },
      ),
    );
  });
});

describe('formulas that read each other', () => {
  it('finds a loop of formulas', () => {
    const inputsOf = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'revenue']],
    ]);
    expect(formulaCycles(inputsOf)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('recomputes a formula of a formula after the one it reads', () => {
    const inputsOf = new Map([
      ['margin-pct', ['margin', 'revenue']],
      ['margin', ['revenue', 'costs']],
    ]);
    expect(dependentFormulas(inputsOf, ['costs'])).toEqual(['margin', 'margin-pct']);
    expect(dependentFormulas(inputsOf, ['headcount'])).toEqual([]);
  });
});

describe('inputs aligned by cadence period', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

  it('starts weeks on Monday, months on the 1st, quarters in Jan/Apr/Jul/Oct', () => {
    expect(periodStart('weekly', day('2026-11-26') + 5_000)).toBe(day('2026-11-23'));
    expect(periodStart('weekly', day('2026-11-29'))).toBe(day('2026-11-23'));
    expect(periodStart('monthly', day('2026-11-29'))).toBe(day('2026-11-01'));
    expect(periodStart('quarterly', day('2026-11-29'))).toBe(day('2026-10-01'));
  });

  it('keeps the latest value of each input per week, and only weeks where every input has one', () => {
    const aligned = alignByPeriod(
      'weekly',
      new Map([
        [
          'billable-hours',
          [
            { at: day('2026-11-02'), value: 10 },
            { at: day('2026-11-06'), value: 30 },
            { at: day('2026-11-09'), value: 20 },
          ],
        ],
        ['available-hours', [{ at: day('2026-11-02'), value: 40 }]],
      ]),
    );
    expect([...aligned]).toEqual([
      [
        day('2026-11-02'),
        new Map([
          ['billable-hours', 30],
          ['available-hours', 40],
        ]),
      ],
    ]);
  });
});
