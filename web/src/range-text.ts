import type { Range } from './api/types.js';
import type { Formatter } from './format.js';

const has = (n: number | null | undefined): n is number => n !== null && n !== undefined;

/** "70%–80%", "≥ 70%", "≤ 4 hr", or null without a range. */
export function rangeText(
  range: Range | null | undefined,
  unit: string | null | undefined,
  fmt: Formatter,
): string | null {
  if (!range) return null;
  const { min, max } = range;
  if (has(min) && has(max)) return `${fmt.value(min, unit)} – ${fmt.value(max, unit)}`;
  if (has(min)) return `≥ ${fmt.value(min, unit)}`;
  if (has(max)) return `≤ ${fmt.value(max, unit)}`;
  return null;
}

/** Spoken form for labels: "at least 70%", "between 70% and 80%". */
export function rangeWords(
  range: Range | null | undefined,
  unit: string | null | undefined,
  fmt: Formatter,
): string {
  if (!range) return 'no healthy range set';
  const { min, max } = range;
  if (has(min) && has(max)) return `between ${fmt.value(min, unit)} and ${fmt.value(max, unit)}`;
  if (has(min)) return `at least ${fmt.value(min, unit)}`;
  if (has(max)) return `at most ${fmt.value(max, unit)}`;
  return 'no healthy range set';
}
