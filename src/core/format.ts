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
export function formatValue(
  value: number,
  unit: string | undefined | null,
  options: FormatOptions = {},
): string {
  const locale = options.locale ?? 'en-US';
  if (unit && isCurrencyUnit(unit, options)) {
    const currency = unit === 'currency' ? (options.currency as string) : unit;
    return numberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: Math.abs(value) >= 1000 ? 0 : 2,
    }).format(value);
  }
  const number = numberFormat(locale, { maximumFractionDigits: decimalsFor(value) }).format(value);
  if (!unit) return number;
  if (unit === '%') return `${number}%`;
  if (unit.startsWith('/')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** A fraction in [0, 1] as a whole percentage: 0.5185 → "52%". */
export function formatFraction(fraction: number, options: FormatOptions = {}): string {
  return numberFormat(options.locale ?? 'en-US', { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** A calendar date in the workspace locale, e.g. "23 Nov 2026". UTC, as the engine counts days. */
export function formatDate(at: number, options: FormatOptions = {}): string {
  return dateFormat(options.locale ?? 'en-US').format(at);
}

function decimalsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 1000) return 0;
  if (abs >= 10) return 1;
  return 2;
}

// Building an Intl formatter costs tens of microseconds, formatting with one a fraction
// of that: a report or a coach run formats thousands of values, so formatters are made
// once per locale and options and reused.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}
