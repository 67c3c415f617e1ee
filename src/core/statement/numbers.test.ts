import { describe, expect, it } from 'vitest';
import { parseNumeral, wordNumber } from './numbers.js';
import { parseStatement } from './parse-statement.js';

/** Statements are read as of this date (it places dates written without a year). */
const read = (text: string) => parseStatement(text, '2026-01-15');

describe('numerals', () => {
  it.each([
    ['1,000', null, 1000],
    ['1,234.56', null, 1234.56],
    ['1.234,56', null, 1234.56],
    ['1.000.000', null, 1000000],
    ['2,5', null, 2.5],
    ['1 000', null, 1000],
    ['1.000', null, 1000],
    ['1.234', null, 1.234],
    ['1.234', 'EUR', 1234],
    ['4.5', null, 4.5],
  ])('"%s" (currency %s) is %d', (raw, currency, value) => {
    expect(parseNumeral(raw, currency)).toBe(value);
  });

  it('reads small number words and leaves other words alone', () => {
    expect(wordNumber('four')).toBe(4);
    expect(wordNumber('twenty-five')).toBe(25);
    expect(wordNumber('dozen')).toBe(12);
    expect(wordNumber('first')).toBeUndefined();
  });
});

describe('amounts in statements', () => {
  it.each([
    ['Reach ₹5 lakh in sales', 500000, 'INR'],
    ['Reach 2 crore in sales', 20000000, null],
    ['Reach Rs 3.5 lakh in sales', 350000, 'INR'],
    ['Reach R$ 1.5 million in sales', 1500000, 'BRL'],
    ['Reach US$ 2bn in sales', 2000000000, 'USD'],
    ['Reach ¥3,000,000 in sales', 3000000, 'JPY'],
    ['Reach 500 € in sales', 500, 'EUR'],
    ['Reach GBP 40k in sales', 40000, 'GBP'],
    ['Reach 12.500 € in sales', 12500, 'EUR'],
    ['Reach 1.2M in sales', 1200000, null],
  ])('"%s" targets %d %s', (statement, target, unit) => {
    const r = read(statement);
    expect([r.target, r.unit]).toEqual([target, unit]);
  });

  it('reads a score on a scale without taking the scale for a value', () => {
    expect(read('Raise CSAT from 3.9/5 to 4.4/5')).toMatchObject({
      baseline: 3.9,
      target: 4.4,
      unit: '/5',
    });
    expect(read('Rating of 8/10 or better')).toMatchObject({
      kind: 'kpi',
      direction: 'at_least',
      target: 8,
      unit: '/10',
    });
  });

  it('normalises durations to the finer unit: from 6 hours to 90 minutes is 360 → 90 min', () => {
    expect(read('Reduce first response time from 6 hours to 90 minutes')).toMatchObject({
      baseline: 360,
      target: 90,
      unit: 'min',
    });
  });

  it('reads percentage points as an absolute change of a percentage', () => {
    expect(read('Increase gross margin by 3 pp')).toMatchObject({
      change: { amount: 3, relative: false },
      unit: '%',
    });
  });
});
