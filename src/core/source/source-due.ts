import { Cron } from 'croner';
import type { Cadence, Instant } from '../model.js';
import { cadencePeriodMs } from '../time.js';

/**
 * Whether a pulled source should run at `now`: never run yet; or its cron schedule (UTC)
 * has a tick after the last run and at or before now; or, without a schedule, one
 * cadence period has passed since the last run. Formulas are never due by the clock:
 * they are recomputed when an input changes.
 */
export function isSourceDue(
  source: { readonly kind: string; readonly schedule?: string; readonly cadence: Cadence },
  lastRunAt: Instant | undefined,
  now: Instant,
): boolean {
  if (source.kind === 'formula') return false;
  if (lastRunAt === undefined) return true;
  if (source.schedule === undefined) return now - lastRunAt >= cadencePeriodMs(source.cadence);
  const next = new Cron(source.schedule, { timezone: 'UTC' }).nextRun(new Date(lastRunAt));
  return next !== null && next.getTime() <= now;
}
