import type { Kysely } from 'kysely';

/**
 * The alert repeat interval (docs/notifications.md): a KPI's own interval ("4h"; null
 * takes the workspace's default, kept in `workspaces.settings`), and when its firing
 * alert was last told, so a repeat is due from then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('kpi_alerts').addColumn('repeat_every', 'text').execute();
  await db.schema.alterTable('kpi_alerts').addColumn('notified_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('kpi_alerts').dropColumn('notified_at').execute();
  await db.schema.alterTable('kpi_alerts').dropColumn('repeat_every').execute();
}
