import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';

/** The role of each workspace person who has an account (matched through memberships). */
export async function rolesOfPeople(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<{ person_id: number; role: string }[]> {
  const rows = await db
    .selectFrom('memberships')
    .select(['person_id', 'role'])
    .where('workspace_id', '=', workspaceId)
    .where('person_id', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.person_id === null ? [] : [{ person_id: r.person_id, role: r.role }]));
}
