import type { ExpressionBuilder, Kysely } from 'kysely';
import { inValues } from './dialect.js';
import type {
  NewNotifyDeliveryRow,
  NotifyAttemptRow,
  NotifyDeliveryRow,
  NotifyDeliveryTable,
  NotifySubscriptionRow,
  NotifySubscriptionTable,
} from './notify.table.js';
import type { Database } from './tables.js';

export async function insertSubscription(db: Kysely<Database>, row: NotifySubscriptionTable): Promise<void> {
  await db.insertInto('notify_subscriptions').values(row).execute();
}

export async function subscriptionRow(
  db: Kysely<Database>,
  workspaceId: number,
  id: string,
): Promise<NotifySubscriptionRow | undefined> {
  return db
    .selectFrom('notify_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function subscriptionRows(
  db: Kysely<Database>,
  workspaceId: number,
  kinds: readonly string[],
): Promise<NotifySubscriptionRow[]> {
  return db
    .selectFrom('notify_subscriptions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(inValues(db, 'kind', kinds, 'text'))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** All of a workspace's subscriptions, enabled or not (a disabled one's messages wait). */
export async function workspaceSubscriptions(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<NotifySubscriptionRow[]> {
  return db.selectFrom('notify_subscriptions').selectAll().where('workspace_id', '=', workspaceId).execute();
}

export async function updateSubscription(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<NotifySubscriptionTable, 'id' | 'workspace_id'>>,
): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.updateTable('notify_subscriptions').set(changes).where('id', '=', id).execute();
}

export async function deleteSubscription(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('notify_subscriptions').where('id', '=', id).execute();
}

/** Counts a failed attempt (or clears the count on success); resolves to the new count. */
export async function countFailure(db: Kysely<Database>, id: string, failed: boolean): Promise<number> {
  if (!failed) {
    await db.updateTable('notify_subscriptions').set({ failures: 0 }).where('id', '=', id).execute();
    return 0;
  }
  await db
    .updateTable('notify_subscriptions')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', id)
    .execute();
  const row = await db
    .selectFrom('notify_subscriptions')
    .select('failures')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.failures ?? 0;
}

export async function insertDeliveries(
  db: Kysely<Database>,
  rows: readonly NewNotifyDeliveryRow[],
): Promise<void> {
  // 12 columns a row: 500 rows stay under SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('notify_deliveries')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** Pending deliveries due by `at` whose subscription (if any) is enabled, oldest first. */
export async function dueDeliveries(
  db: Kysely<Database>,
  at: number,
  limit: number,
): Promise<NotifyDeliveryRow[]> {
  return db
    .selectFrom('notify_deliveries as d')
    .leftJoin('notify_subscriptions as s', 's.id', 'd.subscription_id')
    .selectAll('d')
    .where('d.status', '=', 'pending')
    .where('d.due_at', '<=', at)
    .where((eb) => eb.or([eb('d.subscription_id', 'is', null), eb('s.disabled_at', 'is', null)]))
    .orderBy('d.due_at')
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

export async function finishAttempt(
  db: Kysely<Database>,
  id: string,
  update: { readonly status: string; readonly dueAt: number; readonly sentAt: number | null },
  attempt: Omit<NotifyAttemptRow, 'id' | 'delivery_id'>,
): Promise<void> {
  await db
    .updateTable('notify_deliveries')
    .set({ status: update.status, due_at: update.dueAt, sent_at: update.sentAt, claimed_until: null })
    .where('id', '=', id)
    .execute();
  await db
    .insertInto('notify_attempts')
    .values({ ...attempt, delivery_id: id })
    .execute();
}

export async function nextDueAt(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db
    .selectFrom('notify_deliveries as d')
    .leftJoin('notify_subscriptions as s', 's.id', 'd.subscription_id')
    .select((eb) => eb.fn.min('d.due_at').as('due'))
    .where('d.status', '=', 'pending')
    .where((eb) => eb.or([eb('d.subscription_id', 'is', null), eb('s.disabled_at', 'is', null)]))
    .executeTakeFirst();
  return row?.due === null || row?.due === undefined ? undefined : Number(row.due);
}

export interface LoggedAttempt {
  readonly delivery_id: string;
  readonly event_type: string;
  readonly status: string;
  readonly at: number;
  readonly attempt: number;
  readonly outcome: string;
  readonly response_code: number | null;
  readonly response: string | null;
  readonly duration_ms: number;
}

/** Whose delivery log: a webhook's or channel's, or the email sent to one person. */
export type DeliveryOwner = { readonly subscriptionId: string } | { readonly personId: number };

function ownedBy(owner: DeliveryOwner) {
  return (eb: ExpressionBuilder<Database & { d: NotifyDeliveryTable }, 'd'>) =>
    'subscriptionId' in owner
      ? eb('d.subscription_id', '=', owner.subscriptionId)
      : eb.and([eb('d.person_id', '=', owner.personId), eb('d.channel', '=', 'email')]);
}

/** A subscription's (or a person's email) attempts, newest first. */
export async function attemptLog(
  db: Kysely<Database>,
  owner: DeliveryOwner,
  limit: number,
): Promise<LoggedAttempt[]> {
  return db
    .selectFrom('notify_attempts as a')
    .innerJoin('notify_deliveries as d', 'd.id', 'a.delivery_id')
    .select([
      'a.delivery_id',
      'd.event_type',
      'd.status',
      'a.at',
      'a.attempt',
      'a.outcome',
      'a.response_code',
      'a.response',
      'a.duration_ms',
    ])
    .where(ownedBy(owner))
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

/** The deliveries waiting (not yet sent nor given up), for the log. */
export async function waitingDeliveries(
  db: Kysely<Database>,
  owner: DeliveryOwner,
): Promise<NotifyDeliveryRow[]> {
  return db
    .selectFrom('notify_deliveries as d')
    .selectAll('d')
    .where(ownedBy(owner))
    .where('d.status', '=', 'pending')
    .orderBy('d.due_at')
    .execute();
}

/** Who and what an alert notice about these KPIs concerns: owner, team, silence. */
export interface KpiNoticeTarget {
  readonly key: string;
  readonly owner_id: number | null;
  readonly owner_key: string | null;
  readonly owner_email: string | null;
  readonly team_key: string | null;
  readonly silenced_until: number | null;
  readonly email_alerts: string | null;
  readonly time_zone: string | null;
  readonly quiet_start: string | null;
  readonly quiet_end: string | null;
}

export async function kpiNoticeTargets(
  db: Kysely<Database>,
  workspaceId: number,
  kpiKeys: readonly string[],
): Promise<KpiNoticeTarget[]> {
  if (kpiKeys.length === 0) return [];
  return db
    .selectFrom('kpis as k')
    .leftJoin('people as p', 'p.id', 'k.owner_id')
    .leftJoin('teams as t', 't.id', 'k.team_id')
    .leftJoin('kpi_silences as s', 's.kpi_id', 'k.id')
    .leftJoin('notify_preferences as n', 'n.person_id', 'k.owner_id')
    .select([
      'k.key',
      'k.owner_id',
      'p.key as owner_key',
      'p.email as owner_email',
      't.key as team_key',
      's.until as silenced_until',
      'n.email_alerts',
      'n.time_zone',
      'n.quiet_start',
      'n.quiet_end',
    ])
    .where('k.workspace_id', '=', workspaceId)
    .where('k.archived_at', 'is', null)
    .where(inValues(db, 'k.key', kpiKeys, 'text'))
    .execute();
}

/** The workspace's admins and owners (for notices about its setup): email, and person if linked. */
export async function adminRecipients(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<
  { readonly email: string; readonly person_id: number | null; readonly person_key: string | null }[]
> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('people as p', 'p.id', 'm.person_id')
    .select(['u.email', 'm.person_id', 'p.key as person_key'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.role', 'in', ['admin', 'owner'])
    .where('u.disabled_at', 'is', null)
    .execute();
}
