import type { Kysely } from 'kysely';
import type { MailSettingsRow } from './mail-settings.table.js';
import type { Database } from './tables.js';

export async function findMailSettings(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<MailSettingsRow | undefined> {
  return db
    .selectFrom('mail_settings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function saveMailSettingsRow(db: Kysely<Database>, row: MailSettingsRow): Promise<void> {
  await db
    .insertInto('mail_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({
        smtp_url_sealed: row.smtp_url_sealed,
        mail_from: row.mail_from,
        updated_at: row.updated_at,
        updated_by: row.updated_by,
      }),
    )
    .execute();
}

export async function deleteMailSettings(db: Kysely<Database>, workspaceId: number): Promise<void> {
  await db.deleteFrom('mail_settings').where('workspace_id', '=', workspaceId).execute();
}
