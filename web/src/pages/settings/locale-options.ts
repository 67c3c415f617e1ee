import type { CycleLength } from '../../api/types.js';

/** Locales offered in the picker; the workspace's own is added when it is not listed. */
export const LOCALES = [
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IN',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-CA',
  'es-ES',
  'es-MX',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'pt-PT',
  'sv-SE',
  'nb-NO',
  'da-DK',
  'fi-FI',
  'pl-PL',
  'cs-CZ',
  'ja-JP',
] as const;

/** "English (United Kingdom)", in the language of the page. */
export function localeLabel(tag: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function currencyLabel(code: string, displayLocale: string): string {
  try {
    return `${code} – ${new Intl.DisplayNames([displayLocale], { type: 'currency' }).of(code) ?? code}`;
  } catch {
    return code;
  }
}

export const WEEK_STARTS: readonly { value: number; label: string }[] = [
  { value: 1, label: 'Monday' },
  { value: 7, label: 'Sunday' },
  { value: 6, label: 'Saturday' },
];

export const CYCLE_LENGTH_LABELS: Readonly<Record<CycleLength, string>> = {
  six_weeks: 'Six weeks',
  month: 'A month',
  quarter: 'A quarter',
  half_year: 'Half a year',
  year: 'A year',
};
