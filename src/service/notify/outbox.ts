import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type AlertNotice, alertNotice } from '../../core/notify/alert-notice.js';
import { quietUntil } from '../../core/notify/quiet-hours.js';
import { insertDeliveries, kpiNoticeTargets, workspaceSubscriptions } from '../../store/notify.repository.js';
import type { NewNotifyDeliveryRow, NotifySubscriptionRow } from '../../store/notify.table.js';
import type { Database } from '../../store/tables.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import type { DomainEvent } from '../write/change-feed.js';
import { channelBody, emailBody } from './channel-bodies.js';

/** The `webhook-id` of a message: unique, and the same on every retry of it. */
export function messageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`;
}

/**
 * The outbox: the messages a write's domain events cause, written in that write's own
 * transaction, so an event that committed is never lost and one that rolled back is
 * never sent. Sending happens later (the `deliveries` job), so a slow or dead receiver
 * can never slow or fail the write. Webhooks get every event they subscribed to;
 * Slack/Teams channels and the KPI owner's email get a notice when an alert fires or
 * resolves — unless the KPI is silenced — with the owner's quiet hours respected.
 */
export async function queueNotifications(
  trx: Kysely<Database>,
  ws: WorkspaceRow,
  events: readonly DomainEvent[],
  at: number,
): Promise<number> {
  if (events.length === 0) return 0;
  // Paused and disabled ones too: their messages wait, and go out when turned back on.
  const subscriptions = await workspaceSubscriptions(trx, ws.id);
  const rows: NewNotifyDeliveryRow[] = [];
  const base = { workspace_id: ws.id, status: 'pending', attempts: 0, created_at: at, sent_at: null };
  for (const event of events) {
    for (const sub of subscriptions) {
      if (sub.kind !== 'webhook' || !(JSON.parse(sub.events) as string[]).includes(event.type)) continue;
      rows.push({
        ...base,
        id: messageId(),
        subscription_id: sub.id,
        channel: 'webhook',
        recipient: null,
        event_type: event.type,
        body: webhookPayload(event.type, at, ws.slug, event.data),
        due_at: at,
      });
    }
  }
  const notices = events
    .map((event) => ({ event, notice: alertNotice(event.type, event.data, ws.locale ?? 'en') }))
    .filter((n): n is { event: DomainEvent; notice: AlertNotice } => n.notice !== undefined);
  if (notices.length > 0) {
    const targets = new Map(
      (
        await kpiNoticeTargets(
          trx,
          ws.id,
          notices.map((n) => n.notice.kpi),
        )
      ).map((t) => [t.key, t]),
    );
    for (const { event, notice } of notices) {
      const target = targets.get(notice.kpi);
      if (!target || (target.silenced_until !== null && Number(target.silenced_until) > at)) continue;
      for (const sub of subscriptions) {
        if (sub.kind === 'webhook' || !channelWants(sub, notice, target)) continue;
        rows.push({
          ...base,
          id: messageId(),
          subscription_id: sub.id,
          channel: sub.kind,
          recipient: null,
          event_type: event.type,
          body: channelBody(sub.kind, notice),
          due_at: at,
        });
      }
      // The workspace's default policy: a KPI's owner hears by email when its alert fires or resolves.
      if (target.owner_email && target.email_alerts !== 'off') {
        const quiet =
          target.quiet_start && target.quiet_end
            ? { start: target.quiet_start, end: target.quiet_end, timeZone: target.time_zone ?? 'UTC' }
            : undefined;
        rows.push({
          ...base,
          id: messageId(),
          subscription_id: null,
          channel: 'email',
          recipient: target.owner_email,
          person_id: target.owner_id,
          event_type: event.type,
          body: emailBody(notice, `You get this because you own the KPI "${notice.kpi}" in ${ws.name}.`),
          due_at: quiet ? quietUntil(at, quiet) : at,
        });
      }
    }
  }
  await insertDeliveries(trx, rows);
  return rows.length;
}

/** The Standard Webhooks body: `{type, timestamp, workspace, data}`. */
export function webhookPayload(type: string, at: number, workspace: string, data: unknown): string {
  return JSON.stringify({ type, timestamp: new Date(at).toISOString(), workspace, data });
}

function channelWants(
  sub: NotifySubscriptionRow,
  notice: AlertNotice,
  target: { readonly owner_key: string | null; readonly team_key: string | null },
): boolean {
  if (sub.team !== null && sub.team !== target.team_key) return false;
  if (sub.owner !== null && sub.owner !== target.owner_key) return false;
  // A resolved notice follows the firing one wherever it went: severity filters only firing.
  if (sub.min_severity === 'critical' && !notice.resolved && notice.severity !== 'critical') return false;
  return true;
}
