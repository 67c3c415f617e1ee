import type { Insertable, Kysely } from 'kysely';
import type { NotifyPreferenceRow, NotifyPreferenceTable } from './notify.table.js';
import type { Database } from './tables.js';

/** A person's stored notification preferences, if they ever saved any. */
export async function preferenceRow(
  db: Kysely<Database>,
  personId: number,
): Promise<NotifyPreferenceRow | undefined> {
  return db.selectFrom('notify_preferences').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/** Writes a person's preferences whole, replacing any saved before. */
export async function savePreferenceRow(
  db: Kysely<Database>,
  row: Insertable<NotifyPreferenceTable>,
): Promise<void> {
  const { person_id: _, ...changes } = row;
  await db
    .insertInto('notify_preferences')
    .values(row)
    .onConflict((oc) => oc.column('person_id').doUpdateSet(changes))
    .execute();
}

/** A person's name and email address, for a test message. */
export async function personContact(
  db: Kysely<Database>,
  personId: number,
): Promise<{ readonly name: string; readonly email: string | null }> {
  return db
    .selectFrom('people')
    .select(['name', 'email'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
}
