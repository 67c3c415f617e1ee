import type { Kysely } from 'kysely';
import type { Database } from '../tables.js';
import type { InvitationRow } from './invitation.table.js';

export async function insertInvitation(
  db: Kysely<Database>,
  invitation: {
    workspaceId: number;
    email: string;
    role: string;
    tokenHash: string;
    invitedBy: number | null;
    at: number;
    expiresAt: number;
  },
): Promise<InvitationRow> {
  return db
    .insertInto('invitations')
    .values({
      workspace_id: invitation.workspaceId,
      email: invitation.email.toLowerCase(),
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: invitation.at,
      expires_at: invitation.expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findInvitationByHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<(InvitationRow & { workspace_name: string; workspace_slug: string }) | undefined> {
  return db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .selectAll('invitations')
    .select(['workspaces.name as workspace_name', 'workspaces.slug as workspace_slug'])
    .where('invitations.token_hash', '=', tokenHash)
    .where('workspaces.archived_at', 'is', null)
    .executeTakeFirst();
}

export async function findInvitation(
  db: Kysely<Database>,
  workspaceId: number,
  id: number,
): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Invitations not accepted or revoked yet, expired ones too (so they can be resent); newest first. */
export async function listOpenInvitations(
  db: Kysely<Database>,
  workspaceId: number,
): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * Marks the invitation used, only if it still is open and unexpired: the one statement
 * that decides a race between two tabs, so a link works exactly once.
 */
export async function claimInvitation(
  db: Kysely<Database>,
  id: number,
  userId: number,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_by: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A new secret and a new expiry for an open invitation (resend): the old link stops working. */
export async function renewInvitation(
  db: Kysely<Database>,
  id: number,
  tokenHash: string,
  at: number,
  expiresAt: number,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ token_hash: tokenHash, created_at: at, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function revokeInvitationRow(db: Kysely<Database>, id: number, at: number): Promise<void> {
  await db.updateTable('invitations').set({ revoked_at: at }).where('id', '=', id).execute();
}
