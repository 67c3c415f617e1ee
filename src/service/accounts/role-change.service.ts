import type { Kysely } from 'kysely';
import {
  deleteMembership,
  roleStanding,
  upsertMembership,
} from '../../store/accounts/membership.repository.js';
import type { Database } from '../../store/tables.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import { isRole, type Role, roleChangeRefusal } from './roles.js';

export interface MembershipChange {
  readonly workspaceId: number;
  readonly userId: number;
  readonly role: Role;
  readonly personId: number | null;
  readonly at: number;
  /** Who asks: their role in the workspace, or `operator` for the server's own CLI. */
  readonly by: Role | 'operator';
}

/**
 * Gives an account a role in a workspace, inside the caller's transaction, after
 * `roleChangeRefusal` (the one home of the rule) allowed it: every path that grants a
 * role (people, CLI users, invitations) goes through here.
 */
export async function grantRole(trx: Kysely<Database>, change: MembershipChange): Promise<void> {
  await refuseUnlessAllowed(trx, change, change.role);
  await upsertMembership(trx, change);
}

/**
 * Takes an account out of the workspace, under the same rule and the same workspace-row
 * lock as `grantRole`: the last owner can never be removed.
 */
export async function revokeRole(
  trx: Kysely<Database>,
  change: Pick<MembershipChange, 'workspaceId' | 'userId' | 'by'>,
): Promise<void> {
  await refuseUnlessAllowed(trx, change, null);
  await deleteMembership(trx, change.workspaceId, change.userId);
}

async function refuseUnlessAllowed(
  trx: Kysely<Database>,
  change: Pick<MembershipChange, 'workspaceId' | 'userId' | 'by'>,
  to: Role | null,
): Promise<void> {
  const standing = await roleStanding(trx, change.workspaceId, change.userId);
  const from = standing.role !== null && isRole(standing.role) ? standing.role : null;
  const refusal = roleChangeRefusal({ by: change.by, from, to, otherOwners: standing.otherOwners });
  if (refusal?.kind === 'permission') throw new ForbiddenError(refusal.message);
  if (refusal) throw new ConflictError(refusal.message);
}
