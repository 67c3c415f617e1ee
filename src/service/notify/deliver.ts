import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { MAX_ATTEMPTS, retryDelay } from '../../core/notify/retry-schedule.js';
import type { Store } from '../../store/database.js';
import { releaseAbandonedClaims, sendClaimed } from '../../store/delivery-claim.repository.js';
import {
  countFailure,
  dueDeliveries,
  finishAttempt,
  nextDueAt,
  subscriptionRow,
} from '../../store/notify.repository.js';
import type { NotifyDeliveryRow } from '../../store/notify.table.js';
import type { Database } from '../../store/tables.js';
import { MailDeliveryError, MailNotConfiguredError } from '../mail/mail-errors.js';
import { sendMail } from '../mail/send-mail.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { disableSubscription, tellInboxes } from './disable-subscription.js';
import { fanOut } from './fan-out.js';
import { postJson } from './post-json.js';
import { signWebhook } from './webhook-signature.js';

export interface DeliveryOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Per request; default 10 s. */
  readonly timeoutMs?: number;
  /** The first retry's wait; each next waits four times longer. Default 30 s. */
  readonly retryBaseMs?: number;
  /** Deliveries per run; default 100. */
  readonly batch?: number;
}

export interface DeliveryRun {
  readonly sent: number;
  readonly failed: number;
  /** When the next waiting delivery is due, if any. */
  readonly nextDueAt: number | undefined;
}

/** An attempt's outcome: sent, worth another try, or not (a refused recipient, no SMTP). */
export interface AttemptOutcome {
  readonly result: 'sent' | 'retry' | 'give_up';
  readonly code: number | null;
  readonly response: string;
}

/**
 * Fans out the outbox's new events into deliveries (`fan-out.ts`), then sends the
 * deliveries due by `at`: each is claimed first (so two servers, or a restart,
 * never send one twice at once), sent with a deadline, and its outcome recorded: sent,
 * or retried with exponential backoff, or given up after MAX_ATTEMPTS. A subscription
 * with MAX_ATTEMPTS consecutive failures is disabled and the workspace's admins told.
 */
export async function deliverDue(
  store: Store,
  at: number,
  options: DeliveryOptions = {},
): Promise<DeliveryRun> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = timeoutMs + 60_000;
  await fanOut(store, at);
  let sent = 0;
  let failed = 0;
  for (const row of await dueDeliveries(store.db, at, options.batch ?? 100)) {
    const started = performance.now();
    const done = await sendClaimed(
      store,
      row,
      at + leaseMs,
      () => attempt(store, row, { timeoutMs, env: options.env ?? process.env }),
      (trx, outcome) =>
        recordOutcome(trx, row, row.attempts + 1, outcome, {
          at,
          durationMs: Math.round(performance.now() - started),
          retryBaseMs: options.retryBaseMs ?? retryBaseFrom(options.env ?? process.env),
        }),
    );
    if (!done) continue;
    if (done.recorded.disabled) await tellInboxes(store, done.recorded.disabled, at);
    if (done.recorded.sent) sent++;
    else failed++;
  }
  return { sent, failed, nextDueAt: await nextDueAt(store.db) };
}

/** RATCHET_DELIVERY_RETRY_SECONDS: the first retry's wait (default 30). */
export function retryBaseFrom(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.RATCHET_DELIVERY_RETRY_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 30_000;
}

export async function attempt(
  store: Store,
  row: NotifyDeliveryRow,
  options: { readonly timeoutMs: number; readonly env: NodeJS.ProcessEnv },
): Promise<AttemptOutcome> {
  if (row.channel === 'email') return attemptMail(store, row, options.env);
  const sub = await subscriptionRow(store.db, row.workspace_id, row.subscription_id ?? '');
  if (!sub) return { result: 'give_up', code: null, response: 'the subscription was deleted' };
  const box = secretsFor(store, options.env);
  const headers: Record<string, string> = {};
  if (sub.secret_sealed !== null) {
    // Standard Webhooks: the timestamp is the attempt's, so each retry is signed afresh.
    const timestamp = Math.floor(Date.now() / 1000);
    headers['webhook-id'] = row.id;
    headers['webhook-timestamp'] = String(timestamp);
    headers['webhook-signature'] = signWebhook(box.open(sub.secret_sealed), row.id, timestamp, row.body);
  }
  const posted = await postJson(box.open(sub.url_sealed), row.body, headers, options);
  return { result: posted.ok ? 'sent' : 'retry', code: posted.status, response: posted.response };
}

async function attemptMail(
  store: Store,
  row: NotifyDeliveryRow,
  env: NodeJS.ProcessEnv,
): Promise<AttemptOutcome> {
  const body = JSON.parse(row.body) as { subject: string; text: string; html: string };
  try {
    const mailed = await sendMail(
      store,
      { to: row.recipient ?? '', subject: body.subject, text: body.text, html: body.html },
      { workspaceId: row.workspace_id, env },
    );
    return { result: 'sent', code: null, response: mailed.response.slice(0, 500) };
  } catch (error) {
    if (error instanceof MailNotConfiguredError)
      return { result: 'give_up', code: null, response: error.message };
    if (error instanceof MailDeliveryError)
      return { result: error.retryable ? 'retry' : 'give_up', code: null, response: error.message };
    return { result: 'retry', code: null, response: error instanceof Error ? error.message : String(error) };
  }
}

/** The attempt's outcome, in the transaction that holds the delivery's claim. */
async function recordOutcome(
  trx: Kysely<Database>,
  row: NotifyDeliveryRow,
  attemptNo: number,
  outcome: AttemptOutcome,
  when: { readonly at: number; readonly durationMs: number; readonly retryBaseMs: number },
) {
  const { at } = when;
  const lastTry = outcome.result === 'give_up' || attemptNo >= MAX_ATTEMPTS;
  const status = outcome.result === 'sent' ? 'sent' : lastTry ? 'failed' : 'pending';
  await finishAttempt(
    trx,
    row.id,
    {
      status,
      dueAt: status === 'pending' ? at + retryDelay(attemptNo, when.retryBaseMs) : at,
      sentAt: status === 'sent' ? at : null,
    },
    {
      at,
      attempt: attemptNo,
      outcome: outcome.result === 'sent' ? 'sent' : 'failed',
      response_code: outcome.code,
      response: outcome.response,
      duration_ms: when.durationMs,
    },
  );
  const sent = outcome.result === 'sent';
  if (row.subscription_id === null) return { sent, disabled: undefined };
  const failures = await countFailure(trx, row.subscription_id, !sent);
  if (failures < MAX_ATTEMPTS) return { sent, disabled: undefined };
  return { sent, disabled: await disableSubscription(trx, row, failures, outcome.response, at) };
}

/**
 * Before a server on SQLite starts its jobs: it is the database's only server, so any
 * claim still held is a killed predecessor's, and its delivery goes out now rather than
 * when the lease would have run out. On PostgreSQL a dead server's claims roll back by
 * themselves (`sendClaimed`), and a live server's must be left alone.
 */
export async function takeBackAbandonedDeliveries(store: Store, at: number): Promise<number> {
  return store.dialect === 'sqlite' ? releaseAbandonedClaims(store.db, at) : 0;
}
