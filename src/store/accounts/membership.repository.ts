import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';
import type { MembershipRow } from './accounts.tables.js';

/** A membership with the workspace it opens and the keys of the linked person and team. */
export interface MembershipWithWorkspace extends MembershipRow {
  workspace_slug: string;
  workspace_name: string;
  workspace_locale: string | null;
  workspace_currency: string | null;
  workspace_freelancer: number;
  person_key: string | null;
  team_key: string | null;
}

function membershipsWithWorkspace(db: Kysely<Database>) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .leftJoin('people', 'people.id', 'memberships.person_id')
    .leftJoin('teams', 'teams.id', 'memberships.team_id')
    .selectAll('memberships')
    .select([
      'workspaces.slug as workspace_slug',
      'workspaces.name as workspace_name',
      'workspaces.locale as workspace_locale',
      'workspaces.currency as workspace_currency',
      'workspaces.freelancer as workspace_freelancer',
      'people.key as person_key',
      'teams.key as team_key',
    ])
    .where('workspaces.archived_at', 'is', null);
}

export async function listMembershipsOfUser(
  db: Kysely<Database>,
  userId: number,
): Promise<MembershipWithWorkspace[]> {
  return membershipsWithWorkspace(db)
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();
}

export async function findMembership(
  db: Kysely<Database>,
  userId: number,
  workspaceId: number,
): Promise<MembershipWithWorkspace | undefined> {
  return membershipsWithWorkspace(db)
    .where('memberships.user_id', '=', userId)
    .where('memberships.workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function upsertMembership(
  db: Kysely<Database>,
  membership: { workspaceId: number; userId: number; role: string; personId: number | null; at: number },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      workspace_id: membership.workspaceId,
      user_id: membership.userId,
      role: membership.role,
      person_id: membership.personId,
      team_id: null,
      created_at: membership.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['workspace_id', 'user_id'])
        .doUpdateSet({ role: membership.role, person_id: membership.personId }),
    )
    .execute();
}

/** A live workspace by slug, for resolving `{ws}` in a path. */
export async function findActiveWorkspaceBySlug(
  db: Kysely<Database>,
  slug: string,
): Promise<{ id: number; slug: string; name: string } | undefined> {
  return db
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
}
