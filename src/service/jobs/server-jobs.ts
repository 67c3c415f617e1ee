import type { Store } from '../../store/database.js';
import { runDueSources } from '../sources/run-due-sources.js';
import type { Scheduler } from './scheduler.js';

/**
 * The periodic work `ratchet serve` runs: one line per job, so the list of what runs on
 * its own is in one place. Handlers take the instant from the scheduler, never the clock.
 */
export function registerServerJobs(scheduler: Scheduler, store: Store): void {
  // Jobs register here as they land: alert staleness, deliveries, reminders, digests.
  // KPI sources: each minute, the ones due by their cadence or cron schedule (docs/sources.md).
  scheduler.every('kpi-sources', '* * * * *', async (at) => {
    await runDueSources(store, at);
  });
}
