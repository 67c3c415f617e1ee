import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStatement } from './parse-statement.js';
import { cachedReading } from './reading-cache.js';

describe('remembered statement readings', () => {
  it('reads any text exactly as parsing it afresh does, and hands the same reading back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const first = cachedReading(text, '2026-11-30');
        expect(first).toStrictEqual(parseStatement(text, '2026-11-30'));
        expect(cachedReading(text, '2026-11-30')).toBe(first);
      }),
    );
  });

  it('reads "by March" afresh on another date: the next 31 March moves with the date', () => {
    expect(cachedReading('Cut churn from 8% to 5% by March', '2026-11-30').due).toBe('2027-03-31');
    expect(cachedReading('Cut churn from 8% to 5% by March', '2027-06-01').due).toBe('2028-03-31');
  });
});
