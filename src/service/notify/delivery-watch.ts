import type { Store } from '../../store/database.js';
import type { Scheduler } from '../jobs/scheduler.js';
import { changeFeed } from '../write/change-feed.js';
import { type DeliveryOptions, deliverDue } from './deliver.js';

export const DELIVERY_JOB = 'deliveries';

/**
 * Registers the `deliveries` job and keeps it prompt: a committed write with domain
 * events nudges it (its outbox rows are waiting), and after each run a timer nudges it
 * again when the next retry or quiet-hours delivery falls due. The minute tick is the
 * safety net, and the first tick after a restart sends what a killed server left.
 */
export function registerDeliveries(
  scheduler: Scheduler,
  store: Store,
  options: DeliveryOptions & { readonly onError?: (error: unknown) => void } = {},
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const nudge = () => {
    if (!stopped) scheduler.nudge(DELIVERY_JOB).catch((error) => options.onError?.(error));
  };
  scheduler.every(DELIVERY_JOB, '* * * * *', async (at) => {
    const run = await deliverDue(store, at, options);
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (run.nextDueAt !== undefined && !stopped) {
      // Never sooner than a second: a lease still held by a crashed run must not spin.
      timer = setTimeout(nudge, Math.max(1000, run.nextDueAt - at));
      timer.unref();
    }
  });
  const unsubscribe = changeFeed(store).subscribe((change) => {
    if (change.events.length > 0) nudge();
  });
  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
