import type { Store } from '../../store/database.js';
import { pruneFinishedNotifications } from '../../store/notify-prune.repository.js';

const DAY_MS = 86_400_000;

/** RATCHET_NOTIFY_RETENTION_DAYS: how long finished outbox rows are kept (default 30). */
export function retentionDaysFrom(env: NodeJS.ProcessEnv): number {
  const days = Number(env.RATCHET_NOTIFY_RETENTION_DAYS);
  return Number.isFinite(days) && days >= 1 ? days : 30;
}

/**
 * The outbox's hygiene (docs/notifications.md): events fanned out and deliveries sent or
 * given up more than the retention period before `at` are deleted, with their delivery
 * log. Nothing still pending or retrying is ever pruned.
 */
export async function pruneOutbox(store: Store, at: number, env: NodeJS.ProcessEnv = process.env) {
  return pruneFinishedNotifications(store.db, at - retentionDaysFrom(env) * DAY_MS);
}
