import type { Kysely } from 'kysely';
import { idReferenceType } from '../dialect.js';

/**
 * A workspace's own SMTP server, set by an admin in the settings: the connection URL is
 * sealed (it carries the password), the sender address is plain. One row per workspace;
 * without one, mail goes through RATCHET_SMTP_URL / RATCHET_MAIL_FROM.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ref = idReferenceType(db);
  await db.schema
    .createTable('mail_settings')
    .addColumn('workspace_id', ref, (col) => col.primaryKey().references('workspaces.id').onDelete('cascade'))
    .addColumn('smtp_url_sealed', 'text', (col) => col.notNull())
    .addColumn('mail_from', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_by', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_settings').execute();
}
