import type { Kysely } from 'kysely';
import {
  claimInvitation,
  findInvitation,
  findInvitationByHash,
  insertInvitation,
  listOpenInvitations,
  renewInvitation,
  revokeInvitationRow,
} from '../../store/accounts/invitation.repository.js';
import type { InvitationRow } from '../../store/accounts/invitation.table.js';
import { findPersonByEmail } from '../../store/accounts/member-person.repository.js';
import { findMembership, memberCounts } from '../../store/accounts/membership.repository.js';
import { findUserByEmail, insertUser } from '../../store/accounts/user.repository.js';
import type { Store } from '../../store/database.js';
import { insertKeyed, nextPosition } from '../../store/keyed.repository.js';
import type { Database } from '../../store/tables.js';
import { findWorkspaceById } from '../../store/workspace.repository.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { keyFor } from '../keyed-writes.js';
import { inWorkspaceWrite } from '../write/unit-of-work.js';
import type { User } from './account.types.js';
import { checkNewAccount, isEmailAddress } from './account-input.js';
import { hashPassword, verifyPassword } from './password.js';
import { toUser } from './presenters.js';
import { grantRole } from './role-change.service.js';
import { isRole, type Role, roleChangeRefusal } from './roles.js';
import { newSecret, secretHash } from './secrets.js';

/** Links expire after a week: long enough for a holiday, short enough that old mail is harmless. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITATION_PREFIX = 'ri_';

export interface Invitation {
  readonly id: number;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly expired: boolean;
}

/** An invitation just made or renewed: the secret is in this answer only. */
export interface IssuedInvitation {
  readonly invitation: Invitation;
  readonly secret: string;
}

/** Why a link no longer works; the accept page says it in words. */
export class InvitationClosedError extends Error {
  constructor(readonly reason: 'unknown' | 'expired' | 'used' | 'revoked') {
    super(
      {
        unknown: 'This invitation link is not valid. Check that you copied all of it, or ask for a new one.',
        expired:
          'This invitation has expired (links work for 7 days). Ask the person who invited you to resend it.',
        used: 'This invitation has already been used. Sign in instead, or ask for a new invitation.',
        revoked: 'This invitation was withdrawn. Ask an admin of the workspace if you still need access.',
      }[reason],
    );
    this.name = 'InvitationClosedError';
  }
}

export interface Inviter {
  readonly userId: number;
  readonly role: Role;
}

/**
 * Invites an email to a workspace with a role, under the same rule as every other role
 * change (`roleChangeRefusal`). Inviting an email that already has an open invitation
 * renews that one, so an inbox never holds two live links for one workspace.
 */
export async function inviteToWorkspace(
  db: Kysely<Database>,
  workspaceId: number,
  input: { readonly email: string; readonly role: Role },
  inviter: Inviter,
  now: number,
): Promise<IssuedInvitation> {
  const email = checkedEmail(input.email);
  return db.transaction().execute(async (trx) => {
    const refusal = roleChangeRefusal({
      by: inviter.role,
      from: null,
      to: input.role,
      otherOwners: (await memberCounts(trx)).get(workspaceId)?.owners ?? 0,
    });
    if (refusal)
      throw refusal.kind === 'permission'
        ? new ForbiddenError(refusal.message)
        : new ConflictError(refusal.message);
    const existing = await findUserByEmail(trx, email);
    if (existing && (await findMembership(trx, existing.id, workspaceId))) {
      throw new ConflictError(`${email} is already a member of this workspace; change their role instead.`);
    }
    const open = (await listOpenInvitations(trx, workspaceId)).find((i) => i.email === email);
    const secret = newSecret(INVITATION_PREFIX);
    const expiresAt = now + INVITATION_LIFETIME_MS;
    if (open) {
      if (open.role !== input.role) await revokeInvitationRow(trx, open.id, now);
      else {
        await renewInvitation(trx, open.id, secretHash(secret), now, expiresAt);
        return { invitation: present({ ...open, created_at: now, expires_at: expiresAt }, now), secret };
      }
    }
    const row = await insertInvitation(trx, {
      workspaceId,
      email,
      role: input.role,
      tokenHash: secretHash(secret),
      invitedBy: inviter.userId,
      at: now,
      expiresAt,
    });
    return { invitation: present(row, now), secret };
  });
}

