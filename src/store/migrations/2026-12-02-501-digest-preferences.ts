import type { Kysely } from 'kysely';

/**
 * Per person (docs/notifications.md): whether they get the weekly digest and check-in
 * reminders ('on'/'off'; null is 'on'). `email_alerts` gains the value 'digest': alert
 * emails wait for the digest instead of arriving one by one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notify_preferences').addColumn('weekly_digest', 'text').execute();
  await db.schema.alterTable('notify_preferences').addColumn('reminders', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notify_preferences').dropColumn('reminders').execute();
  await db.schema.alterTable('notify_preferences').dropColumn('weekly_digest').execute();
}
