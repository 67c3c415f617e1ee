import type { Store } from '../../store/database.js';
import { evaluateAllAlerts } from '../alerts/alert-watch.js';
import { runDueSources } from '../sources/run-due-sources.js';
import type { Scheduler } from './scheduler.js';

/**
 * The periodic work `ratchet serve` runs: one line per job, so the list of what runs on
 * its own is in one place. Handlers take the instant from the scheduler, never the clock.
 */
export function registerServerJobs(scheduler: Scheduler, store: Store): void {
  // KPI sources: each minute, the ones due by their cadence or cron schedule (docs/sources.md).
  scheduler.every('kpi-sources', '* * * * *', async (at) => {
    await runDueSources(store, at);
  });
  // Alerts fire on `for` durations and go stale with the clock, not only on ingest.
  scheduler.every('alerts', '*/5 * * * *', (at) => evaluateAllAlerts(store, at));
}
