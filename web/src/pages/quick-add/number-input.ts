import { parseLocaleNumber } from '../../format.js';

export function numberText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}

/** Empty → undefined (not given); unreadable → null (an error to show). */
export function optionalNumber(text: string, locale: string): number | undefined | null {
  if (!text.trim()) return undefined;
  return parseLocaleNumber(text, locale);
}
