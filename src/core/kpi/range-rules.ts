/**
 * The one home of the rules a KPI's healthy and warning ranges obey (domain.md, KPI
 * health): each range has min ≤ max, a warning range wraps a healthy one (bounds are
 * inclusive, so equal bounds still contain), and an empty range says nothing. The
 * workspace file, the API and the web all ask these.
 */

/** A range as written: each bound absent, a number, or something else (a type error reported elsewhere). */
export interface WrittenRange {
  readonly min?: unknown;
  readonly max?: unknown;
}

/** A broken rule, `path` relative to the KPI: `['warning', 'min']`. */
export interface RangeIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** What is wrong with the KPI's healthy and warning ranges together. */
export function kpiRangeIssues(
  healthy: WrittenRange | undefined,
  warning: WrittenRange | undefined,
): RangeIssue[] {
  const issues: RangeIssue[] = [];
  if (healthy) issues.push(...rangeIssues(healthy, ['healthy']));
  if (warning) issues.push(...rangeIssues(warning, ['warning']));
  if (warning && !healthy) {
    issues.push(error(['warning'], 'a warning range needs a healthy range inside it; add healthy'));
  }
  if (healthy && warning) issues.push(...containmentIssues(warning, healthy));
  return issues;
}

/** What is wrong with one range on its own; `path` is where it stands. */
export function rangeIssues(range: WrittenRange, path: readonly (string | number)[]): RangeIssue[] {
  if (range.min === undefined && range.max === undefined) {
    return [
      {
        path,
        message: 'an empty range has no bounds; add min and/or max, or remove it',
        severity: 'warning',
      },
    ];
  }
  const [min, max] = [numberOf(range.min), numberOf(range.max)];
  if (min !== undefined && max !== undefined && min > max) {
    return [error([...path, 'min'], `min ${min} is greater than max ${max}; swap them`)];
  }
  return [];
}

function containmentIssues(warning: WrittenRange, healthy: WrittenRange): RangeIssue[] {
  const issues: RangeIssue[] = [];
  const [wMin, hMin] = [numberOf(warning.min), numberOf(healthy.min)];
  const [wMax, hMax] = [numberOf(warning.max), numberOf(healthy.max)];
  const fix = 'the warning range must contain the healthy range';
  if (wMin !== undefined && (hMin === undefined ? healthy.min === undefined : wMin > hMin)) {
    const why = hMin === undefined ? 'the healthy range has no min' : `the healthy min is ${hMin}`;
    issues.push(error(['warning', 'min'], `min ${wMin} cuts into the healthy range (${why}); ${fix}`));
  }
  if (wMax !== undefined && (hMax === undefined ? healthy.max === undefined : wMax < hMax)) {
    const why = hMax === undefined ? 'the healthy range has no max' : `the healthy max is ${hMax}`;
    issues.push(error(['warning', 'max'], `max ${wMax} cuts into the healthy range (${why}); ${fix}`));
  }
  return issues;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function error(path: readonly (string | number)[], message: string): RangeIssue {
  return { path, message, severity: 'error' };
}