export async function listInvitations(
  db: Kysely<Database>,
  workspaceId: number,
  now: number,
): Promise<Invitation[]> {
  return (await listOpenInvitations(db, workspaceId)).map((row) => present(row, now));
}

/** A fresh link and a fresh week for an open invitation; the old link stops working. */
export async function resendInvitation(
  db: Kysely<Database>,
  workspaceId: number,
  id: number,
  now: number,
): Promise<IssuedInvitation> {
  const row = await openInvitation(db, workspaceId, id);
  const secret = newSecret(INVITATION_PREFIX);
  const expiresAt = now + INVITATION_LIFETIME_MS;
  await renewInvitation(db, row.id, secretHash(secret), now, expiresAt);
  return { invitation: present({ ...row, created_at: now, expires_at: expiresAt }, now), secret };
}

export async function revokeInvitation(db: Kysely<Database>, workspaceId: number, id: number, now: number) {
  const row = await openInvitation(db, workspaceId, id);
  await revokeInvitationRow(db, row.id, now);
}

export interface InvitationView {
  readonly workspace: { readonly slug: string; readonly name: string };
  readonly email: string;
  readonly role: Role;
  readonly expiresAt: number;
  /** Whether an account with this email exists: then accepting asks for its password. */
  readonly hasAccount: boolean;
}

/** What the accept page shows; a link that no longer works throws InvitationClosedError. */
export async function viewInvitation(
  db: Kysely<Database>,
  secret: string,
  now: number,
): Promise<InvitationView> {
  const row = await usableInvitation(db, secret, now);
  return {
    workspace: { slug: row.workspace_slug, name: row.workspace_name },
    email: row.email,
    role: row.role as Role,
    expiresAt: Number(row.expires_at),
    hasAccount: (await findUserByEmail(db, row.email)) !== undefined,
  };
}

/**
 * How the invitee proves who they are: a new account (name and password), the password
 * of the account that already has this email, or an identity already proven elsewhere
 * (single sign-on with a verified email equal to the invitation's).
 */
export type Acceptance =
  | { readonly kind: 'password'; readonly name?: string; readonly password: string }
  | { readonly kind: 'verified'; readonly email: string; readonly name: string };

/**
 * Accepts the invitation in one transaction: the account (created or proven), the
 * membership with the invited role, the workspace person it is, and the link used up.
 * Anything wrong throws before the transaction commits, so nothing is half-made.
 */
