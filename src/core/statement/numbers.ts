/**
 * Numerals as people type them: "1,000", "1.000" (EU), "1 000", "2,5", "1.234,56",
 * scale words ("k", "million", "lakh", "crore") and small number words ("four").
 */

/** Currencies whose home countries group thousands with dots ("R$ 1.500" is 1500). */
const DOT_GROUPING_CURRENCIES = new Set([
  'EUR',
  'BRL',
  'IDR',
  'VND',
  'TRY',
  'DKK',
  'NOK',
  'ARS',
  'CLP',
  'COP',
]);

/**
 * The value of a numeral, or NaN. `currency` breaks the one real ambiguity, a single dot
 * followed by three digits: thousands in euro or real amounts, otherwise a decimal point
 * unless the digits end in 0 ("1.000", "2.500" are thousands: nobody writes 2.5 as 2.500).
 */
export function parseNumeral(raw: string, currency: string | null = null): number {
  const text = raw.replace(/[\s\u00a0\u202f]/g, '');
  const dots = count(text, '.');
  const commas = count(text, ',');
  if (dots > 0 && commas > 0) {
    // The later separator is the decimal one: "1,234.56" or "1.234,56".
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    return Number(text.split(group).join('').replace(decimal, '.'));
  }
  if (commas > 0)
    return Number(commas > 1 || isGrouped(text, ',') ? text.replace(/,/g, '') : text.replace(',', '.'));
  if (dots > 1) return Number(text.replace(/\./g, ''));
  if (dots === 1 && isGrouped(text, '.')) {
    const fraction = text.slice(text.indexOf('.') + 1);
    const thousands = fraction.endsWith('0') || (currency !== null && DOT_GROUPING_CURRENCIES.has(currency));
    return Number(thousands ? text.replace('.', '') : text);
  }
  return Number(text);
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** "1,000" / "12.500": one to three digits, then groups of exactly three. */
function isGrouped(text: string, separator: string): boolean {
  const parts = text.replace(/^[+-]/, '').split(separator);
  const head = parts[0] ?? '';
  return (
    head.length >= 1 && head.length <= 3 && head !== '0' && parts.slice(1).every((p) => /^\d{3}$/.test(p))
  );
}

/** Multipliers written after a number. Lakh and crore are the Indian 10⁵ and 10⁷. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['thousand', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mm', 1e6],
  ['mio', 1e6],
  ['million', 1e6],
  ['millions', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['billion', 1e9],
  ['billions', 1e9],
  ['trillion', 1e12],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['lac', 1e5],
  ['lacs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
  ['cr', 1e7],
]);

const UNITS_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  ]
    .flatMap((s) => s.split(' '))
    .map((w, i) => [w, i] as const),
);
const TENS_WORDS: ReadonlyMap<string, number> = new Map(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [
    w,
    (i + 2) * 10,
  ]),
);

/**
 * "four" → 4, "twenty-five" → 25, "hundred" → 100, "dozen" → 12; undefined for any other
 * word. "one" is left to the caller: it is more often a pronoun ("one of the best").
 */
export function wordNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === 'dozen') return 12;
  if (w === 'hundred') return 100;
  const direct = UNITS_WORDS.get(w) ?? TENS_WORDS.get(w);
  if (direct !== undefined) return direct;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (!m) return undefined;
  const tens = TENS_WORDS.get(m[1] ?? '');
  const unit = UNITS_WORDS.get(m[2] ?? '');
  return tens !== undefined && unit !== undefined && unit > 0 && unit < 10 ? tens + unit : undefined;
}

/** Rounds away float noise from scaling ("1.1" × 1e6 = 1100000.0000000002). */
export function tidy(value: number): number {
  return Number.isFinite(value) ? Number.parseFloat(value.toPrecision(12)) : value;
}
