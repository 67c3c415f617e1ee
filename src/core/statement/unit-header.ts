import { durationOfWord } from './durations.js';
import { currencyOfWord } from './units.js';

/**
 * The unit a table row gives in its metric's name rather than beside the number: "Return
 * rate (%): 2.0", "CAC (EUR): 18", "Avg delivery time (days): 2.0", "Monthly margin EUR:
 * 15,000". Only a name before a colon that comes before the first number counts.
 */
export function unitOfHeader(text: string, firstValueStart: number | undefined): string | null {
  const colon = text.indexOf(':');
  if (colon < 0 || (firstValueStart !== undefined && firstValueStart < colon)) return null;
  const name = text.slice(0, colon).trim();
  const inBrackets = /\(([^)]*)\)\s*$/.exec(name)?.[1];
  const words = (inBrackets ?? name).trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (last === '%' || /^(?:percent|pct)$/i.test(last)) return '%';
  if (/^[A-Z]{3}$/.test(last) && currencyOfWord(last)) return currencyOfWord(last) ?? null;
  // A duration word names the unit only in brackets: "Lead time (days)", not "Lead time days".
  return inBrackets !== undefined ? (durationOfWord(last.toLowerCase(), false) ?? null) : null;
}