export async function acceptInvitation(
  store: Store,
  secret: string,
  acceptance: Acceptance,
  now: number,
): Promise<{ readonly user: User; readonly workspace: { readonly slug: string; readonly name: string } }> {
  const view = await usableInvitation(store.db, secret, now);
  const existing = await findUserByEmail(store.db, view.email);
  let passwordHash: string | undefined;
  if (acceptance.kind === 'verified') {
    if (acceptance.email.toLowerCase() !== view.email) {
      throw new InvitationMismatchError(view.email, acceptance.email);
    }
  } else if (existing) {
    if (
      existing.disabled_at !== null ||
      !(await verifyPassword(existing.password_hash, acceptance.password))
    ) {
      throw new ValidationError(`${view.email} already has an account: enter its password to accept.`, [
        { path: 'password', message: 'That is not the password of this account.' },
      ]);
    }
  } else {
    const name = acceptance.name?.trim() ?? '';
    checkNewAccount({ email: view.email, password: acceptance.password, name });
    passwordHash = await hashPassword(acceptance.password);
  }
  let row!: UsableInvitation;
  const invitedTo = async (trx: Kysely<Database>) => {
    row = await usableInvitation(trx, secret, now);
    const workspace = await findWorkspaceById(trx, row.workspace_id);
    if (!workspace) throw new InvitationClosedError('unknown');
    return workspace;
  };
  // The invitee is the actor, but their account may be made by this write: each entry names them.
  return inWorkspaceWrite(
    store,
    invitedTo,
    { actor: 'invitation', at: now },
    async ({ trx, audit, touched }) => {
      let user = await findUserByEmail(trx, row.email);
      if (!user) {
        const name = acceptance.kind === 'verified' ? acceptance.name : (acceptance.name ?? '').trim();
        // An SSO account has no password of its own: a random one nobody knows.
        passwordHash ??= await hashPassword(newSecret(''));
        user = await insertUser(trx, { email: row.email, name, passwordHash, at: now });
      }
      if (!(await claimInvitation(trx, row.id, user.id, now))) throw new InvitationClosedError('used');
      const existing = await findPersonByEmail(trx, row.workspace_id, row.email);
      let personId = existing?.id;
      let key: string | null = null;
      if (personId === undefined) {
        key = await keyFor(trx, 'people', row.workspace_id, undefined, user.name, 'person');
        personId = await insertKeyed(trx, 'people', {
          workspace_id: row.workspace_id,
          key,
          name: user.name,
          email: row.email,
          position: await nextPosition(trx, 'people', row.workspace_id),
          created_at: now,
          updated_at: now,
        });
      }
      // Whether the inviter may grant this role was judged when inviting (same rule, `by` their role).
      await grantRole(trx, {
        workspaceId: row.workspace_id,
        userId: user.id,
        role: row.role as Role,
        personId,
        at: now,
        by: 'operator',
      });
      // Audited like every change (by the invitee, whose account may be new), which also tells
      // every server's caches the people changed.
      // Open pages refresh their people list: someone joined, or gained a role.
      const personKey = key ?? existing?.key;
      if (personKey !== undefined) touched('person', personKey);
      const actor = `user:${user.id}`;
      await audit(
        ...(key === null
          ? []
          : [
              {
                entity: 'person',
                entityId: key,
                action: 'create',
                after: { name: user.name, email: row.email },
                actor,
              },
            ]),
        {
          entity: 'invitation',
          entityId: String(row.id),
          action: 'accept',
          after: { email: row.email, role: row.role },
          actor,
        },
      );
      return { user: toUser(user), workspace: { slug: row.workspace_slug, name: row.workspace_name } };
    },
  );
}

/** The identity provider vouched for another email than the one invited. */
export class InvitationMismatchError extends ForbiddenError {
  constructor(invited: string, signedIn: string) {
    super(
      `This invitation is for ${invited}, but you signed in as ${signedIn}. Sign in with the invited address, or ask for an invitation to ${signedIn}.`,
    );
    this.name = 'InvitationMismatchError';
  }
}

type UsableInvitation = Awaited<ReturnType<typeof usableInvitation>>;

async function usableInvitation(db: Kysely<Database>, secret: string, now: number) {
  const row = secret.startsWith(INVITATION_PREFIX)
    ? await findInvitationByHash(db, secretHash(secret))
    : undefined;
  if (!row) throw new InvitationClosedError('unknown');
  if (row.revoked_at !== null) throw new InvitationClosedError('revoked');
  if (row.accepted_at !== null) throw new InvitationClosedError('used');
  if (Number(row.expires_at) <= now) throw new InvitationClosedError('expired');
  return row;
}

async function openInvitation(db: Kysely<Database>, workspaceId: number, id: number): Promise<InvitationRow> {
  const row = await findInvitation(db, workspaceId, id);
  if (!row || row.accepted_at !== null || row.revoked_at !== null) {
    throw new NotFoundError('invitation', String(id), 'It may have been accepted or withdrawn already.');
  }
  return row;
}

function present(row: InvitationRow, now: number): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: isRole(row.role) ? row.role : 'viewer',
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    expired: Number(row.expires_at) <= now,
  };
}

function checkedEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!isEmailAddress(email)) {
    throw new ValidationError('The invitation needs an email address.', [
      { path: 'email', message: `"${raw}" is not an email address (name@example.com).` },
    ]);
  }
  return email;
}
