/**
 * Numbers, money and dates for people, always through `Intl` with the workspace's
 * locale. Pure: the same inputs give the same text on every machine with full ICU.
 */

export interface FormatOptions {
  /** BCP 47 locale; default en-US. */
  readonly locale?: string;
  /** The workspace currency, used for the unit `currency`. */
  readonly currency?: string;
}

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** Whether a unit names money: an ISO 4217 code (`EUR`) or the word `currency`. */
export function isCurrencyUnit(unit: string | undefined | null, options: FormatOptions = {}): boolean {
  if (!unit) return false;
  if (unit === 'currency') return Boolean(options.currency);
  return ISO_CURRENCY.test(unit) && isKnownCurrency(unit);
}

function isKnownCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return typeof Intl.supportedValuesOf !== 'function' || Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

/** "€1,234.50", "72.5%", "52 min", "4.2/5"; keeps decimals rather than truncating them. */
export function formatValue(value: number, unit: string | undefined | null, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'en-US';
  if (unit && isCurrencyUnit(unit, options)) {
    const currency = unit === 'currency' ? (options.currency as string) : unit;
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
    }).format(value);
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: decimalsFor(value) }).format(value);
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (unit.startsWith('/')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** A fraction in [0, 1] as a whole percentage: 0.5185 → "52%". */
export function formatFraction(fraction: number, options: FormatOptions = {}): string {
  return new Intl.NumberFormat(options.locale ?? 'en-US', { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** A calendar date in the workspace locale, e.g. "23 Nov 2026". UTC, as the engine counts days. */
export function formatDate(at: number, options: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale ?? 'en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

function decimalsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 1000) return 0;
  if (abs >= 10) return 1;
  return 2;
}
