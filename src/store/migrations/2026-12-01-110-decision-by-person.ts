import { type Kysely, sql } from 'kysely';

/**
 * A decision's `by` is a person id (the workspace file's rule). Before issue 13 the API
 * stored the caller's name when `by` was left out; this turns each such name into the id
 * of the workspace's person of that name, so an export imports again. A name no person
 * carries is left as it was. Frozen in time like every migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update decisions set decided_by = (
      select min(people.key) from people
      where people.workspace_id = decisions.workspace_id and people.name = decisions.decided_by
    )
    where not exists (
      select 1 from people
      where people.workspace_id = decisions.workspace_id and people.key = decisions.decided_by
    )
    and exists (
      select 1 from people
      where people.workspace_id = decisions.workspace_id and people.name = decisions.decided_by
    )
  `.execute(db);
}

export async function down(): Promise<void> {
  // The names are not kept: the ids say the same, and the file only reads ids.
}
