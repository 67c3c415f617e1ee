import { randomBytes } from 'node:crypto';
import { isWebhookEvent, WEBHOOK_EVENTS } from '../../core/notify/webhook-events.js';
import type { Store } from '../../store/database.js';
import {
  deleteSubscription,
  insertSubscription,
  subscriptionRow,
  subscriptionRows,
  updateSubscription,
} from '../../store/notify.repository.js';
import type { NotifySubscriptionRow, NotifySubscriptionTable } from '../../store/notify.table.js';
import type { ChangeContext } from '../change-context.js';
import { NotFoundError, ValidationError, type ValidationIssue } from '../errors.js';
import { outboundUrlProblem } from '../net/outbound-guard.js';
import { secretsFor } from '../secrets/server-secrets.js';
import { resolveWorkspace } from '../workspace-ref.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import { newWebhookSecret } from './webhook-signature.js';

/** A webhook gets domain events; a Slack or Teams channel gets alert notices. */
export type SubscriptionKind = 'webhook' | 'slack' | 'teams';

export const CHANNEL_KINDS: readonly SubscriptionKind[] = ['slack', 'teams'];

export interface SubscriptionInput {
  readonly url: string;
  /** Webhooks: the event types to send. */
  readonly events?: readonly string[];
  readonly description?: string | null;
  /** Channels: only KPIs of this team / this owner / at least this severity. */
  readonly team?: string | null;
  readonly owner?: string | null;
  readonly severity?: 'warning' | 'critical' | null;
}

export type SubscriptionPatch = Partial<SubscriptionInput> & { readonly enabled?: boolean };

/** A subscription as shown: never its URL's secret parts, never its signing secret. */
export interface SubscriptionView {
  readonly id: string;
  readonly kind: SubscriptionKind;
  readonly url: string;
  readonly events: readonly string[];
  readonly description: string | null;
  readonly team: string | null;
  readonly owner: string | null;
  readonly severity: 'warning' | 'critical' | null;
  readonly enabled: boolean;
  readonly disabledReason: string | null;
  readonly failures: number;
  readonly createdAt: number;
}

const ALERT_EVENTS = ['kpi.breached', 'kpi.recovered'];

/** Creates it; a webhook's signing secret is returned here, once, and stored sealed. */
export async function createSubscription(
  store: Store,
  workspace: string,
  kind: SubscriptionKind,
  input: SubscriptionInput,
  change: ChangeContext,
): Promise<SubscriptionView & { readonly secret?: string }> {
  const events = kind === 'webhook' ? [...new Set(input.events ?? [])] : ALERT_EVENTS;
  check(kind, { ...input, events });
  const box = secretsFor(store);
  const secret = kind === 'webhook' ? newWebhookSecret() : undefined;
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const row: NotifySubscriptionTable = {
      id: `${kind === 'webhook' ? 'wh' : 'ch'}_${randomBytes(9).toString('base64url')}`,
      workspace_id: uow.workspace.id,
      kind,
      url_sealed: box.seal(input.url),
      url_hint: urlHint(kind, input.url),
      secret_sealed: secret === undefined ? null : box.seal(secret),
      events: JSON.stringify(events),
      description: input.description ?? null,
      team: input.team ?? null,
      owner: input.owner ?? null,
      min_severity: input.severity ?? null,
      failures: 0,
      disabled_at: null,
      disabled_reason: null,
      created_at: uow.at,
      created_by: change.actor,
    };
    await insertSubscription(uow.trx, row);
    const view = present(row);
    await uow.audit({ entity: kind, entityId: row.id, action: 'create', after: view });
    return secret === undefined ? view : { ...view, secret };
  });
}

export async function listSubscriptions(
  store: Store,
  workspace: string,
  kinds: readonly SubscriptionKind[],
): Promise<SubscriptionView[]> {
  const ws = await resolveWorkspace(store.db, workspace);
  return (await subscriptionRows(store.db, ws.id, kinds)).map(present);
}

export async function getSubscription(
  store: Store,
  workspace: string,
  kinds: readonly SubscriptionKind[],
  id: string,
): Promise<SubscriptionView> {
  const ws = await resolveWorkspace(store.db, workspace);
  return present(await found(await subscriptionRow(store.db, ws.id, id), kinds, id));
}

