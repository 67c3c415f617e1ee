import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/**
 * The workspace person a signed-in user is, matched by email, so "editors change what
 * they own" can compare a record's owner with the caller.
 */
export async function findPersonIdByEmail(
  db: Kysely<Database>,
  workspaceId: number,
  email: string,
): Promise<number | undefined> {
  return (await findPersonByEmail(db, workspaceId, email))?.id;
}

/** The workspace's current person with this email (any case): row id and key. */
export async function findPersonByEmail(
  db: Kysely<Database>,
  workspaceId: number,
  email: string,
): Promise<{ id: number; key: string } | undefined> {
  return db
    .selectFrom('people')
    .select(['id', 'key'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}

/** Adds the member as a person of the workspace (the first user of a new workspace). */
export async function insertMemberPerson(
  db: Kysely<Database>,
  person: { workspaceId: number; key: string; name: string; email: string; at: number },
): Promise<number> {
  const row = await db
    .insertInto('people')
    .values({
      workspace_id: person.workspaceId,
      key: person.key,
      name: person.name,
      email: person.email,
      position: 0,
      archived_at: null,
      created_at: person.at,
      updated_at: person.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The person key the new owner gets in an adopted workspace, clear of the people it has. */
export async function freePersonKey(
  db: Kysely<Database>,
  workspaceId: number,
  base: string,
): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await db
      .selectFrom('people')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', candidate)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}
