import type { Store } from '../../store/database.js';
import { evaluateAllAlerts } from '../alerts/alert-watch.js';
import { DELIVERY_JOB, registerDeliveries } from '../notify/delivery-watch.js';
import { pruneOutbox } from '../notify/prune-outbox.js';
import { queueWeeklyNotices } from '../notify/weekly-notices.service.js';
import { runDueSources } from '../sources/run-due-sources.js';
import type { Scheduler } from './scheduler.js';

export const WEEKLY_NOTICES_JOB = 'weekly-notices';

/**
 * The periodic work `ratchet serve` runs: one line per job, so the list of what runs on
 * its own is in one place. Handlers take the instant from the scheduler, never the clock.
 */
export function registerServerJobs(
  scheduler: Scheduler,
  store: Store,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  // KPI sources: each minute, the ones due by their cadence or cron schedule (docs/sources.md).
  scheduler.every('kpi-sources', '* * * * *', async (at) => {
    await runDueSources(store, at);
  });
  // Alerts fire on `for` durations and go stale with the clock, not only on ingest.
  scheduler.every('alerts', '*/5 * * * *', (at) => evaluateAllAlerts(store, at));
  // The weekly digest and check-in reminders, on the week start at each person's local
  // time; every 15 minutes, since time zones differ by quarter hours. Sent by the deliveries job.
  scheduler.every(WEEKLY_NOTICES_JOB, '*/15 * * * *', async (at) => {
    if ((await queueWeeklyNotices(store, at)) > 0) await scheduler.nudge(DELIVERY_JOB);
  });
  // Finished outbox rows past RATCHET_NOTIFY_RETENTION_DAYS (default 30), nightly.
  scheduler.every('notify-prune', '17 3 * * *', async (at) => {
    await pruneOutbox(store, at);
  });
  // Webhooks, Slack, Teams and email from the outbox: on every write with events, on each
  // retry's due time, and each minute (docs/notifications.md). Resolves to its stop.
  return registerDeliveries(scheduler, store, { onError });
}
