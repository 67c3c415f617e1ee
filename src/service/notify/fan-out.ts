import type { Kysely } from 'kysely';
import { type AlertNotice, alertNotice } from '../../core/notify/alert-notice.js';
import { emailMode } from '../../core/notify/email-mode.js';
import { quietUntil } from '../../core/notify/quiet-hours.js';
import type { Store } from '../../store/database.js';
import {
  insertDeliveries,
  type KpiNoticeTarget,
  kpiNoticeTargets,
  workspaceSubscriptions,
} from '../../store/notify.repository.js';
import type {
  NewNotifyDeliveryRow,
  NewNotifyInboxRow,
  NotifyEventRow,
  NotifySubscriptionRow,
} from '../../store/notify.table.js';
import { claimEvents, insertInboxItems, unfannedEvents } from '../../store/notify-event.repository.js';
import type { Database } from '../../store/tables.js';
import { findWorkspaceById } from '../../store/workspace.repository.js';
import type { WorkspaceRow } from '../../store/workspace.table.js';
import { changeFeed } from '../write/change-feed.js';
import { channelBody, emailBody } from './channel-bodies.js';
import { messageId, NOTIFY_ACTOR, webhookPayload } from './outbox.js';

/** Events fanned out per transaction. */
const BATCH = 200;

/**
 * Turns the outbox's events into messages: one delivery per event and webhook that
 * subscribed to it, and for an alert that fires or resolves one per Slack/Teams channel
 * that routes it, an email to the KPI's owner (after their quiet hours) and an item in
 * the owner's inbox — unless the KPI is silenced. Each event is claimed in the same
 * transaction that writes its messages, so it is fanned out exactly once, even with two
 * servers. Disabled and paused subscriptions get their messages too: they wait.
 */
export async function fanOut(store: Store, at: number): Promise<{ events: number; deliveries: number }> {
  let events = 0;
  let deliveries = 0;
  for (;;) {
    const pending = await unfannedEvents(store.db, BATCH);
    for (const [workspaceId, rows] of groupByWorkspace(pending)) {
      const done = await store.db.transaction().execute(async (trx) => {
        const claimed = await claimEvents(
          trx,
          rows.map((r) => r.id),
          at,
        );
        const ws = await findWorkspaceById(trx, workspaceId);
        const mine = rows.filter((r) => claimed.has(r.id));
        if (!ws || mine.length === 0) return undefined;
        const messages = await messagesFor(trx, ws, mine);
        await insertDeliveries(trx, messages.deliveries);
        await insertInboxItems(trx, messages.inbox);
        return { ws, claimed: mine.length, ...messages };
      });
      if (!done) continue;
      events += done.claimed;
      deliveries += done.deliveries.length;
      if (done.inboxPeople.size > 0) {
        // Live: each open event stream hears which people's inboxes changed.
        changeFeed(store).publish({
          workspaceId: done.ws.id,
          workspaceSlug: done.ws.slug,
          actor: NOTIFY_ACTOR,
          at,
          records: [...done.inboxPeople].map((key) => ({ entity: 'inbox', id: key })),
          events: [],
        });
      }
    }
    if (pending.length < BATCH) return { events, deliveries };
  }
}

function groupByWorkspace(rows: readonly NotifyEventRow[]): Map<number, NotifyEventRow[]> {
  const groups = new Map<number, NotifyEventRow[]>();
  for (const row of rows) {
    const group = groups.get(row.workspace_id) ?? [];
    group.push(row);
    groups.set(row.workspace_id, group);
  }
  return groups;
}

async function messagesFor(trx: Kysely<Database>, ws: WorkspaceRow, events: readonly NotifyEventRow[]) {
  const subscriptions = await workspaceSubscriptions(trx, ws.id);
  const deliveries: NewNotifyDeliveryRow[] = [];
  const inbox: NewNotifyInboxRow[] = [];
  const inboxPeople = new Set<string>();
  const base = { workspace_id: ws.id, status: 'pending', attempts: 0, sent_at: null };
  const parsed = events.map((e) => ({
    ...e,
    at: Number(e.at),
    data: JSON.parse(e.data) as Record<string, unknown>,
  }));
  const webhooks = subscriptions
    .filter((sub) => sub.kind === 'webhook')
    .map((sub) => ({ id: sub.id, events: new Set(JSON.parse(sub.events) as string[]) }));
  for (const event of parsed) {
    const listening = webhooks.filter((hook) => hook.events.has(event.type));
    if (listening.length === 0) continue;
    // One body for all: each message differs only by its id (and the signature, made when sent).
    const body = webhookPayload(event.type, event.at, ws.slug, event.data);
    for (const hook of listening) {
      deliveries.push({
        ...base,
        id: messageId(),
        subscription_id: hook.id,
        channel: 'webhook',
        event_type: event.type,
        body,
        due_at: event.at,
        created_at: event.at,
      });
    }
  }
  const notices = parsed
    .map((event) => ({ event, notice: alertNotice(event.type, event.data, ws.locale ?? 'en') }))
    .filter((n): n is { event: (typeof parsed)[number]; notice: AlertNotice } => n.notice !== undefined);
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
    if (!target || (target.silenced_until !== null && Number(target.silenced_until) > event.at)) continue;
    const message = { ...base, event_type: event.type, created_at: event.at };
    for (const sub of subscriptions) {
      if (sub.kind === 'webhook' || !channelWants(sub, notice, target)) continue;
      deliveries.push({
        ...message,
        id: messageId(),
        subscription_id: sub.id,
        channel: sub.kind,
        body: channelBody(sub.kind, notice),
        due_at: event.at,
      });
    }
    if (target.owner_id === null || target.owner_key === null) continue;
    // The workspace's default policy: a KPI's owner hears when its alert fires or resolves,
    // in the inbox always, by email unless they turned it off (after their quiet hours).
    inbox.push({
      workspace_id: ws.id,
      person_id: target.owner_id,
      event_type: event.type,
      title: notice.headline,
      detail: notice.detail,
      entity: 'kpi',
      entity_id: notice.kpi,
      created_at: event.at,
      read_at: null,
    });
    inboxPeople.add(target.owner_key);
    // Unless they chose no alert email, or the weekly digest (which lists what is firing).
    if (target.owner_email && emailMode(target.email_alerts) === 'instant') {
      deliveries.push({
        ...message,
        id: messageId(),
        subscription_id: null,
        channel: 'email',
        recipient: target.owner_email,
        person_id: target.owner_id,
        body: emailBody(notice, `You get this because you own the KPI “${notice.kpiName}” in ${ws.name}.`),
        due_at: quietUntil(event.at, quietHoursOf(target)),
      });
    }
  }
  return { deliveries, inbox, inboxPeople };
}

/** No quiet hours: a window that never holds anything (start equals end). */
function quietHoursOf(target: KpiNoticeTarget) {
  return target.quiet_start && target.quiet_end
    ? { start: target.quiet_start, end: target.quiet_end, timeZone: target.time_zone ?? 'UTC' }
    : { start: '00:00', end: '00:00', timeZone: 'UTC' };
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
