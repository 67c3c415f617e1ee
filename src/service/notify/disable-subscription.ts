import type { Kysely } from 'kysely';
import { appendAudit } from '../../store/audit-log.repository.js';
import type { Store } from '../../store/database.js';
import {
  adminRecipients,
  insertDeliveries,
  subscriptionRow,
  updateSubscription,
} from '../../store/notify.repository.js';
import type { NotifyDeliveryRow } from '../../store/notify.table.js';
import { insertInboxItems } from '../../store/notify-event.repository.js';
import type { Database } from '../../store/tables.js';
import { findWorkspaceById } from '../../store/workspace.repository.js';
import { renderMail } from '../mail/index.js';
import { changeFeed } from '../write/change-feed.js';
import { messageId, NOTIFY_ACTOR } from './outbox.js';

/** Whose inboxes changed, to tell live clients after commit. */
export interface InboxesChanged {
  readonly workspaceId: number;
  readonly people: readonly string[];
}

/**
 * Turns off a webhook or channel that failed too often, in the transaction that recorded
 * the last failure: the audit log says why, and every admin and owner hears of it by
 * email (when SMTP is configured) and in their inbox (when linked to a person).
 */
export async function disableSubscription(
  trx: Kysely<Database>,
  row: Pick<NotifyDeliveryRow, 'workspace_id' | 'subscription_id'>,
  failures: number,
  lastAnswer: string,
  at: number,
): Promise<InboxesChanged | undefined> {
  const id = row.subscription_id ?? '';
  const sub = await subscriptionRow(trx, row.workspace_id, id);
  if (!sub || sub.disabled_at !== null) return undefined;
  const reason = `Disabled after ${failures} failed deliveries in a row; the last: ${lastAnswer}`;
  await updateSubscription(trx, id, { disabled_at: at, disabled_reason: reason });
  await appendAudit(trx, [
    {
      workspace_id: row.workspace_id,
      actor: NOTIFY_ACTOR,
      at,
      entity: sub.kind,
      entity_id: id,
      action: 'disable',
      after: { reason },
    },
  ]);
  const what =
    sub.kind === 'webhook' ? `The webhook to ${sub.url_hint}` : `The ${sub.kind} channel ${sub.url_hint}`;
  const title = `${what} was turned off`;
  const detail = `Ratchet could not deliver to it ${failures} times in a row, so it stopped trying. The last answer: ${lastAnswer}`;
  const mail = renderMail({
    heading: title,
    paragraphs: [
      detail,
      'Fix the receiver, then turn it back on in Settings → Notifications; messages waiting for it are sent then.',
    ],
  });
  const admins = await adminRecipients(trx, row.workspace_id);
  await insertDeliveries(
    trx,
    admins.map((admin) => ({
      id: messageId(),
      workspace_id: row.workspace_id,
      subscription_id: null,
      channel: 'email',
      recipient: admin.email,
      person_id: admin.person_id,
      event_type: `${sub.kind}.disabled`,
      body: JSON.stringify({ subject: title, ...mail }),
      status: 'pending',
      attempts: 0,
      due_at: at,
      created_at: at,
      sent_at: null,
    })),
  );
  const linked = admins.filter(
    (a): a is typeof a & { person_id: number; person_key: string } =>
      a.person_id !== null && a.person_key !== null,
  );
  await insertInboxItems(
    trx,
    linked.map((admin) => ({
      workspace_id: row.workspace_id,
      person_id: admin.person_id,
      event_type: `${sub.kind}.disabled`,
      title,
      detail,
      entity: sub.kind,
      entity_id: id,
      created_at: at,
      read_at: null,
    })),
  );
  return { workspaceId: row.workspace_id, people: linked.map((a) => a.person_key) };
}

/** Tells each open event stream of the workspace which people's inboxes changed. */
export async function tellInboxes(store: Store, changed: InboxesChanged, at: number): Promise<void> {
  if (changed.people.length === 0) return;
  const ws = await findWorkspaceById(store.db, changed.workspaceId);
  if (!ws) return;
  changeFeed(store).publish({
    workspaceId: ws.id,
    workspaceSlug: ws.slug,
    actor: NOTIFY_ACTOR,
    at,
    records: changed.people.map((key) => ({ entity: 'inbox', id: key })),
    events: [],
  });
}