/** Edits it; `enabled: true` turns a disabled one back on, and its waiting deliveries resume. */
export async function updateSubscriptionFields(
  store: Store,
  workspace: string,
  kinds: readonly SubscriptionKind[],
  id: string,
  patch: SubscriptionPatch,
  change: ChangeContext,
): Promise<SubscriptionView> {
  return inWorkspaceWrite(store, workspace, change, async (uow) => {
    const row = await found(await subscriptionRow(uow.trx, uow.workspace.id, id), kinds, id);
    const kind = row.kind as SubscriptionKind;
    check(kind, patch);
    const changes: Partial<NotifySubscriptionTable> = {
      ...(patch.url !== undefined && {
        url_sealed: secretsFor(store).seal(patch.url),
        url_hint: urlHint(kind, patch.url),
      }),
      ...(patch.events !== undefined &&
        kind === 'webhook' && { events: JSON.stringify([...new Set(patch.events)]) }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.team !== undefined && { team: patch.team }),
      ...(patch.owner !== undefined && { owner: patch.owner }),
      ...(patch.severity !== undefined && { min_severity: patch.severity }),
      ...(patch.enabled === true && { disabled_at: null, disabled_reason: null, failures: 0 }),
      ...(patch.enabled === false &&
        row.disabled_at === null && {
          disabled_at: uow.at,
          disabled_reason: `Turned off by ${change.actor}`,
        }),
    };
    await updateSubscription(uow.trx, id, changes);
    const after = present({ ...row, ...changes });
    await uow.audit({ entity: kind, entityId: id, action: 'update', before: present(row), after });
    return after;
  });
}

export async function removeSubscription(
  store: Store,
  workspace: string,
  kinds: readonly SubscriptionKind[],
  id: string,
  change: ChangeContext,
): Promise<void> {
  await inWorkspaceWrite(store, workspace, change, async (uow) => {
    const row = await found(await subscriptionRow(uow.trx, uow.workspace.id, id), kinds, id);
    await deleteSubscription(uow.trx, id);
    await uow.audit({ entity: row.kind, entityId: id, action: 'delete', before: present(row) });
  });
}

export function present(row: NotifySubscriptionRow): SubscriptionView {
  return {
    id: row.id,
    kind: row.kind as SubscriptionKind,
    url: row.url_hint,
    events: JSON.parse(row.events) as string[],
    description: row.description,
    team: row.team,
    owner: row.owner,
    severity: row.min_severity as SubscriptionView['severity'],
    enabled: row.disabled_at === null,
    disabledReason: row.disabled_reason,
    failures: row.failures,
    createdAt: Number(row.created_at),
  };
}

async function found(
  row: NotifySubscriptionRow | undefined,
  kinds: readonly SubscriptionKind[],
  id: string,
): Promise<NotifySubscriptionRow> {
  if (!row || !kinds.includes(row.kind as SubscriptionKind)) {
    throw new NotFoundError(kinds.includes('webhook') ? 'webhook' : 'channel', id);
  }
  return row;
}

// A webhook always names an event, on create and on change alike: one that hears nothing
// is paused, not emptied.
function check(kind: SubscriptionKind, input: Partial<SubscriptionInput>): void {
  const issues: ValidationIssue[] = [];
  if (input.url !== undefined) {
    const problem = outboundUrlProblem(input.url);
    if (problem) issues.push({ path: 'url', message: problem });
  }
  if (kind === 'webhook' && input.events !== undefined) {
    if (input.events.length === 0)
      issues.push({ path: 'events', message: `name at least one event: ${WEBHOOK_EVENTS.join(', ')}` });
    input.events.forEach((event, i) => {
      if (!isWebhookEvent(event))
        issues.push({
          path: `events[${i}]`,
          message: `"${event}" is not an event Ratchet sends; use one of ${WEBHOOK_EVENTS.join(', ')}`,
        });
    });
  }
  if (issues.length > 0) {
    throw new ValidationError(
      `This ${kind === 'webhook' ? 'webhook' : `${kind} channel`} cannot be saved:`,
      issues,
    );
  }
}

/**
 * What may be shown of a URL: a webhook's in full (its secret is the signing key), a
 * Slack or Teams URL only by its origin, since the path is the credential.
 */
function urlHint(kind: SubscriptionKind, url: string): string {
  if (kind === 'webhook') return url;
  const parsed = new URL(url);
  return `${parsed.origin}/…`;
}
