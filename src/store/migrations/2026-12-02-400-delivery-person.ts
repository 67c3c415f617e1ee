import type { Kysely } from 'kysely';
import { idReferenceType } from '../dialect.js';

/**
 * An email delivery names the person it goes to, so each person (and their admins) can
 * read the log of what Ratchet emailed them (docs/notifications.md). Older rows keep null.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('notify_deliveries')
    .addColumn('person_id', idReferenceType(db), (col) => col.references('people.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('notify_deliveries_person_idx')
    .on('notify_deliveries')
    .columns(['person_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('notify_deliveries_person_idx').execute();
  await db.schema.alterTable('notify_deliveries').dropColumn('person_id').execute();
}
