import { describe, expect, it } from 'vitest';
import { extractDue } from './dates.js';

const AS_OF = '2026-11-30';
const due = (text: string, asOf = AS_OF) => extractDue(text, asOf).due;

describe('due dates', () => {
  it.each([
    ['Reduce churn to 3% by 2026-03-31', '2026-03-31'],
    ['Reduce churn to 3% by 31 March 2026', '2026-03-31'],
    ['Reduce churn to 3% by March 31, 2026', '2026-03-31'],
    ['Reduce churn to 3% by Q4 2026', '2026-12-31'],
    ["Reduce churn to 3% in Q1'27", '2027-03-31'],
    ['Reduce churn to 3% in H2 2026', '2026-12-31'],
    ['Reduce churn to 3% by the end of 2026', '2026-12-31'],
    ['Reduce churn to 3% by February 2028', '2028-02-29'],
    ['Reduce churn to 3% by 31/12/2026', '2026-12-31'],
    ['Reduce churn to 3%', null],
  ])('"%s" is due %s whatever the as-of date', (text, expected) => {
    expect(due(text)).toBe(expected);
    expect(due(text, '2020-06-15')).toBe(expected);
  });

  it.each([
    // issue #14: "by March" is the next 31 March, "Q2" the end of the next Q2…
    ['Reduce churn to 3% by March', '2027-03-31'],
    ['Reduce churn to 3% by end of Q2', '2027-06-30'],
    ['Reduce churn to 3% in Q4', '2026-12-31'],
    ['Reduce churn to 3% by June 30', '2027-06-30'],
    ['Reduce churn to 3% by March 31', '2027-03-31'],
    ['Reduce churn to 3% by 30 November', '2026-11-30'],
    ['Reduce churn to 3% in H1', '2027-06-30'],
    ['Reduce churn to 3% by EOY', '2026-12-31'],
    ['Reduce churn to 3% by year end', '2026-12-31'],
    ['Reduce churn to 3% by the end of the year', '2026-12-31'],
    // …and relative periods count from the as-of date's own.
    ['Reduce churn to 3% by end of quarter', '2026-12-31'],
    ['Reduce churn to 3% this quarter', '2026-12-31'],
    ['Reduce churn to 3% next quarter', '2027-03-31'],
    ['Reduce churn to 3% by the end of the month', '2026-11-30'],
    ['Reduce churn to 3% next month', '2026-12-31'],
    ['Reduce churn to 3% by EOQ', '2026-12-31'],
    ['Reduce churn to 3% next year', '2027-12-31'],
  ])('as of 2026-11-30, "%s" is due %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('never gives a label or a month-day without a year', () => {
    for (const text of ['by Q3', 'by June', 'by July 4', 'in H2', 'by year end', 'by Feb 29']) {
      expect(due(`Ship it ${text}`)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('waits for the next leap year for 29 February', () => {
    expect(due('Ship it by Feb 29')).toBe('2028-02-29');
  });

  it('reads "for the next quarter" as the scope of a number, not a due date', () => {
    const r = extractDue('Increase pre-orders for the next quarter from $1.05M to $1.5M', AS_OF);
    expect(r.due).toBeNull();
  });

  it('cannot place a year-less date without a valid as-of date', () => {
    expect(due('Reduce churn to 3% by March', 'someday')).toBeNull();
    expect(due('Reduce churn to 3% by Q4 2026', 'someday')).toBe('2026-12-31');
  });

  it('blanks the date so its digits are not read as values', () => {
    const { text } = extractDue('Reduce churn to 3% by 2026-03-31', AS_OF);
    expect(text.trimEnd()).toBe('Reduce churn to 3%');
  });

  it('keeps "1h" as an hour, not the first half', () => {
    expect(due('Cut MTTR from 4h to 1h')).toBeNull();
  });
});
