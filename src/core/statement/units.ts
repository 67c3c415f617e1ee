/**
 * Units a number can carry: money (as an ISO 4217 code), percentages, percentage points,
 * and score scales. Durations live in `durations.ts`.
 */

/** Currency signs, longest first so "R$" wins over "$". "¥" is read as yen. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['US$', 'USD'],
  ['R$', 'BRL'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['¥', 'JPY'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['₪', 'ILS'],
  ['Rs', 'INR'],
  ['Rs.', 'INR'],
]);

/** Matches a currency sign at the scanner's position. */
export const CURRENCY_SIGN_PATTERN = /(?:US|R|AU|A|CA|C|NZ|HK|S|MX)\$|[$€£₹¥₩₽₺₦₱฿₫₪]|Rs\.?(?=\s?\d)/y;

/** Upper-case codes only: lower-case "all" or "top" are words, not currencies. */
const CODES = new Set(
  'USD EUR GBP INR BRL JPY CNY RMB CHF CAD AUD NZD SEK NOK DKK PLN CZK HUF ZAR MXN SGD HKD KRW RUB TRY AED SAR NGN KES PHP THB VND IDR ILS ARS CLP COP EGP PKR BDT'.split(
    ' ',
  ),
);

const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['sterling', 'GBP'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['real', 'BRL'],
  ['reais', 'BRL'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['franc', 'CHF'],
  ['francs', 'CHF'],
]);

/** The ISO code a word names, or undefined. */
export function currencyOfWord(word: string): string | undefined {
  if (CODES.has(word)) return word === 'RMB' ? 'CNY' : word;
  return CURRENCY_WORDS.get(word.toLowerCase());
}

export const PERCENT_WORDS = new Set(['percent', 'pct', 'percentage']);
/** Percentage points: an absolute change in a percentage. */
export const POINTS_PHRASES: readonly (readonly string[])[] = [
  ['percentage', 'points'],
  ['percentage', 'point'],
  ['percent', 'points'],
  ['pp'],
  ['pps'],
  ['ppt'],
  ['ppts'],
  ['p.p.'],
];

/** Score scales we recognise after a slash: "4.5/5", "8/10", "72/100". */
export const SCORE_SCALES = new Set([4, 5, 7, 10, 100]);
