import { describe, expect, it } from 'vitest';
import { extractDue } from './dates.js';

describe('due dates', () => {
  it.each([
    ['Reduce churn to 3% by 2026-03-31', '2026-03-31'],
    ['Reduce churn to 3% by 31 March 2026', '2026-03-31'],
    ['Reduce churn to 3% by March 31, 2026', '2026-03-31'],
    ['Reduce churn to 3% by March 31', '--03-31'],
    ['Reduce churn to 3% by end of Q2', 'Q2'],
    ['Reduce churn to 3% by Q4 2026', '2026-12-31'],
    ["Reduce churn to 3% in Q1'27", '2027-03-31'],
    ['Reduce churn to 3% in H1', 'H1'],
    ['Reduce churn to 3% in H2 2026', '2026-12-31'],
    ['Reduce churn to 3% by year end', '--12-31'],
    ['Reduce churn to 3% by the end of 2026', '2026-12-31'],
    ['Reduce churn to 3% by June', '--06'],
    ['Reduce churn to 3% by February 2028', '2028-02-29'],
    ['Reduce churn to 3% by 31/12/2026', '2026-12-31'],
    ['Reduce churn to 3% by end of quarter', null],
    ['Reduce churn to 3%', null],
  ])('"%s" is due %s', (text, due) => {
    expect(extractDue(text).due).toBe(due);
  });

  it('blanks the date so its digits are not read as values', () => {
    const { text } = extractDue('Reduce churn to 3% by 2026-03-31');
    expect(text.trimEnd()).toBe('Reduce churn to 3%');
  });

  it('keeps "1h" as an hour, not the first half', () => {
    expect(extractDue('Cut MTTR from 4h to 1h').due).toBeNull();
  });
});
