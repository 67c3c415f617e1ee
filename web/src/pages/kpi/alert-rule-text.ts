import type { Cadence } from '../../api/types.js';

/** One cadence period in words: what `for` is when a KPI has none of its own. */
const PERIOD: Readonly<Record<Cadence, string>> = {
  daily: 'a day',
  weekly: 'a week',
  monthly: 'a month',
  quarterly: 'a quarter',
};

/** The default `for` in words, e.g. "one cadence period (a week)". */
export function defaultForWords(cadence: Cadence): string {
  return `one cadence period (${PERIOD[cadence]})`;
}

/**
 * A KPI's alert timing in two sentences: how long values stay out of range before the
 * alert fires (its own `for` as the API writes it, "3 points" or "36h", else the default),
 * and how often a firing alert is told again, saying when that is the workspace's default.
 */
export function alertRuleText(
  rule: { readonly for: string | null; readonly repeat: string | null; readonly ownRepeat: string | null },
  cadence: Cadence,
): { readonly fires: string; readonly repeats: string } {
  const fires = `Fires once values stay out of range for ${rule.for ?? defaultForWords(cadence)}.`;
  const byDefault = rule.ownRepeat === null ? ' (the workspace’s default)' : '';
  const repeats =
    rule.repeat === null
      ? `Told once, not repeated while firing${byDefault}.`
      : `Told again every ${rule.repeat} while firing${byDefault}.`;
  return { fires, repeats };
}
