import type { Kysely } from 'kysely';
import {
  findActiveWorkspaceBySlug,
  findMembership,
  listMembershipsOfUser,
} from '../../store/accounts/membership.repository.js';
import type { Database } from '../../store/tables.js';
import { isRole, type Role } from './roles.js';

export interface WorkspaceOfUser {
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
  readonly freelancer: boolean;
  readonly locale: string | null;
  readonly currency: string | null;
}

export async function workspacesOfUser(db: Kysely<Database>, userId: number): Promise<WorkspaceOfUser[]> {
  const rows = await listMembershipsOfUser(db, userId);
  return rows.flatMap((m) =>
    isRole(m.role)
      ? [
          {
            slug: m.workspace_slug,
            name: m.workspace_name,
            role: m.role,
            freelancer: Boolean(m.workspace_freelancer),
            locale: m.workspace_locale,
            currency: m.workspace_currency,
          },
        ]
      : [],
  );
}

export interface WorkspaceRef {
  readonly id: number;
  readonly slug: string;
  readonly name: string;
}

export function findOpenWorkspace(db: Kysely<Database>, slug: string): Promise<WorkspaceRef | undefined> {
  return findActiveWorkspaceBySlug(db, slug);
}

/** The user's role in the workspace and the person/team keys they are linked to; null if not a member. */
export async function membershipIn(
  db: Kysely<Database>,
  userId: number,
  workspaceId: number,
): Promise<{ role: Role; person: string | null; team: string | null } | null> {
  const row = await findMembership(db, userId, workspaceId);
  if (!row || !isRole(row.role)) return null;
  return { role: row.role, person: row.person_key, team: row.team_key };
}
