import type { Kysely } from 'kysely';

/**
 * While a server sends a delivery it holds a claim until this instant (null: nobody
 * holds it). On SQLite a server starting up takes back the claims its killed predecessor
 * left, instead of waiting for them to run out (docs/notifications.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notify_deliveries').addColumn('claimed_until', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notify_deliveries').dropColumn('claimed_until').execute();
}
