import type { Kysely } from 'kysely';
import { findPersonIdByEmail } from '../../store/accounts/member-person.repository.js';
import { revokeSessionsOfUser } from '../../store/accounts/session.repository.js';
import { findUserByEmail, insertUser, updateUserPassword } from '../../store/accounts/user.repository.js';
import type { Database } from '../../store/tables.js';
import { ConflictError, ValidationError } from '../errors.js';
import { resolveWorkspace } from '../workspace-ref.js';
import type { User } from './account.types.js';
import { checkNewAccount } from './account-input.js';
import { hashPassword } from './password.js';
import { toUser } from './presenters.js';
import { grantRole } from './role-change.service.js';
import type { Role } from './roles.js';

export interface AddUserInput {
  readonly email: string;
  /** Required for a new account; for an existing one, a new password (else it keeps its own). */
  readonly password?: string;
  readonly name?: string;
  /** Name or slug of a workspace to add the user to. */
  readonly workspace?: string;
  readonly role?: Role;
}

/**
 * Adds a user, or updates an existing one: a new password when given (so the command
 * doubles as a password reset for an operator), and a role in a workspace when named.
 * Granting a role to an existing account never touches its password.
 */
export async function addUser(
  db: Kysely<Database>,
  input: AddUserInput,
  now: number,
): Promise<{ user: User; created: boolean; workspace: { slug: string; role: Role } | null }> {
  const email = input.email.trim().toLowerCase();
  const name = input.name?.trim() || email.split('@')[0] || email;
  const existing = await findUserByEmail(db, email);
  if (!existing && input.password === undefined) {
    throw new ValidationError(`${email} has no account yet, so it needs a password.`, [
      { path: 'password', message: 'give one with --password, or pipe it on stdin' },
    ]);
  }
  if (input.password !== undefined) checkNewAccount({ email, password: input.password, name });
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const workspace =
      input.workspace === undefined ? undefined : await resolveWorkspace(trx, input.workspace);
    let row = await findUserByEmail(trx, email);
    const created = row === undefined;
    if (row && passwordHash !== undefined) await replacePassword(trx, row.id, passwordHash, now);
    if (!row) {
      if (passwordHash === undefined) throw new ConflictError(`${email} was removed meanwhile; try again.`);
      row = await insertUser(trx, { email, name, passwordHash, at: now });
    }
    if (!workspace) return { user: toUser(row), created, workspace: null };
    const role = input.role ?? 'editor';
    const personId = (await findPersonIdByEmail(trx, workspace.id, email)) ?? null;
    await grantRole(trx, {
      workspaceId: workspace.id,
      userId: row.id,
      role,
      personId,
      at: now,
      by: 'operator',
    });
    return { user: toUser(row), created, workspace: { slug: workspace.slug, role } };
  });
}

/**
 * A new password ends every session of the account: whoever signed in with the old one
 * (perhaps the reason for the change) is signed out everywhere.
 */
export async function replacePassword(
  trx: Kysely<Database>,
  userId: number,
  passwordHash: string,
  now: number,
): Promise<void> {
  await updateUserPassword(trx, userId, passwordHash, now);
  await revokeSessionsOfUser(trx, userId, now);
}
