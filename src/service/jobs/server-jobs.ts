import type { Store } from '../../store/database.js';
import type { Scheduler } from './scheduler.js';

/**
 * The periodic work `ratchet serve` runs: one line per job, so the list of what runs on
 * its own is in one place. Handlers take the instant from the scheduler, never the clock.
 */
export function registerServerJobs(_scheduler: Scheduler, _store: Store): void {
  // Jobs register here as they land: alert staleness, deliveries, reminders, digests.
}
