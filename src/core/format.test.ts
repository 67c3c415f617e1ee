import { describe, expect, it } from 'vitest';
import { formatDate, formatFraction, formatValue, isCurrencyUnit } from './format.js';

describe('formatting for people', () => {
  it('writes money in the workspace locale', () => {
    expect(formatValue(234.5, 'EUR', { locale: 'de-DE' })).toBe('234,50\u00a0€');
    expect(formatValue(12_345, 'EUR', { locale: 'de-DE' })).toBe('12.345\u00a0€');
    expect(formatValue(12_500, 'USD', { locale: 'en-US' })).toBe('$12,500');
  });

  it('uses the workspace currency for the unit "currency"', () => {
    expect(formatValue(80, 'currency', { locale: 'en-GB', currency: 'GBP' })).toBe('£80.00');
    expect(isCurrencyUnit('currency')).toBe(false);
  });

  it('keeps decimals instead of truncating them', () => {
    expect(formatValue(2.5, '%')).toBe('2.5%');
    expect(formatValue(4.25, '/5')).toBe('4.25/5');
    expect(formatValue(52, 'min')).toBe('52 min');
  });

  it('does not take any three capitals for a currency', () => {
    expect(isCurrencyUnit('NPS')).toBe(false);
    expect(formatValue(45, 'NPS')).toBe('45 NPS');
  });

  it('shows fractions as whole percentages and dates in UTC', () => {
    expect(formatFraction(0.5185)).toBe('52%');
    expect(formatDate(Date.UTC(2026, 10, 23), { locale: 'en-GB' })).toBe('23 Nov 2026');
  });
});
