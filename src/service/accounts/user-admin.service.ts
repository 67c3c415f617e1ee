import type { Kysely } from 'kysely';
import type { UserRow } from '../../store/accounts/accounts.tables.js';
import { listAllMemberships, workspacesSolelyOwnedBy } from '../../store/accounts/membership.repository.js';
import { revokeSessionsOfUser } from '../../store/accounts/session.repository.js';
import {
  deleteUser,
  findUserByEmail,
  listUserRows,
  setUserDisabled,
} from '../../store/accounts/user.repository.js';
import type { Database } from '../../store/tables.js';
import { ConflictError, NotFoundError } from '../errors.js';

export interface UserSummary {
  readonly email: string;
  readonly name: string;
  readonly disabled: boolean;
  readonly createdAt: number;
  /** `{workspace: 'acme', role: 'editor'}` for each membership. */
  readonly workspaces: readonly { readonly workspace: string; readonly role: string }[];
}

export async function listUsers(db: Kysely<Database>): Promise<UserSummary[]> {
  const [users, memberships] = await Promise.all([listUserRows(db), listAllMemberships(db)]);
  return users.map((u) => ({
    email: u.email,
    name: u.name,
    disabled: u.disabled_at !== null,
    createdAt: Number(u.created_at),
    workspaces: memberships
      .filter((m) => m.user_id === u.id)
      .map((m) => ({ workspace: m.workspace_slug, role: m.role })),
  }));
}

/**
 * Disables or re-enables an account. Disabling ends its sessions at once; its API tokens
 * belong to workspaces, not to the person, and keep working until revoked.
 */
export async function setUserEnabled(
  db: Kysely<Database>,
  email: string,
  enabled: boolean,
  now: number,
): Promise<{ readonly email: string; readonly changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const user = await existingUser(trx, email);
    if (enabled === (user.disabled_at === null)) return { email: user.email, changed: false };
    if (!enabled) {
      await refuseSoleOwner(trx, user, 'disable');
      await revokeSessionsOfUser(trx, user.id, now);
    }
    await setUserDisabled(trx, user.id, enabled ? null : now, now);
    return { email: user.email, changed: true };
  });
}

/** Deletes the account with its memberships and sessions; workspace people and history stay. */
export async function removeUser(db: Kysely<Database>, email: string): Promise<{ readonly email: string }> {
  return db.transaction().execute(async (trx) => {
    const user = await existingUser(trx, email);
    await refuseSoleOwner(trx, user, 'remove');
    await deleteUser(trx, user.id);
    return { email: user.email };
  });
}

async function existingUser(db: Kysely<Database>, email: string): Promise<UserRow> {
  const user = await findUserByEmail(db, email.trim());
  if (!user) throw new NotFoundError('account', email.trim(), 'Run `ratchet user list` to see the accounts.');
  return user;
}

// A workspace must always keep an owner who can sign in: only owners manage owners.
async function refuseSoleOwner(db: Kysely<Database>, user: UserRow, verb: string): Promise<void> {
  const sole = await workspacesSolelyOwnedBy(db, user.id);
  if (sole.length === 0) return;
  throw new ConflictError(
    `${user.email} is the only owner of ${sole.join(', ')}; make someone else owner first ` +
      `(\`ratchet user add --email <them> --workspace ${sole[0]} --role owner\`), then ${verb} this account.`,
  );
}
