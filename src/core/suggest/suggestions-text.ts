import type { Range } from '../model.js';
import type { Suggestion, Suggestions } from './suggestion.js';

/**
 * Plain text for `ratchet suggest` and `ratchet advise`: two short ranked lists (KPIs to
 * hold, key results to raise) with range, cadence and why. No colour, no terminal width.
 */
export function suggestionsText(suggestions: Suggestions): string {
  const lines: string[] = [];
  if (suggestions.note) lines.push(suggestions.note, '');
  lines.push(suggestions.matched ? 'KPIs to hold' : 'KPIs to hold (general starting points)');
  suggestions.kpis.forEach((s, i) => {
    lines.push(
      `  ${i + 1}. ${s.metric}: ${describeHealthy(s.healthy, s.unit)}, reviewed ${s.cadence}`,
      `     ${s.why}`,
    );
  });
  lines.push(
    '',
    suggestions.matched ? 'Key results to raise' : 'Key results to raise (general starting points)',
  );
  suggestions.keyResults.forEach((s, i) => {
    lines.push(
      `  ${i + 1}. ${s.keyResult ?? s.metric}`,
      `     e.g. “${s.example ?? ''}”; checked ${s.cadence}. ${s.why}`,
    );
  });
  if (suggestions.vanity.length > 0) {
    lines.push('', 'Careful: vanity metrics');
    for (const s of suggestions.vanity) lines.push(`  - ${s.metric}: ${s.vanity ?? ''}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** "healthy ≤ 4 h", "healthy 70–80%", or a pointer to history when no range is typical. */
export function describeHealthy(healthy: Range, unit: string): string {
  const { min, max } = healthy;
  if (min !== undefined && max !== undefined) {
    return isCurrencyCode(unit) ? `healthy ${unit} ${min}–${max}` : `healthy ${min}–${withUnit(max, unit)}`;
  }
  if (min !== undefined) return `healthy ≥ ${withUnit(min, unit)}`;
  if (max !== undefined) return `healthy ≤ ${withUnit(max, unit)}`;
  return 'set the healthy range from your own history';
}

function withUnit(value: number, unit: string): string {
  const n = String(value);
  if (unit === '%') return `${n}%`;
  if (unit.startsWith('score/')) return `${n}/${unit.slice('score/'.length)}`;
  if (unit === 'count' || unit === 'nps' || unit === 'ratio') return n;
  if (isCurrencyCode(unit)) return `${unit} ${n}`;
  return `${n} ${unit}`;
}

/** Money units are resolved to an ISO 4217 code by `suggest`. */
function isCurrencyCode(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit);
}

/** One line per suggestion, for compact lists such as `advise`. */
export function suggestionLine(s: Suggestion): string {
  return `${s.metric} (${describeHealthy(s.healthy, s.unit)}, ${s.cadence})`;
}
