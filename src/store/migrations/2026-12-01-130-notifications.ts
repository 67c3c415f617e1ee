import type { Kysely } from 'kysely';
import { idReferenceType, withIdColumn } from '../dialect.js';

/**
 * Notifications (docs/notifications.md): where to send (webhooks and Slack/Teams
 * channels, their URLs and secrets sealed), the outbox of deliveries written in the
 * same transaction as the event, every attempt for the delivery log, each person's
 * quiet hours, and silences on KPIs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('notify_subscriptions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('url_sealed', 'text', (col) => col.notNull())
    .addColumn('url_hint', 'text', (col) => col.notNull())
    .addColumn('secret_sealed', 'text')
    .addColumn('events', 'text', (col) => col.notNull())
    .addColumn('description', 'text')
    .addColumn('team', 'text')
    .addColumn('owner', 'text')
    .addColumn('min_severity', 'text')
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('disabled_at', 'bigint')
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('notify_subscriptions_workspace_idx')
    .on('notify_subscriptions')
    .column('workspace_id')
    .execute();
  await db.schema
    .createTable('notify_deliveries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (col) =>
      col.references('notify_subscriptions.id').onDelete('cascade'),
    )
    .addColumn('channel', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text')
    .addColumn('event_type', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('due_at', 'bigint', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('sent_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('notify_deliveries_due_idx')
    .on('notify_deliveries')
    .columns(['status', 'due_at'])
    .execute();
  await db.schema
    .createIndex('notify_deliveries_subscription_idx')
    .on('notify_deliveries')
    .columns(['subscription_id', 'created_at'])
    .execute();
  await withIdColumn(db, db.schema.createTable('notify_attempts'))
    .addColumn('delivery_id', 'text', (col) =>
      col.notNull().references('notify_deliveries.id').onDelete('cascade'),
    )
    .addColumn('at', 'bigint', (col) => col.notNull())
    .addColumn('attempt', 'integer', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('response_code', 'integer')
    .addColumn('response', 'text')
    .addColumn('duration_ms', 'integer', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('notify_attempts_delivery_idx')
    .on('notify_attempts')
    .column('delivery_id')
    .execute();
  await db.schema
    .createTable('notify_preferences')
    .addColumn('person_id', ref, (col) => col.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email_alerts', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text')
    .addColumn('quiet_start', 'text')
    .addColumn('quiet_end', 'text')
    .execute();
  await db.schema
    .createTable('kpi_silences')
    .addColumn('kpi_id', ref, (col) => col.primaryKey().references('kpis.id').onDelete('cascade'))
    .addColumn('workspace_id', ref, (col) => col.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('until', 'bigint', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kpi_silences').execute();
  await db.schema.dropTable('notify_preferences').execute();
  await db.schema.dropTable('notify_attempts').execute();
  await db.schema.dropTable('notify_deliveries').execute();
  await db.schema.dropTable('notify_subscriptions').execute();
}
