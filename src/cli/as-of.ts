import { endOfDate, toIsoDate } from '../core/time.js';
import { CliError } from './cli-error.js';

/**
 * `--as-of YYYY-MM-DD` means the end of that day: everything dated that day counts.
 * Without it, the end of today (UTC), so `report` and `report --as-of <today>` agree.
 */
export function resolveAsOf(asOf: string | undefined, now: number): number {
  const date = asOf ?? toIsoDate(now);
  const instant = endOfDate(date);
  if (instant === undefined) {
    throw new CliError(`--as-of: expected a calendar date like 2026-03-31, got "${asOf}".`);
  }
  return instant;
}
