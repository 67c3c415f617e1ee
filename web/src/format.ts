/**
 * Numbers, money, percentages and dates for people, always through `Intl` with the
 * workspace's locale and currency (CONTRIBUTING: "Numbers, money and dates go through
 * Intl"). Same conventions as the CLI: decimals are kept, never truncated.
 */
export interface Formatter {
  readonly locale: string;
  readonly currency: string | undefined;
  /** "€1,234.50", "72.5%", "52 min" (units as written, like the CLI); "—" for no value. */
  value(value: number | null | undefined, unit?: string | null): string;
  /** A bare number in the locale, e.g. for chart axes. */
  number(value: number, maximumFractionDigits?: number): string;
  /** An objective's grade, always to one decimal (domain.md): 1 → "1.0", 0.65 → "0.7". */
  grade(value: number): string;
  /** A fraction in [0, 1] as a whole percentage: 0.5185 → "52%". */
  percent(fraction: number): string;
  /** "23 Nov 2026". */
  date(at: string | number | Date): string;
  /**
   * A calendar day written "2026-11-23" (a cycle's end, a due date) in the same style as
   * `date`. Read in UTC, so the day does not move with the viewer's time zone.
   */
  day(isoDay: string): string;
  /** "23 Nov 2026, 14:05". */
  dateTime(at: string | number | Date): string;
  /** "3 days ago", "in 2 weeks". */
  relative(at: string | number | Date, now?: number): string;
}

const ISO_CURRENCY = /^[A-Z]{3}$/;
function decimalsFor(value: number): number {
  const abs = Math.abs(value);
  if (abs >= 1000) return 0;
  if (abs >= 10) return 1;
  return 2;
}

function toDate(at: string | number | Date): Date {
  return at instanceof Date ? at : new Date(at);
}

function safeLocale(locale: string | null | undefined): string {
  if (!locale) return 'en-US';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

export function currencyOf(
  unit: string | null | undefined,
  workspaceCurrency: string | undefined,
): string | null {
  if (!unit) return null;
  if (unit === 'currency' || unit === 'money') return workspaceCurrency ?? null;
  if (ISO_CURRENCY.test(unit)) return unit;
  return null;
}

export function createFormatter(locale?: string | null, currency?: string | null): Formatter {
  const loc = safeLocale(locale);
  const cur = currency ?? undefined;
  const cache = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) {
      format = new Intl.NumberFormat(loc, options);
      cache.set(key, format);
    }
    return format;
  };
  const dateFormat = new Intl.DateTimeFormat(loc, { dateStyle: 'medium' });
  const dayFormat = new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short' });
  const relativeFormat = new Intl.RelativeTimeFormat(loc, { numeric: 'auto' });

  function number(value: number, maximumFractionDigits = decimalsFor(value)): string {
    return numberFormat(`n${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
  }

  function value(v: number | null | undefined, unit?: string | null): string {
    if (v === null || v === undefined || Number.isNaN(v)) return '—';
    const money = currencyOf(unit, cur);
    if (money) {
      const digits = Math.abs(v) >= 1000 ? 0 : 2;
      try {
        return numberFormat(`c${money}${digits}`, {
          style: 'currency',
          currency: money,
          maximumFractionDigits: digits,
        }).format(v);
      } catch {
        return `${number(v)} ${unit}`;
      }
    }
    if (!unit) return number(v);
    if (unit === '%') {
      return numberFormat(`p${decimalsFor(v)}`, {
        style: 'unit',
        unit: 'percent',
        maximumFractionDigits: decimalsFor(v),
      }).format(v);
    }
    if (unit.startsWith('/')) return `${number(v)}${unit}`;
    return `${number(v)} ${unit}`;
  }

  function relative(at: string | number | Date, now = Date.now()): string {
    const seconds = (toDate(at).getTime() - now) / 1000;
    const abs = Math.abs(seconds);
    if (abs < 60) return relativeFormat.format(Math.round(seconds), 'second');
    if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
    if (abs < 86400) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
    if (abs < 86400 * 14) return relativeFormat.format(Math.round(seconds / 86400), 'day');
    if (abs < 86400 * 60) return relativeFormat.format(Math.round(seconds / (86400 * 7)), 'week');
    return relativeFormat.format(Math.round(seconds / (86400 * 30)), 'month');
  }

  return {
    locale: loc,
    currency: cur,
    value,
    number,
    grade: (g) => numberFormat('grade', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(g),
    percent: (fraction) =>
      numberFormat('pct', { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
    date: (at) => dateFormat.format(toDate(at)),
    day: (isoDay) => dayFormat.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`)),
    dateTime: (at) => dateTimeFormat.format(toDate(at)),
    relative,
  };
}

/**
 * Reads a number as people type it: "1,234.5", "1.234,5", "8%", "€ 12", "4.5" in de-DE.
 * With both separators the last one is the decimal; with one kind it is a thousands
 * separator only when it is the locale's group mark in groups of three.
 */
export function parseLocaleNumber(text: string, locale: string): number | null {
  const group = new Intl.NumberFormat(locale).formatToParts(12345.6).find((p) => p.type === 'group')?.value;
  let cleaned = text
    .trim()
    .replace('\u2212', '-')
    .replace(/[^\d.,eE+-]/g, '');
  if (!cleaned) return null;
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const other = decimal === '.' ? ',' : '.';
    cleaned = cleaned.split(other).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep) {
      const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${sep}\\d{3})+$`).test(cleaned);
      cleaned = grouped && sep === group ? cleaned.split(sep).join('') : cleaned.split(sep).join('.');
    }
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
