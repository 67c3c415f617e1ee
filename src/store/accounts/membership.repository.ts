import type { Kysely } from 'kysely';
import { lockRowForWrite } from '../dialect/write-races.js';
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

/** Every membership with the workspace's slug, for listing accounts with their roles. */
export async function listAllMemberships(
  db: Kysely<Database>,
): Promise<{ user_id: number; role: string; workspace_slug: string }[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['memberships.user_id', 'memberships.role', 'workspaces.slug as workspace_slug'])
    .orderBy('workspaces.slug')
    .execute();
}

/** How many members each workspace has and how many of them are owners. */
export async function memberCounts(
  db: Kysely<Database>,
): Promise<Map<number, { members: number; owners: number }>> {
  const rows = await db
    .selectFrom('memberships')
    .select(['workspace_id', 'role'])
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .groupBy(['workspace_id', 'role'])
    .execute();
  const counts = new Map<number, { members: number; owners: number }>();
  for (const row of rows) {
    const entry = counts.get(row.workspace_id) ?? { members: 0, owners: 0 };
    entry.members += Number(row.count);
    if (row.role === 'owner') entry.owners += Number(row.count);
    counts.set(row.workspace_id, entry);
  }
  return counts;
}

/**
 * Workspaces where this user is the only owner who can sign in: disabling or removing
 * the account would leave them ownerless. Call inside the transaction that disables or
 * removes it: like `roleStanding`, it locks each of the account's workspaces' rows first
 * (in id order, so two such transactions never deadlock), so it counts the owners the
 * role changes, disables and removals before it left (issue 13).
 */
export async function workspacesSolelyOwnedBy(db: Kysely<Database>, userId: number): Promise<string[]> {
  const memberOf = await db
    .selectFrom('memberships')
    .select('workspace_id')
    .where('user_id', '=', userId)
    .orderBy('workspace_id')
    .execute();
  for (const { workspace_id } of memberOf) await lockRowForWrite(db, 'workspaces', workspace_id);
  const owners = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
    .select(['m.workspace_id', 'm.user_id', 'w.slug'])
    .where('m.role', '=', 'owner')
    .where('u.disabled_at', 'is', null)
    .where(
      'm.workspace_id',
      'in',
      db.selectFrom('memberships').select('workspace_id').where('user_id', '=', userId),
    )
    .orderBy('w.slug')
    .execute();
  return owners
    .filter(
      (o) =>
        o.user_id === userId &&
        !owners.some((x) => x.workspace_id === o.workspace_id && x.user_id !== userId),
    )
    .map((o) => o.slug);
}

/**
 * The account's role in the workspace (null if not a member) and how many other owners
 * who can sign in it has. Call inside the transaction that changes the role: it locks the workspace's
 * row first, so role changes in one workspace take turns and each counts the owners the
 * one before left (two owners demoting each other at once on PostgreSQL: one wins, the
 * other is refused, an owner remains; issue 13).
 */
export async function roleStanding(
  db: Kysely<Database>,
  workspaceId: number,
  userId: number,
): Promise<{ role: string | null; otherOwners: number }> {
  await lockRowForWrite(db, 'workspaces', workspaceId);
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.role', 'u.disabled_at'])
    .where('m.workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('m.user_id', '=', userId), eb('m.role', '=', 'owner')]))
    .execute();
  return {
    role: rows.find((r) => r.user_id === userId)?.role ?? null,
    // A disabled owner cannot sign in, so cannot stand in for the one who leaves.
    otherOwners: rows.filter((r) => r.user_id !== userId && r.role === 'owner' && r.disabled_at === null)
      .length,
  };
}

/** The account linked to a workspace person, with its role; undefined for a person without sign-in. */
export async function membershipOfPerson(
  db: Kysely<Database>,
  workspaceId: number,
  personId: number,
): Promise<{ user_id: number; role: string } | undefined> {
  return db
    .selectFrom('memberships')
    .select(['user_id', 'role'])
    .where('workspace_id', '=', workspaceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function deleteMembership(
  db: Kysely<Database>,
  workspaceId: number,
  userId: number,
): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}
