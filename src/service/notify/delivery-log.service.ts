import { performance } from 'node:perf_hooks';
import { TEST_NOTICE } from '../../core/notify/alert-notice.js';
import type { Store } from '../../store/database.js';
import { claimDelivery } from '../../store/delivery-claim.repository.js';
import {
  attemptLog,
  type DeliveryOwner,
  finishAttempt,
  insertDeliveries,
  subscriptionRow,
  waitingDeliveries,
} from '../../store/notify.repository.js';
import type { NotifyDeliveryRow } from '../../store/notify.table.js';
import { personContact } from '../../store/notify-preference.repository.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { activeRef } from '../kpi-ref.js';
import { renderMail } from '../mail/index.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { channelBody } from './channel-bodies.js';
import { attempt } from './deliver.js';
import { messageId, webhookPayload } from './outbox.js';
import type { SubscriptionKind } from './subscription.service.js';

export interface LoggedAttemptView {
  readonly delivery: string;
  readonly event: string;
  readonly at: number;
  readonly attempt: number;
  readonly outcome: 'sent' | 'failed';
  /** The delivery's state now: sent, pending (a retry is due), failed (given up). */
  readonly status: string;
  readonly responseCode: number | null;
  readonly response: string | null;
  readonly durationMs: number;
}

export interface DeliveryLog {
  readonly waiting: readonly {
    readonly delivery: string;
    readonly event: string;
    readonly dueAt: number;
    readonly attempts: number;
  }[];
  readonly attempts: readonly LoggedAttemptView[];
}

/** A subscription's delivery log: what waits to be sent, and every attempt, newest first. */
export async function deliveryLog(
  store: Store,
  workspace: string,
  kinds: readonly SubscriptionKind[],
  id: string,
  limit = 100,
): Promise<DeliveryLog> {
  const ws = await resolveWorkspace(store.db, workspace);
  await subscriptionOf(store, ws.id, kinds, id);
  return logOf(store, { subscriptionId: id }, limit);
}

/** The log of the email Ratchet sent (or will send) one person: alerts, notices, tests. */
export async function personDeliveryLog(
  store: Store,
  workspace: string,
  person: string,
  limit = 100,
): Promise<DeliveryLog> {
  const ws = await resolveWorkspace(store.db, workspace);
  const ref = await activeRef(store.db, 'people', ws.id, person);
  return logOf(store, { personId: ref.id }, limit);
}

async function logOf(store: Store, owner: DeliveryOwner, limit: number): Promise<DeliveryLog> {
  const [waiting, attempts] = await Promise.all([
    waitingDeliveries(store.db, owner),
    attemptLog(store.db, owner, limit),
  ]);
  return {
    waiting: waiting.map((d) => ({
      delivery: d.id,
      event: d.event_type,
      dueAt: Number(d.due_at),
      attempts: d.attempts,
    })),
    attempts: attempts.map((a) => ({
      delivery: a.delivery_id,
      event: a.event_type,
      at: Number(a.at),
      attempt: a.attempt,
      outcome: a.outcome as 'sent' | 'failed',
      status: a.status,
      responseCode: a.response_code,
      response: a.response,
      durationMs: a.duration_ms,
    })),
  };
}

/**
 * Sends a test message now and answers with how it went; logged like any delivery, never
 * retried, and a failure does not count towards disabling the subscription.
 */
export async function sendTest(
  store: Store,
  workspace: string,
  kinds: readonly SubscriptionKind[],
  id: string,
  at: number,
): Promise<LoggedAttemptView> {
  const ws = await resolveWorkspace(store.db, workspace);
  const sub = await subscriptionOf(store, ws.id, kinds, id);
  const row: NotifyDeliveryRow = {
    id: messageId(),
    workspace_id: ws.id,
    subscription_id: id,
    channel: sub.kind,
    recipient: null,
    person_id: null,
    event_type: sub.kind === 'webhook' ? 'webhook.test' : 'channel.test',
    body:
      sub.kind === 'webhook'
        ? webhookPayload('webhook.test', at, ws.slug, { webhook: id, message: 'Test from Ratchet' })
        : channelBody(sub.kind, TEST_NOTICE),
    // Due in the past and claimed at once: the job never picks it up.
    status: 'pending',
    attempts: 0,
    due_at: at,
    created_at: at,
    sent_at: null,
    claimed_until: null,
  };
  return tryNow(store, row, at);
}

/**
 * Emails a person a test message now (to the address on their person record) and answers
 * with how it went; logged in their email delivery log, never retried.
 */
export async function sendTestEmail(
  store: Store,
  workspace: string,
  person: string,
  at: number,
): Promise<LoggedAttemptView> {
  const ws = await resolveWorkspace(store.db, workspace);
  const ref = await activeRef(store.db, 'people', ws.id, person);
  const row = await personContact(store.db, ref.id);
  if (!row.email) {
    throw new ValidationError(`${row.name} has no email address to send a test to:`, [
      { path: 'email', message: `add one to the person "${person}" first (PATCH /people/${person} {email})` },
    ]);
  }
  const heading = 'Test from Ratchet';
  const mail = renderMail({
    heading,
    paragraphs: [
      `This is a test message for ${row.name}. Alerts about the KPIs you own arrive at this address like this one did.`,
    ],
  });
  return tryNow(
    store,
    {
      id: messageId(),
      workspace_id: ws.id,
      subscription_id: null,
      channel: 'email',
      recipient: row.email,
      person_id: ref.id,
      event_type: 'email.test',
      body: JSON.stringify({ subject: heading, ...mail }),
      status: 'pending',
      attempts: 0,
      due_at: at,
      created_at: at,
      sent_at: null,
      claimed_until: null,
    },
    at,
  );
}

/** One attempt now, logged; a test is never retried and never counts towards disabling. */
async function tryNow(store: Store, row: NotifyDeliveryRow, at: number): Promise<LoggedAttemptView> {
  await insertDeliveries(store.db, [row]);
  // Claimed past the attempt's deadline, so the deliveries job never sends it as well.
  await claimDelivery(store.db, row, at + 70_000);
  const started = performance.now();
  const outcome = await attempt(store, row, { timeoutMs: 10_000, env: process.env });
  const durationMs = Math.round(performance.now() - started);
  const status = outcome.result === 'sent' ? 'sent' : 'failed';
  await finishAttempt(
    store.db,
    row.id,
    { status, dueAt: at, sentAt: status === 'sent' ? at : null },
    {
      at,
      attempt: 1,
      outcome: status,
      response_code: outcome.code,
      response: outcome.response,
      duration_ms: durationMs,
    },
  );
  return {
    delivery: row.id,
    event: row.event_type,
    at,
    attempt: 1,
    outcome: status,
    status,
    responseCode: outcome.code,
    response: outcome.response,
    durationMs,
  };
}

async function subscriptionOf(
  store: Store,
  workspaceId: number,
  kinds: readonly SubscriptionKind[],
  id: string,
) {
  const sub = await subscriptionRow(store.db, workspaceId, id);
  if (!sub || !kinds.includes(sub.kind as SubscriptionKind))
    throw new NotFoundError(kinds.includes('webhook') ? 'webhook' : 'channel', id);
  return sub;
}
