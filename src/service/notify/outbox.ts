import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { insertEvents } from '../../store/notify-event.repository.js';
import type { Database } from '../../store/tables.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import type { DomainEvent } from '../write/change-feed.js';

/** Who the notifications machinery acts as, in the audit log and on the change feed. */
export const NOTIFY_ACTOR = 'system:notifications';

/** The `webhook-id` of a message: unique, and the same on every retry of it. */
export function messageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`;
}

/**
 * The outbox: a write's domain events, one row each, written in that write's own
 * transaction, so an event that committed is never lost and one that rolled back is
 * never told. Who hears of it (webhooks, Slack/Teams, email, the inbox) is worked out
 * later by the deliveries job (`fan-out.ts`), so a write costs the same however many
 * subscriptions the workspace has, and a slow or dead receiver never slows or fails it.
 */
export async function queueEvents(
  trx: Kysely<Database>,
  ws: WorkspaceRow,
  events: readonly DomainEvent[],
  at: number,
): Promise<void> {
  if (events.length === 0) return;
  await insertEvents(
    trx,
    events.map((event) => ({
      id: `evt_${randomUUID().replaceAll('-', '')}`,
      workspace_id: ws.id,
      type: event.type,
      data: JSON.stringify(event.data),
      at,
      fanned_at: null,
    })),
  );
}

/** The Standard Webhooks body: `{type, timestamp, workspace, data}`. */
export function webhookPayload(type: string, at: number, workspace: string, data: unknown): string {
  return JSON.stringify({ type, timestamp: new Date(at).toISOString(), workspace, data });
}
