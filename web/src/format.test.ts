import { describe, expect, it } from 'vitest';
import { createFormatter, parseLocaleNumber } from './format.js';

describe('formatting through Intl with the workspace locale', () => {
  const us = createFormatter('en-US', 'USD');
  const de = createFormatter('de-DE', 'EUR');

  it('shows money in the unit currency, or the workspace currency for "currency"', () => {
    expect(us.value(1234.5, 'EUR')).toBe('€1,235');
    expect(us.value(12.5, 'currency')).toBe('$12.50');
    expect(de.value(12.5, 'currency')).toBe('12,50\u00a0€');
  });

  it('writes a calendar day in the date style, on its own date in any time zone', () => {
    const zone = process.env.TZ;
    try {
      // West of UTC, midnight UTC on 31 Dec is still 30 Dec: a due date must not move.
      process.env.TZ = 'America/Los_Angeles';
      const west = createFormatter('en-US');
      expect(west.date('2026-12-31T00:00:00Z')).toBe('Dec 30, 2026');
      expect(west.day('2026-12-31')).toBe('Dec 31, 2026');
      expect(createFormatter('de-DE').day('2026-12-31')).toBe('31.12.2026');
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });

  it('keeps decimals instead of truncating them', () => {
    expect(us.value(4.25, 'h')).toBe('4.25 h');
    expect(us.value(72.5, '%')).toBe('72.5%');
    expect(de.value(72.5, '%')).toBe('72,5\u00a0%');
  });

  it('shows a grade to exactly one decimal, in the locale', () => {
    expect(createFormatter('en-US').grade(1)).toBe('1.0');
    expect(createFormatter('de-DE').grade(0.7)).toBe('0,7');
  });

  it('says "—" when there is no value', () => {
    expect(us.value(null, '%')).toBe('—');
  });

  it('falls back to en-US for a locale Intl does not know', () => {
    expect(createFormatter('not a locale').locale).toBe('en-US');
  });
});

describe('reading numbers as people type them', () => {
  it.each([
    ['1,234.5', 'en-US', 1234.5],
    ['1.234,5', 'de-DE', 1234.5],
    ['4.5', 'de-DE', 4.5],
    ['4,5', 'de-DE', 4.5],
    ['1.234', 'de-DE', 1234],
    ['8%', 'en-US', 8],
    ['€ 12', 'en-US', 12],
    ['−3', 'en-US', -3],
  ])('%s in %s is %d', (text, locale, expected) => {
    expect(parseLocaleNumber(text, locale)).toBe(expected);
  });

  it.each(['', 'abc', '1.2.3'])('"%s" is not a number', (text) => {
    expect(parseLocaleNumber(text, 'en-US')).toBeNull();
  });
});
